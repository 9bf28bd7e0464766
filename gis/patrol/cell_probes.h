// SPDX-License-Identifier: MIT
// What a patrol cell's geometry touches in other layers: small GEOS helpers for the grid.
#pragma once

#include "gis/patrol/grid_cell.h"

#include <QPointF>
#include <QRectF>
#include <QStringList>

#include <vector>

namespace fg::gis {

class VectorLayer;

/// Envelope of a geometry (null rect for null or empty), working-CRS units.
QRectF envelopeOf(const GEOSGeometry *geometry);

/// The centroid when it lies inside the polygon, else a point on its surface.
QPointF insidePoint(const GEOSGeometry *geometry);

/// Less shared area than this (m²) is noise of coincident edges, not an overlap.
constexpr double kMinSharedAreaM2 = 0.01;

/// Rows of the layer whose geometry shares at least kMinSharedAreaM2 with the polygon.
std::vector<int> rowsSharingArea(const VectorLayer &layer, const GEOSGeometry *polygon);

/// The row whose polygon overlaps the given one most (planar area); −1 when none does.
int largestOverlapRow(const VectorLayer &layer, const GEOSGeometry *polygon);

/// Adds to cell.incidentDates the discovery dates (field dateField: a date, or text as
/// yyyy-MM-dd, yyyyMMdd or yyyy/MM/dd) of the incidents that share area with the cell.
/// Returns a warning per incident whose date cannot be read, naming the file and feature (that
/// incident cannot be aged, so it is left out of the risk, and the warning says so).
QStringList addIncidentDates(const VectorLayer &incidents, const QString &dateField, GridCell &cell);

} // namespace fg::gis
