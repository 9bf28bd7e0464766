// SPDX-License-Identifier: MIT
#pragma once

#include "core/patrol/patrol_cell.h"
#include "gis/geos_context.h"

#include <QStringList>

#include <vector>

namespace fg::gis {

/// A patrol cell with its polygon in the working CRS. Move-only (owns the geometry).
struct GridCell
{
    core::PatrolCell cell;
    GeosGeometryPtr geometry;
};

/// A generated patrol grid: the cells and what happened while making them.
struct PatrolGrid
{
    int epsg = 0; ///< working CRS of the geometries and centroids
    double cellSizeM = 0; ///< square size; 0 for one cell per village
    std::vector<GridCell> cells;
    QStringList warnings; ///< repairs and precision fallbacks, each naming its layer and feature
};

} // namespace fg::gis
