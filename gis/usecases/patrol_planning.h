// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/working_calendar.h"
#include "core/patrol/patrol_planner.h"
#include "gis/store/store_types.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <vector>

namespace fg::gis {

class ProjectStore;

/// What to plan over a project.
struct PatrolPlanRequest
{
    core::PlanOptions options; ///< start, days, revisit intervals
    /// Days of the project's current plan before this one are kept as they were (re-planning
    /// never rewrites the past); a plan starting on or after it replaces the current one whole.
    QDate today;
    /// A project without officers gets one per township (stored with the plan), with this daily
    /// capacity and calendar. Officers already stored keep their own.
    int capacityCells = 6;
    double capacityKm = 0;
    core::WorkingCalendar calendar;
};

/// What planning stored.
struct PatrolPlanOutcome
{
    core::PatrolPlan plan;
    qint64 planId = 0;
    QDate keptBefore; ///< days before it were kept from the previous plan; null: none kept
    bool teamCreated = false; ///< the project had no officers: one per township was stored
    /// Village patrollers left out: no cell of the grid lies in their village (a grid replaced since).
    std::vector<core::VillagePatroller> unplannedPatrollers;
};

/// Patrol planning (巡查计划) over a project: its grid (with each cell's open cases and last
/// patrol, gis::CellStatus), its officers and village patrollers; the plan is stored as the
/// project's current one. The one place `farmguard-cli plan` and Patrol → Plan patrols… call.
/// Any thread the store may be used on (the GUI runs it on a worker).
class PatrolPlanning
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::PatrolPlanning)

public:
    /// Plans and stores. progress(0..1) is called on the calling thread; returning false
    /// cancels before anything is stored: run() then throws gis::ReadCancelled and the project
    /// (plan, officers) is as it was. Throws core::InputError naming the project (no grid, a bad
    /// option, an officer without capacity) and core::PermissionDenied when the operator may
    /// not store plans.
    static PatrolPlanOutcome run(ProjectStore &store, const PatrolPlanRequest &request, const StoreProgress &progress = {});

    /// The team for @p cells: @p officers as given (e.g. from a file) or, when empty, one officer
    /// per township (core::OfficerAssignment::defaultTeam, named "<township> grid officer");
    /// officers without a capacity of their own get @p capacityCells / @p capacityKm; all get
    /// @p calendar; cells are given to the nearest officer of their township.
    static std::vector<core::Officer> team(const std::vector<core::PatrolCell> &cells,
        std::vector<core::Officer> officers, int capacityCells, double capacityKm, const core::WorkingCalendar &calendar);

    /// The options stored with a plan (days, intervals, today), as `plan` has always stored them.
    static QJsonObject storedOptions(const PatrolPlanRequest &request);
};

} // namespace fg::gis
