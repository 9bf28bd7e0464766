// SPDX-License-Identifier: MIT
#pragma once

#include "core/patrol/officer.h"
#include "core/patrol/patrol_plan.h"
#include "core/patrol/village_patroller.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

namespace fg::core {

/// What to plan and by which rules.
struct PlanOptions
{
    QDate start; ///< first day of the plan
    int days = 14; ///< length of the plan in calendar days (≥ 1)
    RiskWeights weights;
    RevisitIntervals intervals;
    /// Spare capacity goes to the riskiest cells that are at least this far (share of their
    /// interval) from their last visit; 1 = only when due, 0 = any cell.
    double fillFraction = 0.5;
};

/// Called with the share of the plan done (0..1) now and then, on the planning thread; returning
/// false cancels: plan() and replan() then throw PlanCancelled and return nothing.
using PlanProgress = std::function<bool(double)>;

/// Thrown by PatrolPlanner when its PlanProgress asked to stop.
struct PlanCancelled
{
};

/// Plans each officer's days over a date range.
///
/// Per officer and working day: the cells whose interval ends before the officer can come back,
/// and as many more as earliest-deadline-first needs so that later deadlines can still be met
/// with the daily capacity (a look-ahead over the officer's working days), go first; spare
/// capacity goes to the riskiest cells. The day's cells are ordered from the base by
/// RoutePlanner; with a km limit, cells are added in priority order while the route fits.
/// A cell never patrolled is due one interval after the day before the plan starts. Intervals
/// that cannot be kept (capacity, reach, calendar) are listed in PatrolPlan::shortfalls.
/// Deterministic. Stateless apart from its options; thread-safe.
class PatrolPlanner
{
    Q_DECLARE_TR_FUNCTIONS(fg::core::PatrolPlanner)

public:
    /// Throws InputError when days < 1 or the start date is invalid.
    explicit PatrolPlanner(PlanOptions options);

    const PlanOptions &options() const { return m_options; }
    const RiskModel &riskModel() const { return m_risk; }

    /// Throws InputError (file empty, naming the officer or cell) when an officer has no
    /// capacity, names an unknown cell, or two officers share a cell, or cell ids repeat, or
    /// VillagePatrolPlanner::validate refuses the village patrollers. Besides the officers'
    /// routes, plans each village's daily patrol (VillagePatrolPlanner); the officers' routes
    /// do not depend on the village patrollers.
    PatrolPlan plan(const std::vector<PatrolCell> &cells, const std::vector<Officer> &officers,
        const std::vector<VillagePatroller> &villagePatrollers = {}, const PlanProgress &progress = {}) const;

    /// Plans again from @p from (e.g. after new incidents) over the same range: the previous
    /// plan's visits and shortfalls before @p from are kept as they were (they count as done
    /// when scheduling the rest), and so are its village patrols and village shortfalls (cut at
    /// @p from); everything from @p from on is planned afresh.
    PatrolPlan replan(const PatrolPlan &previous, const std::vector<PatrolCell> &cells,
        const std::vector<Officer> &officers, QDate from,
        const std::vector<VillagePatroller> &villagePatrollers = {}, const PlanProgress &progress = {}) const;

private:
    struct Run;
    void validate(const std::vector<PatrolCell> &cells, const std::vector<Officer> &officers) const;
    void planOfficer(Run &run, const std::function<void(double)> &step) const;
    void planDay(Run &run, int dayIndex) const;
    void findShortfalls(Run &run) const;
    QString shortfallReason(const Run &run, const PatrolCell &cell, QDate after, QDate dueBy) const;

    PlanOptions m_options;
    RiskModel m_risk;
};

} // namespace fg::core
