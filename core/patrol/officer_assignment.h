// SPDX-License-Identifier: MIT
#pragma once

#include "core/patrol/officer.h"
#include "core/patrol/patrol_cell.h"

#include <QHash>
#include <QStringList>

#include <functional>
#include <vector>

namespace fg::core {

/// Which grid officer (网格员) patrols which cell: the one rule that making a grid, replacing
/// it and planning without an officer list share. Pure functions of plain values; any thread.
class OfficerAssignment
{
public:
    /// The team a township gets when nobody named one: one officer per township of @p cells
    /// (by township name), named by @p nameFor(township), based at the cell centroid nearest
    /// the mean of its cells' centroids. No capacity and no cells yet.
    static std::vector<Officer> defaultTeam(
        const std::vector<PatrolCell> &cells, const std::function<QString(const QString &township)> &nameFor);

    /// Each cell to the officer of its township whose base is nearest (the first of equals in
    /// @p officers' order); a cell of a village given to an officer (@p villagesOf: officer name
    /// → villages) stays with that officer through the village and is given to nobody one by
    /// one. Returns officer name → its own cells in @p cells' order; officers without any are
    /// absent. Cells of a township without an officer go to nobody.
    static QHash<QString, QStringList> assign(const std::vector<PatrolCell> &cells, const std::vector<Officer> &officers,
        const QHash<QString, QStringList> &villagesOf = {});
};

} // namespace fg::core
