// SPDX-License-Identifier: MIT
#pragma once

#include "gis/patrol/grid_cell.h"

#include <QCoreApplication>
#include <QString>

namespace fg::gis {

/// A patrol grid as a GeoPackage layer file ("patrol_grid"), so a grid made once can be planned,
/// covered and shown in any GIS. One row per cell with every PatrolCell value (incident dates
/// as "yyyy-MM-dd;…", distances null when none). Any thread; one call at a time per file.
class GridFile
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::GridFile)

public:
    static constexpr const char *kLayerName = "patrol_grid";

    /// Writes a new GeoPackage (refuses to replace a file). Throws core::InputError naming it.
    static void write(const PatrolGrid &grid, const QString &path);
    /// Reads a grid written by write(). Throws core::InputError naming the file and feature.
    static PatrolGrid read(const QString &path);
};

} // namespace fg::gis
