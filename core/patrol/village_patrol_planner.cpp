// SPDX-License-Identifier: MIT
#include "core/patrol/village_patrol_planner.h"

#include "core/input_error.h"
#include "core/patrol/route_planner.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace fg::core {

namespace {

/// One village as the planner sees it: its cells (in grid order) and its patroller, if any.
struct Village
{
    QString township;
    std::vector<const PatrolCell *> cells;
    const VillagePatroller *patroller = nullptr;
};

std::map<QString, Village> villagesOf(const std::vector<PatrolCell> &cells)
{
    std::map<QString, Village> villages;
    for (const PatrolCell &c : cells) {
        if (c.village.isEmpty())
            continue; // no village layer: nothing to patrol daily
        Village &v = villages[c.village];
        if (v.township.isEmpty())
            v.township = c.township;
        v.cells.push_back(&c);
    }
    return villages;
}

} // namespace

VillagePatrolPlanner::VillagePatrolPlanner(RiskModel risk)
    : m_risk(std::move(risk))
{
}

void VillagePatrolPlanner::validate(const std::vector<PatrolCell> &cells, const std::vector<VillagePatroller> &patrollers)
{
    const std::map<QString, Village> villages = villagesOf(cells);
    std::map<QString, QString> owner;
    for (const VillagePatroller &p : patrollers) {
        if (p.name.trimmed().isEmpty() || p.village.trimmed().isEmpty())
            throw InputError(QString(), tr("a village patroller needs a name and a village"), p.name);
        if (!villages.count(p.village))
            throw InputError(QString(), tr("no cell of the grid lies in village %1").arg(p.village), p.name);
        if (owner.count(p.village))
            throw InputError(QString(),
                tr("village %1 has two village patrollers: %2 and %3").arg(p.village, owner[p.village], p.name), p.name);
        owner[p.village] = p.name;
    }
}

void VillagePatrolPlanner::plan(PatrolPlan &plan, const std::vector<PatrolCell> &cells,
    const std::vector<VillagePatroller> &patrollers, QDate from) const
{
    std::map<QString, Village> villages = villagesOf(cells);
    for (const VillagePatroller &p : patrollers)
        villages[p.village].patroller = &p;
    const QDate first = std::max(from, plan.start);
    if (first > plan.end)
        return;
    for (const auto &[name, village] : villages) {
        if (!village.patroller) {
            plan.villageShortfalls.push_back({ name, village.township, first, plan.end,
                tr("no village patroller: the village's daily patrol is not covered") });
            continue;
        }
        const VillagePatroller &p = *village.patroller;
        std::vector<QPointF> stops;
        QPointF centre;
        for (const PatrolCell *c : village.cells) {
            stops.push_back(c->centroid);
            centre += c->centroid / double(village.cells.size());
        }
        // The cells do not change within a plan, so one tour serves every day.
        const QPointF base = p.base.value_or(centre);
        const Tour tour = RoutePlanner::plan(base, stops);
        QStringList ordered;
        for (int i : tour.order)
            ordered << village.cells[size_t(i)]->id;
        for (QDate day = first; day <= plan.end; day = day.addDays(1)) {
            if (!p.worksOn(day)) {
                plan.villageShortfalls.push_back(
                    { name, village.township, day, day, tr("%1's configured day off").arg(p.name) });
                continue;
            }
            const PatrolCell *riskiest = nullptr;
            RiskScore top;
            for (const PatrolCell *c : village.cells) {
                const RiskScore r = m_risk.score(*c, day, day.addDays(-1));
                if (!riskiest || r.score > top.score) {
                    riskiest = c;
                    top = r;
                }
            }
            const QString reason = tr("daily village patrol, %n cell(s)", nullptr, int(ordered.size()))
                + QStringLiteral("; ")
                + tr("riskiest %1 (%2): %3").arg(riskiest->id).arg(top.score, 0, 'f', 2).arg(top.summary());
            plan.villagePatrols.push_back({ day, name, village.township, p.name, ordered, tour.lengthM, reason });
        }
    }
    std::stable_sort(plan.villagePatrols.begin(), plan.villagePatrols.end(),
        [](const VillagePatrol &a, const VillagePatrol &b) { return std::tie(a.date, a.village) < std::tie(b.date, b.village); });
    std::stable_sort(plan.villageShortfalls.begin(), plan.villageShortfalls.end(),
        [](const VillageShortfall &a, const VillageShortfall &b) { return std::tie(a.village, a.from) < std::tie(b.village, b.from); });
}

} // namespace fg::core
