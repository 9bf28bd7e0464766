// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/accumulation_selector.h"
#include "gis/io/vector_layer.h"

namespace fg::gis {

class ProjectStore;

/// A project's layers ready for analyzeEncroachment(), with accumulation by case status: the
/// incidents layer carries "incident_id" and "accumulating_party", which holds the party only
/// while the incident's case still accumulates (core::AccumulationSelector), so dealt-with and
/// dismissed incidents are measured alone but never added to their party's total.
struct ProjectAnalysisLayers
{
    VectorLayer incidents;
    VectorLayer basicFarmland;
    VectorLayer landUse;
    int workingEpsg = 0;
};

/// Reads the project's incidents and, through the spatial index, the basic farmland and land-use
/// parcels whose boxes meet them (no other parcel can overlap an incident). Throws
/// core::InputError naming the project.
ProjectAnalysisLayers loadProjectAnalysisLayers(
    const ProjectStore &store, core::AccumulationPolicy policy = core::AccumulationPolicy::UntilDecision);

} // namespace fg::gis
