// SPDX-License-Identifier: MIT
// Private to gis/store/sql: small helpers the SQL store's files share.
#pragma once

#include "gis/geos_context.h"
#include "gis/io/shapefile_boxes.h"
#include "gis/store/store_types.h"

#include <QByteArray>
#include <QDateTime>
#include <QRectF>
#include <QVariant>

#include <functional>
#include <vector>

namespace fg::gis {
class SqlRows;
}

namespace fg::gis::sql_rows {

/// A stored UTC time (core::AuditEvent::timestamp() text); invalid for empty text.
QDateTime storedTime(const QString &text);
/// The feature ids @p query selects, sorted, each once: the union of @p inBox over the boxes,
/// narrowed to query.fids when both are given. Not for an empty query.
std::vector<qint64> selectedFids(
    const FeatureQuery &query, const std::function<std::vector<qint64>(const std::vector<QRectF> &)> &inBoxes);
/// @p fids in pieces small enough for one statement's parameters.
std::vector<std::vector<qint64>> chunks(const std::vector<qint64> &fids, size_t size = 500);
/// @p name as an SQL identifier in double quotes (reference layers' own field names).
QString quotedIdentifier(const QString &name);
/// "?first, ?first+1, …" for @p count parameters.
QString placeholders(int first, int count);
/// True when the envelope of @p geometry meets (touching counts) one of @p boxes.
bool meetsAny(const GEOSGeometry *geometry, const std::vector<QRectF> &boxes);
/// The same against an index of the boxes, for many geometries (one test costs about one box's).
bool meetsAny(const GEOSGeometry *geometry, const BoxIndex &boxes);
/// A reference field's value at @p column as the store reads it for @p type (NULL: invalid).
QVariant fieldValue(const SqlRows &row, int column, FieldType type);

} // namespace fg::gis::sql_rows
