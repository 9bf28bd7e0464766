// SPDX-License-Identifier: MIT
#pragma once

#include "core/patrol/patrol_cell.h"
#include "core/patrol/patrol_plan.h"
#include "core/patrol/risk_model.h"
#include "core/patrol/village_patroller.h"

#include <QCoreApplication>

#include <vector>

namespace fg::core {

/// Plans each village's daily patrol (行政村日常巡查, DOMAIN.md §7 "villages patrol daily") beside
/// the township officers' routes, which it never touches.
///
/// Every village named by a cell gets, on every day of the range its patroller works, one
/// VillagePatrol covering all of the village's cells in route order (RoutePlanner from the
/// patroller's base, else the village centre). No capacity applies: the village's own patroller
/// walks its whole village. A village without a patroller, and a patroller's configured days off,
/// are listed in PatrolPlan::villageShortfalls, never skipped silently. Deterministic; stateless
/// apart from the risk model; thread-safe.
class VillagePatrolPlanner
{
    Q_DECLARE_TR_FUNCTIONS(fg::core::VillagePatrolPlanner)

public:
    explicit VillagePatrolPlanner(RiskModel risk);

    /// Throws InputError (naming the patroller) when a patroller has no name or village, two
    /// patrollers share a village, or a patroller's village has no cell.
    static void validate(const std::vector<PatrolCell> &cells, const std::vector<VillagePatroller> &patrollers);

    /// Appends the village patrols and shortfalls of the days from max(@p from, plan.start) to
    /// plan.end to @p plan, then sorts both lists. Call validate() first.
    void plan(PatrolPlan &plan, const std::vector<PatrolCell> &cells, const std::vector<VillagePatroller> &patrollers,
        QDate from) const;

private:
    RiskModel m_risk;
};

} // namespace fg::core
