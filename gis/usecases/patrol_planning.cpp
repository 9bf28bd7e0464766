// SPDX-License-Identifier: MIT
#include "gis/usecases/patrol_planning.h"

#include "core/input_error.h"
#include "core/patrol/officer_assignment.h"
#include "gis/io/layer_reader.h"
#include "gis/store/patrol_records.h"
#include "gis/store/project_store.h"
#include "gis/usecases/cell_status.h"

#include <algorithm>

namespace fg::gis {

namespace {

/// Reading the project takes about this share of the time; planning the rest but storing.
constexpr double kRead = 0.1;
constexpr double kPlanned = 0.95;

/// The patrollers whose village has a cell; the others go to @p left.
std::vector<core::VillagePatroller> reachablePatrollers(const PatrolRecords &records,
    const std::vector<core::PatrolCell> &cells, std::vector<core::VillagePatroller> &left)
{
    std::vector<core::VillagePatroller> result;
    for (const core::VillagePatroller &p : records.villagePatrollers()) {
        const bool reached = std::any_of(
            cells.begin(), cells.end(), [&p](const core::PatrolCell &c) { return c.village == p.village; });
        (reached ? result : left).push_back(p);
    }
    return result;
}

} // namespace

std::vector<core::Officer> PatrolPlanning::team(const std::vector<core::PatrolCell> &cells,
    std::vector<core::Officer> officers, int capacityCells, double capacityKm, const core::WorkingCalendar &calendar)
{
    if (officers.empty())
        officers = core::OfficerAssignment::defaultTeam(
            cells, [](const QString &township) { return tr("%1 grid officer").arg(township); });
    for (core::Officer &o : officers) {
        if (o.maxCellsPerDay == 0 && o.maxKmPerDay == 0) {
            o.maxCellsPerDay = capacityCells;
            o.maxKmPerDay = capacityKm;
        }
        o.calendar = calendar;
    }
    const QHash<QString, QStringList> assigned = core::OfficerAssignment::assign(cells, officers);
    for (core::Officer &o : officers)
        o.cellIds = assigned.value(o.name);
    return officers;
}

QJsonObject PatrolPlanning::storedOptions(const PatrolPlanRequest &request)
{
    const core::PlanOptions &o = request.options;
    return QJsonObject { { "days", o.days }, { "high_days", o.intervals.highDays },
        { "normal_days", o.intervals.normalDays }, { "today", request.today.toString(Qt::ISODate) } };
}

PatrolPlanOutcome PatrolPlanning::run(ProjectStore &store, const PatrolPlanRequest &request, const StoreProgress &progress)
{
    auto report = [&progress](double fraction) {
        if (progress && !progress(fraction))
            throw ReadCancelled();
    };
    report(0);
    PatrolRecords &records = store.patrol();
    if (!records.hasGrid())
        throw core::InputError(store.info().location,
            tr("the project has no patrol grid yet: make one first ('farmguard-cli grid' or Patrol → Make Grid…)"));
    const core::PatrolPlanner planner(request.options); // checks the options before any reading
    const QDate today = request.today.isValid() ? request.today : QDate::currentDate();
    std::vector<core::PatrolCell> cells;
    for (const GridCell &c : CellStatus::grid(store, today).cells)
        cells.push_back(c.cell);
    PatrolPlanOutcome outcome;
    std::vector<core::Officer> officers;
    for (const PatrolOfficerRecord &r : records.officers())
        officers.push_back(r.officer);
    if (officers.empty()) {
        officers = team(cells, {}, request.capacityCells, request.capacityKm, request.calendar);
        outcome.teamCreated = true;
    }
    const std::vector<core::VillagePatroller> patrollers
        = reachablePatrollers(records, cells, outcome.unplannedPatrollers);
    const std::optional<core::PatrolPlan> current = records.currentPlan();
    report(kRead);
    const core::PlanProgress planning = [&progress](double f) { return !progress || progress(kRead + (kPlanned - kRead) * f); };
    try {
        if (current && request.options.start < today) {
            core::PatrolPlan previous = *current;
            previous.start = request.options.start;
            previous.end = request.options.start.addDays(request.options.days - 1);
            outcome.keptBefore = today;
            outcome.plan = planner.replan(previous, cells, officers, today, patrollers, planning);
        } else {
            outcome.plan = planner.plan(cells, officers, patrollers, planning);
        }
    } catch (const core::PlanCancelled &) {
        throw ReadCancelled();
    }
    report(kPlanned); // the last chance to cancel: storing is not interrupted
    if (outcome.teamCreated)
        for (const core::Officer &o : officers)
            records.setOfficer(o);
    outcome.planId = records.savePlan(outcome.plan, outcome.keptBefore, storedOptions(request));
    if (progress)
        progress(1);
    return outcome;
}

} // namespace fg::gis
