// SPDX-License-Identifier: MIT
// Seeded random patrol instances for the planner's property tests.
#pragma once

#include "core/patrol/officer.h"
#include "core/patrol/patrol_cell.h"
#include "core/patrol/risk_model.h"

#include <random>
#include <vector>

struct PatrolInstance
{
    std::vector<fg::core::PatrolCell> cells;
    std::vector<fg::core::Officer> officers;
};

struct PatrolInstanceShape
{
    int minCells = 4, maxCells = 30;
    int maxOfficers = 3;
    bool kmLimit = true; ///< some officers limited by km too
    int holidays = 2; ///< random holidays per officer within the plan
    bool incidents = false; ///< incidents inside the plan range (the class may then change)
};

/// Cells on a 10 km square with random farmland, distances and cases; officers splitting them.
inline PatrolInstance generatePatrolInstance(
    std::mt19937 &rng, QDate start, int days, const PatrolInstanceShape &shape)
{
    using namespace fg::core;
    auto uniform = [&](double a, double b) { return std::uniform_real_distribution<double>(a, b)(rng); };
    auto integer = [&](int a, int b) { return std::uniform_int_distribution<int>(a, b)(rng); };
    PatrolInstance inst;
    const int n = integer(shape.minCells, shape.maxCells);
    for (int i = 0; i < n; ++i) {
        PatrolCell c;
        c.id = QStringLiteral("c%1").arg(i);
        c.areaM2 = 1e6;
        c.basicFarmlandM2 = uniform(0, 1e6);
        c.centroid = QPointF(uniform(0, 10000), uniform(0, 10000));
        if (integer(0, 1))
            c.roadDistanceM = uniform(0, 1500);
        if (integer(0, 2) == 0)
            c.homesteadDistanceM = uniform(0, 800);
        c.openCases = integer(0, 4) == 0 ? integer(1, 2) : 0;
        if (integer(0, 1))
            c.lastPatrol = start.addDays(-integer(0, 3));
        if (shape.incidents && integer(0, 3) == 0)
            c.incidentDates.push_back(start.addDays(integer(-30, days)));
        inst.cells.push_back(c);
    }
    const int officers = std::min(n, integer(1, shape.maxOfficers));
    for (int k = 0; k < officers; ++k) {
        Officer o;
        o.name = QStringLiteral("officer%1").arg(k);
        o.base = QPointF(uniform(0, 10000), uniform(0, 10000));
        QSet<QDate> holidays;
        for (int h = 0; h < shape.holidays; ++h)
            holidays.insert(start.addDays(integer(0, days - 1)));
        o.calendar = WorkingCalendar(holidays, {});
        inst.officers.push_back(o);
    }
    for (int i = 0; i < n; ++i)
        inst.officers[size_t(i % officers)].cellIds << inst.cells[size_t(i)].id;
    return inst;
}
