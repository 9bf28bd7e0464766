// SPDX-License-Identifier: MIT
#pragma once

namespace fg::gis {

/// Names of a project's layers, the same on every backend (GeoPackage tables, PostGIS tables
/// in the project's schema).
struct ProjectTables
{
    static constexpr const char *kBasicFarmland = "basic_farmland";
    static constexpr const char *kLandUse = "landuse";
    static constexpr const char *kTownships = "townships";
    static constexpr const char *kVillages = "villages";
    static constexpr const char *kIncidents = "incidents";
    static constexpr const char *kGridCells = "grid_cells";
    /// The reference layers, bottom to top as the map draws them.
    static constexpr const char *kReference[] = { kLandUse, kBasicFarmland, kVillages, kTownships };
};

} // namespace fg::gis
