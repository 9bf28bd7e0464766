// SPDX-License-Identifier: MIT
#pragma once

#include "gis/patrol/grid_cell.h"

#include <QDate>

namespace fg::gis {

class ProjectStore;

/// What the planner and the maps need to know of a project's grid cells beyond what is stored:
/// the open cases in or near each cell and the day it was last patrolled. Reads through the
/// store; any thread the store may be used on.
class CellStatus
{
public:
    /// A case this close to a cell (m) counts as "in or near" it.
    static constexpr double kOpenCaseNearM = 200;

    /// The stored grid with geometries. openCases is the number of cases neither closed nor
    /// dismissed with an incident within kOpenCaseNearM of the cell; lastPatrol the last day a
    /// record covered at least @p minShare of its farmland (records on or before @p asOf; null
    /// = all).
    static PatrolGrid grid(const ProjectStore &store, QDate asOf = {}, double minShare = 0.5);
    /// Fills openCases of every cell of @p grid from @p store's cases and incidents.
    static void fillOpenCases(const ProjectStore &store, PatrolGrid &grid);
};

} // namespace fg::gis
