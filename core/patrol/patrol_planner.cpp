// SPDX-License-Identifier: MIT
#include "core/patrol/patrol_planner.h"

#include "core/input_error.h"
#include "core/patrol/route_planner.h"
#include "core/patrol/village_patrol_planner.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace fg::core {

namespace {

constexpr int kBeyondPlan = std::numeric_limits<int>::max();

double distanceM(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

/// The part of @p previous before @p from (village shortfalls cut at it): what re-planning keeps.
PatrolPlan keptBefore(const PatrolPlan &previous, QDate from)
{
    PatrolPlan kept;
    for (const PlannedVisit &v : previous.visits)
        if (v.date < from)
            kept.visits.push_back(v);
    for (const DayRoute &r : previous.routes)
        if (r.date < from)
            kept.routes.push_back(r);
    for (const VillagePatrol &v : previous.villagePatrols)
        if (v.date < from)
            kept.villagePatrols.push_back(v);
    for (VillageShortfall s : previous.villageShortfalls)
        if (s.from < from) {
            s.to = std::min(s.to, from.addDays(-1));
            kept.villageShortfalls.push_back(s);
        }
    return kept;
}

/// Visits by date, officer and order; routes by date and officer; shortfalls by due date and cell.
void sortPlan(PatrolPlan &plan)
{
    std::stable_sort(plan.visits.begin(), plan.visits.end(), [](const PlannedVisit &a, const PlannedVisit &b) {
        return std::tie(a.date, a.officer, a.order) < std::tie(b.date, b.officer, b.order);
    });
    std::stable_sort(plan.routes.begin(), plan.routes.end(), [](const DayRoute &a, const DayRoute &b) {
        return std::tie(a.date, a.officer) < std::tie(b.date, b.officer);
    });
    std::stable_sort(plan.shortfalls.begin(), plan.shortfalls.end(),
        [](const IntervalShortfall &a, const IntervalShortfall &b) {
            return std::tie(a.dueBy, a.cellId) < std::tie(b.dueBy, b.cellId);
        });
}

} // namespace

/// The working state of one officer's plan.
struct PatrolPlanner::Run
{
    const Officer *officer = nullptr;
    std::vector<const PatrolCell *> cells;
    std::vector<QDate> last; ///< per cell: last visit so far (null = never)
    std::vector<std::vector<QDate>> visitDates; ///< per cell: kept and planned visits
    std::vector<QDate> days; ///< the officer's working days to plan
    QDate start, end;
    PatrolPlan *plan = nullptr;
};

PatrolPlanner::PatrolPlanner(PlanOptions options)
    : m_options(std::move(options))
    , m_risk(m_options.weights, m_options.intervals)
{
    if (!m_options.start.isValid())
        throw InputError(QString(), tr("the plan needs a valid start date"));
    if (m_options.days < 1)
        throw InputError(QString(), tr("the plan must cover at least one day, not %1").arg(m_options.days));
    if (m_options.intervals.highDays < 1 || m_options.intervals.normalDays < 1)
        throw InputError(QString(), tr("revisit intervals must be at least one day"));
}

void PatrolPlanner::validate(const std::vector<PatrolCell> &cells, const std::vector<Officer> &officers) const
{
    QSet<QString> ids;
    for (const PatrolCell &c : cells) {
        if (ids.contains(c.id))
            throw InputError(QString(), tr("cell id repeats"), c.id);
        ids.insert(c.id);
    }
    QHash<QString, QString> owner;
    for (const Officer &o : officers) {
        if (!o.hasCapacity())
            throw InputError(QString(), tr("officer %1 has no daily capacity (cells or km)").arg(o.name));
        for (const QString &id : o.cellIds) {
            if (!ids.contains(id))
                throw InputError(
                    QString(), tr("officer %1 is assigned a cell that is not in the grid").arg(o.name), id);
            if (owner.contains(id))
                throw InputError(QString(),
                    tr("cell assigned to two officers: %1 and %2").arg(owner.value(id), o.name), id);
            owner.insert(id, o.name);
        }
    }
}

PatrolPlan PatrolPlanner::plan(const std::vector<PatrolCell> &cells, const std::vector<Officer> &officers,
    const std::vector<VillagePatroller> &villagePatrollers, const PlanProgress &progress) const
{
    PatrolPlan empty;
    empty.start = m_options.start;
    empty.end = m_options.start.addDays(m_options.days - 1);
    return replan(empty, cells, officers, m_options.start, villagePatrollers, progress);
}

PatrolPlan PatrolPlanner::replan(const PatrolPlan &previous, const std::vector<PatrolCell> &cells,
    const std::vector<Officer> &officers, QDate from, const std::vector<VillagePatroller> &villagePatrollers,
    const PlanProgress &progress) const
{
    // The officers' routes are the work; the village patrols are quick and count as one more officer.
    const double parts = double(officers.size() + 1);
    auto report = [&progress](double fraction) {
        if (progress && !progress(std::clamp(fraction, 0.0, 1.0)))
            throw PlanCancelled();
    };
    report(0);
    validate(cells, officers);
    VillagePatrolPlanner::validate(cells, villagePatrollers);
    PatrolPlan result = keptBefore(previous, from);
    result.start = previous.start.isValid() ? previous.start : m_options.start;
    result.end = previous.end.isValid() ? previous.end : m_options.start.addDays(m_options.days - 1);

    QHash<QString, const PatrolCell *> byId;
    for (const PatrolCell &c : cells)
        byId.insert(c.id, &c);
    QSet<QString> assigned;
    for (size_t k = 0; k < officers.size(); ++k) {
        const Officer &o = officers[k];
        Run run;
        run.officer = &o;
        run.start = result.start;
        run.end = result.end;
        run.plan = &result;
        for (const QString &id : o.cellIds) {
            const PatrolCell *cell = byId.value(id);
            run.cells.push_back(cell);
            run.last.push_back(cell->lastPatrol);
            std::vector<QDate> kept;
            for (const PlannedVisit &v : result.visits)
                if (v.cellId == id && v.date < from) {
                    kept.push_back(v.date);
                    run.last.back() = std::max(run.last.back(), v.date);
                }
            run.visitDates.push_back(kept);
            assigned.insert(id);
        }
        for (QDate d = std::max(from, run.start); d <= run.end; d = d.addDays(1))
            if (o.worksOn(d))
                run.days.push_back(d);
        planOfficer(run, [&report, k, parts](double share) { report((double(k) + share) / parts); });
    }
    for (const PatrolCell &c : cells)
        if (!assigned.contains(c.id))
            result.unassignedCells << c.id;
    report(double(officers.size()) / parts);
    VillagePatrolPlanner(m_risk).plan(result, cells, villagePatrollers, from);
    report(1);
    sortPlan(result);
    return result;
}

void PatrolPlanner::planOfficer(Run &run, const std::function<void(double)> &step) const
{
    for (int i = 0; i < int(run.days.size()); ++i) {
        step(double(i) / double(run.days.size()));
        planDay(run, i);
    }
    findShortfalls(run);
    step(1);
}

void PatrolPlanner::planDay(Run &run, int dayIndex) const
{
    const QDate day = run.days[size_t(dayIndex)];
    const int n = int(run.cells.size());
    const Officer &officer = *run.officer;
    const int capacity = officer.maxCellsPerDay > 0 ? officer.maxCellsPerDay : n;
    struct Candidate
    {
        int cell;
        RiskScore risk;
        QDate dueBy;
        int position; ///< working days from today to the deadline; 0 = today or already late
        bool eligible;
    };
    std::vector<Candidate> cand;
    std::vector<int> deadlineCount;
    for (int j = 0; j < n; ++j) {
        Candidate c { j, m_risk.score(*run.cells[size_t(j)], day, run.last[size_t(j)]), QDate(), kBeyondPlan,
            false };
        const int interval = m_options.intervals.days(c.risk.riskClass);
        const QDate prev = run.last[size_t(j)].isValid() ? run.last[size_t(j)] : run.start.addDays(-1);
        c.dueBy = prev.addDays(interval);
        if (c.dueBy <= run.end) {
            const auto first = run.days.begin() + dayIndex;
            c.position = std::max(0, int(std::upper_bound(first, run.days.end(), c.dueBy) - first) - 1);
            if (int(deadlineCount.size()) <= c.position)
                deadlineCount.resize(size_t(c.position) + 1, 0);
            ++deadlineCount[size_t(c.position)];
        }
        c.eligible = !run.last[size_t(j)].isValid() || prev.daysTo(day) >= m_options.fillFraction * interval;
        cand.push_back(std::move(c));
    }
    // Earliest-deadline-first look-ahead: cells due within p working days need p+1 days of capacity.
    int required = 0, cumulative = 0;
    for (int p = 0; p < int(deadlineCount.size()); ++p) {
        cumulative += deadlineCount[size_t(p)];
        required = std::max(required, cumulative - capacity * p);
    }
    required = std::min(required, capacity);
    std::stable_sort(cand.begin(), cand.end(), [](const Candidate &a, const Candidate &b) {
        return a.position != b.position ? a.position < b.position : a.risk.score > b.risk.score;
    });
    std::stable_sort(cand.begin() + required, cand.end(),
        [](const Candidate &a, const Candidate &b) { return a.risk.score > b.risk.score; });

    std::vector<int> chosen;
    std::vector<QPointF> points;
    Tour tour;
    for (int k = 0; k < n && int(chosen.size()) < capacity; ++k) {
        if (k >= required && !cand[size_t(k)].eligible)
            continue;
        points.push_back(run.cells[size_t(cand[size_t(k)].cell)]->centroid);
        Tour t = RoutePlanner::plan(officer.base, points);
        if (officer.maxKmPerDay > 0 && t.lengthM > officer.maxKmPerDay * 1000 + 1e-6) {
            points.pop_back();
            continue;
        }
        chosen.push_back(k);
        tour = std::move(t);
    }
    if (chosen.empty())
        return;
    DayRoute route { day, officer.name, {}, tour.lengthM };
    QPointF previous = officer.base;
    for (int stop = 0; stop < int(tour.order.size()); ++stop) {
        const int k = chosen[size_t(tour.order[size_t(stop)])];
        const Candidate &c = cand[size_t(k)];
        const PatrolCell &cell = *run.cells[size_t(c.cell)];
        PlannedVisit v;
        v.date = day;
        v.officer = officer.name;
        v.cellId = cell.id;
        v.order = stop + 1;
        v.legM = distanceM(previous, cell.centroid);
        v.riskScore = c.risk.score;
        v.riskClass = c.risk.riskClass;
        v.dueBy = c.dueBy;
        v.required = k < required;
        const QString why = v.required
            ? tr("due by %1 (%2: every %3 days)")
                  .arg(c.dueBy.toString(Qt::ISODate), RiskModel::className(c.risk.riskClass))
                  .arg(m_options.intervals.days(c.risk.riskClass))
            : tr("risk %1").arg(c.risk.score, 0, 'f', 2);
        v.reason = why + QStringLiteral(": ") + c.risk.summary();
        previous = cell.centroid;
        route.cellIds << cell.id;
        run.plan->visits.push_back(v);
        run.last[size_t(c.cell)] = day;
        run.visitDates[size_t(c.cell)].push_back(day);
    }
    run.plan->routes.push_back(route);
}

void PatrolPlanner::findShortfalls(Run &run) const
{
    for (size_t j = 0; j < run.cells.size(); ++j) {
        const PatrolCell &cell = *run.cells[j];
        std::vector<QDate> dates = run.visitDates[j];
        std::sort(dates.begin(), dates.end());
        QDate prev = cell.lastPatrol.isValid() ? cell.lastPatrol : run.start.addDays(-1);
        auto check = [&](QDate on, QDate visit) {
            const RiskClass cls = m_risk.score(cell, on, prev).riskClass;
            const QDate due = prev.addDays(m_options.intervals.days(cls));
            if ((visit.isValid() && visit > due) || (!visit.isValid() && due <= run.end))
                run.plan->shortfalls.push_back(
                    { cell.id, run.officer->name, due, visit, shortfallReason(run, cell, prev, due) });
        };
        for (const QDate &d : dates) {
            if (d <= prev)
                continue; // a planned visit on the day of the last recorded patrol adds nothing
            check(d, d);
            prev = d;
        }
        check(run.end, QDate());
    }
}

QString PatrolPlanner::shortfallReason(const Run &run, const PatrolCell &cell, QDate after, QDate dueBy) const
{
    const Officer &o = *run.officer;
    const double roundTripM = 2 * distanceM(o.base, cell.centroid);
    if (o.maxKmPerDay > 0 && roundTripM > o.maxKmPerDay * 1000)
        return tr("out of reach: the round trip from %1's base is %2 km, more than the %3 km a day")
            .arg(o.name)
            .arg(roundTripM / 1000, 0, 'f', 1)
            .arg(o.maxKmPerDay, 0, 'f', 1);
    if (dueBy < run.start)
        return tr("already overdue when the plan starts (due %1)").arg(dueBy.toString(Qt::ISODate));
    bool working = false;
    for (QDate d = std::max(after.addDays(1), run.start); d <= dueBy && !working; d = d.addDays(1))
        working = o.worksOn(d);
    if (!working)
        return tr("%1 has no working day in the plan between %2 and %3")
            .arg(o.name, std::max(after.addDays(1), run.start).toString(Qt::ISODate),
                dueBy.toString(Qt::ISODate));
    return tr("capacity: %1's %2 a day went to cells due earlier or at higher risk")
        .arg(o.name,
            o.maxCellsPerDay > 0 ? tr("%1 cells").arg(o.maxCellsPerDay)
                                 : tr("%1 km").arg(o.maxKmPerDay, 0, 'f', 1));
}

} // namespace fg::core
