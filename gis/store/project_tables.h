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
    /// Nature reserves (自然保护区), optional: whether a mining site lies in one decides whether
    /// 市生态环境局平顺分局 takes part (DOMAIN.md §5).
    static constexpr const char *kNatureReserves = "nature_reserves";
    static constexpr const char *kIncidents = "incidents";
    static constexpr const char *kGridCells = "grid_cells";
    /// The reference layers, bottom to top as the map draws them (nature reserves, added later,
    /// last: the dump lists tables in this order and older projects' dumps stay as they were).
    static constexpr const char *kReference[] = { kLandUse, kBasicFarmland, kVillages, kTownships, kNatureReserves };
};

} // namespace fg::gis
