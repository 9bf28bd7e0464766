// SPDX-License-Identifier: MIT
// Conversions between the memory project's rows and the store's values, and the JSON the
// audit log keeps (the same shapes as the GeoPackage store's events).
#pragma once

#include "gis/usecases/case_json.h"
#include "gis/store/store_types.h"
#include "memory_rights.h"
#include "memory_tables.h"

#include <QJsonObject>
#include <QRectF>

namespace fg::test::rows {

// --- geometry ---------------------------------------------------------------------------------

/// A private copy of @p geometry as a MultiPolygon (a Polygon is wrapped), shared and immutable;
/// null for null or empty input.
SharedGeometry multiPolygon(const GEOSGeometry *geometry);
/// True when the closed rectangles meet (touching edges count, as an R-tree query does).
bool meets(const QRectF &a, const QRectF &b);
/// True when @p query selects a feature with this fid and envelope (FeatureQuery's contract).
bool selects(const gis::FeatureQuery &query, qint64 fid, const QRectF &envelope);

QString sha256Hex(const QByteArray &bytes);

// --- incidents and cases ------------------------------------------------------------------------

IncidentRow incidentRow(const gis::IncidentRecord &record);
gis::IncidentRecord incidentRecord(const IncidentRow &row, bool withGeometry);
/// The geometry event's sides: township, village, measures, WKT and SHA-256 of the ISO WKB.
QJsonObject shapeJson(const IncidentRow &row);

/// The case as its rows say (transfers and accountability as @p rights read them), its steps
/// restored through core::CaseWorkflow.
core::CaseFile caseFile(const MemoryState &state, const CaseRow &row, const MemoryRights &rights);
const CaseRow *findCase(const MemoryState &state, const QString &id);
CaseRow *findCase(MemoryState &state, const QString &id);
const IncidentRow *findIncident(const MemoryState &state, const QString &id);
/// The parties row of @p name, added when new.
qint64 partyId(MemoryState &state, const QString &name);

// The case parts' JSON (steps, transfers, facts, the whole case) is gis::CaseJson's, as every
// backend's events use it.

// --- patrol --------------------------------------------------------------------------------------
// The same JSON and keys as the SQL store's private patrol rows (gis/store/sql/sql_patrol_rows_p.h
// on the door branch): copied, because the events must be identical and those are private. To
// drop when the store publishes them (a PatrolJson beside gis::CaseJson).

/// Dates as "yyyy-MM-dd;…", sorted.
QString dateList(const QSet<QDate> &dates);
QJsonObject officerJson(const core::Officer &officer, const QStringList &villages);
QJsonObject villagePatrollerJson(const core::VillagePatroller &patroller);
/// What decides whether a plan's day was kept: the visits and village patrols before a day.
QString visitKey(const core::PlannedVisit &visit);
QString villagePatrolKey(const core::VillagePatrol &patrol);

} // namespace fg::test::rows
