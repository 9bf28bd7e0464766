// SPDX-License-Identifier: MIT
#include "core/patrol/risk_model.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace fg::core;

namespace {

PatrolCell farmCell()
{
    PatrolCell c;
    c.id = QStringLiteral("c1");
    c.areaM2 = 1e6;
    c.basicFarmlandM2 = 6e5;
    return c;
}

const RiskReason &reasonOf(const RiskScore &s, RiskFactor f)
{
    for (const RiskReason &r : s.reasons)
        if (r.factor == f)
            return r;
    FAIL("factor missing");
    return s.reasons.front();
}
// A reason of a temporary score would dangle once the statement ends (ASan found one).
const RiskReason &reasonOf(RiskScore &&, RiskFactor) = delete;

} // namespace

TEST_CASE("risk is the weighted mean of its factors and every factor is a reason")
{
    PatrolCell cell = farmCell();
    cell.roadDistanceM = 300;
    cell.openCases = 1;
    const QDate on(2024, 6, 3);
    cell.lastPatrol = on.addDays(-15);
    const RiskModel model; // defaults: 0.30 BF, 0.25 incidents, 0.20 age, 0.15 building, 0.10 cases
    const RiskScore s = model.score(cell, on);
    REQUIRE(s.reasons.size() == 5);
    double sum = 0;
    for (const RiskReason &r : s.reasons)
        sum += r.contribution;
    CHECK(sum == Approx(s.score));
    // By hand: BF 0.6 → 0.18; building exp(−300/300) = 0.3679 → 0.05518; cases 1 − 2^−1 = 0.5 → 0.05.
    // Inherent 0.28518 < 0.35: normal class, interval 30 days, age 15/30 = 0.5 → 0.10.
    CHECK(s.inherent == Approx(0.18 + 0.15 * std::exp(-1.0) + 0.05));
    CHECK(s.riskClass == RiskClass::Normal);
    CHECK(s.score == Approx(s.inherent + 0.10));
    CHECK(reasonOf(s, RiskFactor::Building).text.contains(QStringLiteral("300 m")));
    CHECK(s.reasons.front().contribution >= s.reasons.back().contribution);
}

TEST_CASE("incidents decay by half over the half-life and future incidents do not count")
{
    PatrolCell cell = farmCell();
    const QDate on(2024, 6, 3);
    cell.incidentDates = { on.addDays(-90), on.addDays(10) };
    const RiskModel model;
    const RiskScore score = model.score(cell, on);
    const RiskReason &r = reasonOf(score, RiskFactor::Incidents);
    CHECK(r.value == Approx(1 - std::exp(-0.5)));
    CHECK(r.text.contains(QStringLiteral("incidents: 1,")));
}

TEST_CASE("recent incidents make a cell high risk, which shortens its interval")
{
    PatrolCell cell = farmCell();
    const QDate on(2024, 6, 3);
    const RiskModel model;
    CHECK(model.riskClass(cell, on) == RiskClass::Normal);
    cell.incidentDates = { on };
    // 0.18 + 0.25 × (1 − e^−1) = 0.338 < 0.35; a second incident: 0.18 + 0.25 × (1 − e^−2) = 0.396.
    CHECK(model.riskClass(cell, on) == RiskClass::Normal);
    cell.incidentDates.push_back(on.addDays(-1));
    CHECK(model.riskClass(cell, on) == RiskClass::High);
    cell.lastPatrol = on.addDays(-7);
    const RiskScore score = model.score(cell, on);
    CHECK(reasonOf(score, RiskFactor::PatrolAge).value == Approx(1.0));
}

TEST_CASE("weights are configurable and a zero weight silences its factor")
{
    PatrolCell cell = farmCell();
    RiskWeights w;
    w.basicFarmland = 1;
    w.incidents = w.patrolAge = w.building = w.openCases = 0;
    cell.openCases = 3;
    const RiskScore s = RiskModel(w).score(cell, QDate(2024, 6, 3));
    CHECK(s.score == Approx(0.6));
    CHECK(reasonOf(s, RiskFactor::OpenCases).contribution == 0);
    CHECK_FALSE(s.summary().contains(QStringLiteral("open cases")));
}

TEST_CASE("a never patrolled cell has full patrol age")
{
    const RiskScore s = RiskModel().score(farmCell(), QDate(2024, 6, 3));
    CHECK(reasonOf(s, RiskFactor::PatrolAge).value == 1.0);
    CHECK(reasonOf(s, RiskFactor::PatrolAge).text.contains(QStringLiteral("never")));
}
