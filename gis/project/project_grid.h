// SPDX-License-Identifier: MIT
#pragma once

#include "gis/patrol/grid_builder.h"

#include <QCoreApplication>
#include <QHash>

namespace fg::gis {

class ProjectStore;

/// A patrol grid made from a project's own layers (townships, villages, land use, basic farmland
/// and its incidents, all in the working CRS) and stored back into it. Reads and writes through
/// the store; any thread the store may be used on.
class ProjectGrid
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::ProjectGrid)

public:
    /// Square cells of options.cellSizeM, or one per village when @p perVillage. The incidents'
    /// discovery dates come from their discovery_date. Throws core::InputError.
    static PatrolGrid build(const ProjectStore &store, GridOptions options, bool perVillage = false);
    /// Each officer's own cells in @p grid (core::OfficerAssignment: nearest base in its township,
    /// villages given to an officer stay his).
    static QHash<QString, QStringList> officerCells(const ProjectStore &store, const PatrolGrid &grid);
    /// Replaces the project's grid by @p grid and gives its cells to the officers (one edit).
    static void replace(ProjectStore &store, const PatrolGrid &grid);
};

} // namespace fg::gis
