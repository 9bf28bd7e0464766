// SPDX-License-Identifier: MIT
#pragma once

#include "core/patrol/patrol_plan.h"
#include "gis/patrol/grid_cell.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QPointF>

#include <vector>

namespace fg::gis {

class ProjectStore;

/// The sample project's patrol: a 1 km grid over two townships, three officers, a village
/// patroller for every village but one (left without to show the shortfall), a two-week
/// plan (with each village's daily patrol) from the Monday of @p today's week, and one GPS
/// track walked along the first day's route of the first officer (generated from the route,
/// so it is deterministic).
class SamplePatrol
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::SamplePatrol)

public:
    /// Adds all of it to an open project. Throws core::InputError naming the file.
    static void add(ProjectStore &store, QDate today);

    /// A GPX 1.1 track walking the polyline @p path (working CRS EPSG:@p epsg metres) at
    /// @p speedMps from @p start (UTC), one fix every @p stepM metres, in WGS 84 lon/lat.
    /// Throws std::runtime_error when PROJ cannot transform.
    static QByteArray walkGpx(const std::vector<QPointF> &path, int epsg, const QDateTime &start,
        double speedMps = 1.2, double stepM = 25);

    /// The path of one day's route: base, each cell's centroid in order, base.
    static std::vector<QPointF> routePath(
        const core::PatrolPlan &plan, const QString &officer, QDate day, const PatrolGrid &grid, QPointF base);
};

} // namespace fg::gis
