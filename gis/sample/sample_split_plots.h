// SPDX-License-Identifier: MIT
#pragma once

#include "gis/sample/designed_case.h"

#include <vector>

namespace fg::gis {
class AreaCalculator;
}

namespace fg::gis::sample {

class NameMaker;
class SampleRandom;
struct SampleLayer;

/// 化整为零 in the sample county (issue 16 item 4): one party's three occupations of basic
/// farmland of 2.40, 2.10 and 2.60 亩 (each below 5), squares ~70 m apart centre to centre inside
/// one basic-farmland parcel, far from every other incident: together 7.10 亩, one split-plot
/// group. Appended after the other incidents (their ids and shapes stay as they were); the
/// parcel is the first valid one, in layer order, that holds the three squares and touches no
/// other basic-farmland parcel. Throws std::runtime_error when none does (a generator bug).
std::vector<DesignedCase> addSplitPlots(SampleLayer &incidents, const SampleLayer &basicFarmland,
    const SampleLayer &townships, const AreaCalculator &calculator, SampleRandom &random, NameMaker &names);

} // namespace fg::gis::sample
