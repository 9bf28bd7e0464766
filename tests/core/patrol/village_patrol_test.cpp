// SPDX-License-Identifier: MIT
// Village daily patrol (行政村日常巡查) beside the township officers' plan (issue 7, item 4).
#include "patrol_generator.h"

#include "core/input_error.h"
#include "core/patrol/patrol_planner.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace fg::core;

namespace {

const QDate kStart(2024, 6, 3); // a Monday
constexpr int kDays = 14;

/// Gives each generated cell one of @p villages villages and patrollers to all but @p without.
std::vector<VillagePatroller> villagesFor(std::mt19937 &rng, PatrolInstance &inst, int villages, int without)
{
    for (PatrolCell &c : inst.cells)
        c.village = QStringLiteral("村%1").arg(std::uniform_int_distribution<int>(0, villages - 1)(rng));
    std::set<QString> named;
    for (const PatrolCell &c : inst.cells)
        named.insert(c.village);
    std::vector<VillagePatroller> result;
    int skipped = 0;
    for (const QString &v : named) {
        if (skipped++ < without)
            continue;
        VillagePatroller p;
        p.name = v + QStringLiteral("巡查员");
        p.village = v;
        result.push_back(p);
    }
    return result;
}

} // namespace

TEST_CASE("property: every village with a patroller is patrolled exactly once every day, one without is a shortfall")
{
    std::mt19937 rng(7401);
    const PatrolPlanner planner({ kStart, kDays, {}, {}, 0.5 });
    for (int instance = 0; instance < 60; ++instance) {
        INFO("instance " << instance);
        PatrolInstance inst = generatePatrolInstance(rng, kStart, kDays, {});
        for (Officer &o : inst.officers)
            o.maxCellsPerDay = 3;
        const int without = std::uniform_int_distribution<int>(0, 1)(rng);
        const std::vector<VillagePatroller> patrollers = villagesFor(rng, inst, 4, without);
        const PatrolPlan plan = planner.plan(inst.cells, inst.officers, patrollers);

        std::map<QString, std::set<QString>> cellsOf;
        for (const PatrolCell &c : inst.cells)
            cellsOf[c.village].insert(c.id);
        std::map<std::pair<QString, QDate>, int> count;
        for (const VillagePatrol &v : plan.villagePatrols) {
            ++count[{ v.village, v.date }];
            CHECK(std::set<QString>(v.cellIds.begin(), v.cellIds.end()) == cellsOf[v.village]);
            CHECK(v.cellIds.size() == int(cellsOf[v.village].size())); // each cell once
            CHECK_FALSE(v.reason.isEmpty());
        }
        for (const VillagePatroller &p : patrollers)
            for (QDate d = plan.start; d <= plan.end; d = d.addDays(1))
                CHECK(count[{ p.village, d }] == 1); // weekends included
        CHECK(int(plan.villagePatrols.size()) == int(patrollers.size()) * kDays);
        // The villages without a patroller: reported for the whole range, nothing planned.
        std::set<QString> staffed;
        for (const VillagePatroller &p : patrollers)
            staffed.insert(p.village);
        std::set<QString> reported;
        for (const VillageShortfall &s : plan.villageShortfalls) {
            CHECK(s.from == plan.start);
            CHECK(s.to == plan.end);
            reported.insert(s.village);
        }
        std::set<QString> unstaffed;
        for (const auto &[village, cells] : cellsOf)
            if (!staffed.count(village))
                unstaffed.insert(village);
        CHECK(reported == unstaffed);
        CHECK(int(unstaffed.size()) == without);
        // The officers' plan does not depend on the village patrollers.
        const PatrolPlan alone = planner.plan(inst.cells, inst.officers);
        REQUIRE(alone.visits.size() == plan.visits.size());
        for (size_t i = 0; i < plan.visits.size(); ++i)
            CHECK(alone.visits[i].cellId == plan.visits[i].cellId);
        CHECK(alone.villagePatrols.empty());
        CHECK(alone.villageShortfalls.size() == cellsOf.size());
    }
}

TEST_CASE("re-planning keeps the past village patrols and cuts the past shortfalls at the day")
{
    std::mt19937 rng(7402);
    const PatrolPlanner planner({ kStart, kDays, {}, {}, 0.5 });
    PatrolInstance inst = generatePatrolInstance(rng, kStart, kDays, {});
    for (Officer &o : inst.officers)
        o.maxCellsPerDay = 3;
    std::vector<VillagePatroller> patrollers = villagesFor(rng, inst, 3, 1);
    REQUIRE(patrollers.size() == 2);
    const PatrolPlan first = planner.plan(inst.cells, inst.officers, patrollers);
    // From the 6th the first patroller rests at weekends and the other village loses its patroller.
    patrollers[0].weekendsOff = true;
    patrollers.pop_back();
    const QDate from = kStart.addDays(5);
    const PatrolPlan again = planner.replan(first, inst.cells, inst.officers, from, patrollers);
    std::vector<VillagePatrol> pastBefore, pastAfter;
    for (const VillagePatrol &v : first.villagePatrols)
        if (v.date < from)
            pastBefore.push_back(v);
    for (const VillagePatrol &v : again.villagePatrols)
        if (v.date < from)
            pastAfter.push_back(v);
    REQUIRE(pastAfter.size() == pastBefore.size());
    for (size_t i = 0; i < pastBefore.size(); ++i) {
        CHECK(pastAfter[i].village == pastBefore[i].village);
        CHECK(pastAfter[i].date == pastBefore[i].date);
        CHECK(pastAfter[i].cellIds == pastBefore[i].cellIds);
    }
    int weekendDaysOff = 0, unstaffedFromDay = 0, unstaffedBefore = 0;
    for (const VillageShortfall &s : again.villageShortfalls) {
        if (s.village == patrollers[0].village) {
            CHECK(s.from == s.to);
            CHECK(s.from.dayOfWeek() >= 6);
            ++weekendDaysOff;
        } else if (s.from == from) {
            ++unstaffedFromDay;
        } else {
            CHECK(s.to == from.addDays(-1)); // the past shortfall of the never-staffed village, cut
            ++unstaffedBefore;
        }
    }
    CHECK(weekendDaysOff == 4); // 8–9 and 15–16 June
    CHECK(unstaffedFromDay == 2); // the never-staffed village and the one that lost its patroller
    CHECK(unstaffedBefore == 1);
    for (const VillagePatrol &v : again.villagePatrols)
        if (v.village == patrollers[0].village && v.date >= from)
            CHECK(v.date.dayOfWeek() < 6);
}

TEST_CASE("village patrollers are refused when they share a village or name one without cells")
{
    std::vector<PatrolCell> cells(2);
    cells[0].id = QStringLiteral("a");
    cells[0].village = QStringLiteral("东村");
    cells[1].id = QStringLiteral("b");
    cells[1].village = QStringLiteral("东村");
    VillagePatroller p { QStringLiteral("张三"), QString(), QStringLiteral("东村"), {}, false, {} };
    VillagePatroller q = p;
    q.name = QStringLiteral("李四");
    const PatrolPlanner planner({ kStart, 3, {}, {}, 0.5 });
    CHECK_THROWS_AS(planner.plan(cells, {}, { p, q }), InputError);
    q.village = QStringLiteral("西村");
    CHECK_THROWS_AS(planner.plan(cells, {}, { p, q }), InputError);
    // Base far to the east: the round goes out to the nearer cell first and the tour is closed.
    cells[0].centroid = QPointF(1000, 0);
    cells[1].centroid = QPointF(2000, 0);
    p.base = QPointF(3000, 0);
    const PatrolPlan plan = planner.plan(cells, {}, { p });
    REQUIRE(plan.villagePatrols.size() == 3);
    CHECK(plan.villagePatrols[0].cellIds == QStringList { QStringLiteral("b"), QStringLiteral("a") });
    CHECK(plan.villagePatrols[0].lengthM == Approx(4000)); // 3000→2000→1000→3000
    CHECK(plan.villagePatrols[0].patroller == QStringLiteral("张三"));
}
