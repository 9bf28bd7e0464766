// SPDX-License-Identifier: MIT
#pragma once

#include "gis/sample/sample_layer.h"

namespace fg::gis {
class AreaCalculator;
}

namespace fg::gis::sample {

class LandUsePlan;
class SampleMesh;
class SampleRegions;
struct DesignSites;

/// The 三调 地类图斑 layer (DLTB): BSM, DLBM, DLMC, QSDWMC, ZLDWDM, ZLDWMC, TBMJ (ellipsoidal m²,
/// 0.01), KCXS, TBDLMJ (TBMJ less the deduction), one row per parcel in plan order.
SampleLayer landUseLayer(
    const LandUsePlan &plan, const SampleRegions &regions, const AreaCalculator &calculator);

/// The permanent basic farmland layer (永久基本农田图斑), same fields: copies of the parcels marked
/// basic farmland, with the flaws real layers carry — the overlap site's west parcel reaches 40 m
/// into its east neighbour (two BF parcels overlap), the bow-tie site's ring crosses itself near
/// its north-east corner, and a 0.3 m wide sliver lies along the sliver site's shared side.
/// TBMJ of the bow-tie parcel is that of the parcel before the digitising error.
SampleLayer basicFarmlandLayer(const LandUsePlan &plan, const SampleMesh &mesh, const SampleRegions &regions,
    const DesignSites &sites, const AreaCalculator &calculator);

} // namespace fg::gis::sample
