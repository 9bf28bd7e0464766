// SPDX-License-Identifier: MIT
#pragma once

#include "gis/patrol/grid_builder.h"

#include <QCoreApplication>

namespace fg::gis {

/// Makes a patrol grid from a project's own reference layers (townships, villages, land use,
/// basic farmland and its incidents, already in the working CRS). Any thread; reads the file
/// through GDAL, so an open PatrolStore on the same file is fine.
class ProjectGrid
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::ProjectGrid)

public:
    /// Square cells of options.cellSizeM, or one per village when @p perVillage. The incidents'
    /// discovery dates come from the project's discovery_date field. Throws core::InputError.
    static PatrolGrid build(const QString &projectPath, GridOptions options, bool perVillage = false);
};

} // namespace fg::gis
