// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QPointF>
#include <QString>

#include <optional>
#include <vector>

namespace fg::core {

/// One grid patrol cell (网格) as the planner sees it: plain values, no geometry, so the project
/// store can save it and tests can generate it. Areas in m² (ellipsoidal, DOMAIN.md §2), points
/// and distances in metres of the working CRS (CGCS2000 Gauss-Krüger, east/north).
struct PatrolCell
{
    QString id; ///< stable identifier, unique in a grid (e.g. "G1000-0012-0034")
    QString township; ///< township of the largest overlap
    QString village; ///< village of the largest overlap (empty when no village layer)
    double areaM2 = 0; ///< cell area (ellipsoidal)
    double basicFarmlandM2 = 0; ///< permanent basic farmland inside the cell (ellipsoidal)
    double cultivatedM2 = 0; ///< cultivated land inside the cell (ellipsoidal, BF included)
    int parcelCount = 0; ///< land-use parcels (图斑) that overlap the cell
    QPointF centroid; ///< a point inside the cell, working CRS metres
    /// Distance from the cell to the nearest rural homestead (0702), road (1003/1006) and town
    /// land, computed in gis/; empty when none lies within the search radius.
    std::optional<double> homesteadDistanceM;
    std::optional<double> roadDistanceM;
    std::optional<double> townDistanceM;
    std::vector<QDate> incidentDates; ///< discovery dates of incidents in the cell
    int openCases = 0; ///< open enforcement cases in or near the cell
    QDate lastPatrol; ///< last recorded visit; null when never patrolled
};

} // namespace fg::core
