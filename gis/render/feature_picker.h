// SPDX-License-Identifier: MIT
#pragma once

#include <QPointF>
#include <QRectF>

#include <vector>

namespace fg::gis {

class VectorLayer;

/// Rows whose geometry is within `tolerance` map units of `point` (a polygon containing the point
/// is at distance 0), nearest first, ties in row order. Uses the layer's STRtree.
/// Thread-safe once the layer's index is built.
std::vector<int> featuresAt(const VectorLayer &layer, QPointF point, double tolerance);

/// Rows whose geometry intersects the map rectangle, in ascending row order.
std::vector<int> featuresIn(const VectorLayer &layer, const QRectF &rect);

} // namespace fg::gis
