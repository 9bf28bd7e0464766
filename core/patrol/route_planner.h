// SPDX-License-Identifier: MIT
#pragma once

#include <QPointF>

#include <vector>

namespace fg::core {

/// A closed tour: from the base through every stop once and back to the base.
struct Tour
{
    std::vector<int> order; ///< indexes into the stops, in visiting order
    double lengthM = 0; ///< straight-line length including both legs at the base, metres
};

/// Orders a day's stops: nearest neighbour from the base, then 2-opt and or-opt (moving runs of
/// one to three stops) until no move shortens the tour. Straight-line distances in the working
/// CRS (metres); roads make real routes longer, so this is a lower bound used for capacity.
/// Deterministic (ties go to the lower index). Pure functions; thread-safe.
class RoutePlanner
{
public:
    static Tour plan(QPointF base, const std::vector<QPointF> &stops);
    /// Length of the closed tour base → stops[order...] → base, metres.
    static double length(QPointF base, const std::vector<QPointF> &stops, const std::vector<int> &order);
};

} // namespace fg::core
