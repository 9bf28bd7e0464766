// SPDX-License-Identifier: MIT
// Patrol plans as a project stores them, and their rows in a dump. shortfallsJson() copies the
// SQL store's private patrol rows (see memory_rows.h).
#pragma once

#include "core/patrol/patrol_plan.h"

#include <QJsonArray>
#include <QJsonObject>

namespace fg::test::plans {

/// @p plan as it reads back from storage: visits by day, officer and order; routes by day and
/// officer with their cells taken from the visits; village patrols by day and village.
core::PatrolPlan stored(const core::PatrolPlan &plan);
/// The plan's audit event: dates, counts and the planning options.
QJsonObject summaryJson(const core::PatrolPlan &plan, QDate keptBefore, const QJsonObject &options);
/// The cells' interval shortfalls, then the villages' (patrol_plans.shortfalls).
QJsonArray shortfallsJson(const core::PatrolPlan &plan);

} // namespace fg::test::plans
