// SPDX-License-Identifier: MIT
// Private to gis/store/sql: rows of the patrol tables (schema 3, 4) to and from core values.
#pragma once

#include "core/patrol/officer.h"
#include "core/patrol/patrol_plan.h"
#include "core/patrol/village_patroller.h"
#include "gis/patrol/grid_cell.h"

#include <QJsonObject>
#include <QSet>

#include <optional>
#include <vector>

namespace fg::gis {

class SqlConnection;

namespace patrol_rows {

/// "yyyy-MM-dd;…" to dates, skipping nothing: an unreadable date throws std::invalid_argument.
std::vector<QDate> dates(const QString &text);
/// Sorted "yyyy-MM-dd;…".
QString dateList(const QSet<QDate> &dates);
/// Townships of the grid's cells, sorted, each once.
QStringList townships(const PatrolGrid &grid);
/// What the audit log records of an officer.
QJsonObject officerJson(const core::Officer &officer, const QStringList &villages);
/// What the audit log records of a village patroller.
QJsonObject villagePatrollerJson(const core::VillagePatroller &patroller);
/// Identity of a village's planned daily patrol (day, village, patroller, cells) for comparing plans.
QString villagePatrolKey(const core::VillagePatrol &patrol);
/// Identity of a planned visit (day, officer, order, cell) for comparing plans.
QString visitKey(const core::PlannedVisit &visit);
/// Inserts the plan with its routes, visits and village patrols; returns its id. Inside the caller's transaction.
qint64 insertPlan(SqlConnection &db, const core::PatrolPlan &plan, QDate keptBefore, const QJsonObject &options,
    const QString &createdBy);
/// The plan with the highest id, or nothing.
std::optional<core::PatrolPlan> readLatestPlan(const SqlConnection &db);

} // namespace patrol_rows
} // namespace fg::gis
