// SPDX-License-Identifier: MIT
#include "../cases/case_fixture.h"

#include "core/assessment/veto_triggers.h"
#include "core/cases/deadline_tracker.h"
#include "core/units.h"

using namespace fg::core;
using namespace fg::core::test;
using A = CaseAction;

namespace {

TownshipTarget target(double cultivatedMu, double basicMu)
{
    TownshipTarget t { QStringLiteral("龙溪镇"), 2025 };
    t.cultivatedM2 = muToSquareMetres(cultivatedMu);
    t.basicFarmlandM2 = muToSquareMetres(basicMu);
    return t;
}

/// 三调 1000 mu cultivated, 600 mu basic farmland; 12.5 mu cultivated and 5 mu basic farmland
/// taken: now 987.50 and 595.00 mu.
TownshipLand land()
{
    TownshipLand l;
    l.cultivatedBaselineM2 = muToSquareMetres(1000);
    l.cultivatedOccupiedM2 = muToSquareMetres(12.5);
    l.basicFarmlandBaselineM2 = muToSquareMetres(600);
    l.basicFarmlandOccupiedM2 = muToSquareMetres(5);
    return l;
}

/// Verified Tuesday 4 March 2025: its stop order is due by Friday 7 March.
CaseFile verified(const QString &id, ThresholdFlag flag)
{
    CaseFile file = openCase(at(2025, 3, 3), id);
    REQUIRE(CaseWorkflow().apply(file, makeStep(A::Verify, at(2025, 3, 4))).accepted);
    file.setThresholdFlag(flag);
    return file;
}

QList<VetoKind> kinds(const QList<VetoTrigger> &triggers)
{
    QList<VetoKind> result;
    for (const VetoTrigger &t : triggers)
        result << t.kind;
    return result;
}

} // namespace

TEST_CASE(
    "a township below its basic-farmland target fires the veto, at or above it does not", "[assessment]")
{
    const DeadlineTracker tracker;
    const QDateTime asOf = at(2025, 12, 31);
    // 595.00 mu now against 595.00: met (equal printed figures are no shortfall).
    CHECK(VetoTriggers::evaluate(land(), target(980, 595), {}, {}, {}, tracker, asOf).isEmpty());
    // Against 595.01: short by 0.01 mu.
    const QList<VetoTrigger> short1
        = VetoTriggers::evaluate(land(), target(980, 595.01), {}, {}, {}, tracker, asOf);
    REQUIRE(kinds(short1) == QList<VetoKind> { VetoKind::BasicFarmlandBelowTarget });
    CHECK(short1.first().text.contains(QStringLiteral("595.00")));
    CHECK(short1.first().text.contains(QStringLiteral("0.01")));
    // Cultivated: 987.50 now against 990 → short by 2.50, both fire.
    const QList<VetoTrigger> both
        = VetoTriggers::evaluate(land(), target(990, 600), {}, {}, {}, tracker, asOf);
    CHECK(kinds(both)
        == QList<VetoKind> { VetoKind::BasicFarmlandBelowTarget, VetoKind::CultivatedBelowTarget });
    // The rules switch the cultivated trigger off.
    AssessmentRules rules;
    rules.cultivatedBelowTarget = false;
    CHECK(kinds(VetoTriggers::evaluate(land(), target(990, 590), {}, {}, rules, tracker, asOf)).isEmpty());
    // No target: nothing to fall short of.
    CHECK(VetoTriggers::evaluate(land(), std::nullopt, {}, {}, {}, tracker, asOf).isEmpty());
}

TEST_CASE("the gap is judged on the printed mu figures", "[assessment]")
{
    // 0.004 mu below the target prints as the same 0.01 mu figure: no shortfall.
    const double targetM2 = muToSquareMetres(100);
    const std::optional<TargetGap> gap = targetGap(muToSquareMetres(99.996), targetM2);
    REQUIRE(gap);
    CHECK(gap->gapM2 == Approx(-0.004 * 10000.0 / 15.0));
    CHECK_FALSE(gap->shortfall);
    CHECK(targetGap(muToSquareMetres(99.994), targetM2)->shortfall);
    CHECK_FALSE(targetGap(1, std::nullopt));
}

TEST_CASE(
    "a threshold case left past its deadline fires the veto with its number, others do not", "[assessment]")
{
    const DeadlineTracker tracker;
    const QList<CaseFile> cases { verified(QStringLiteral("PS-OVER"), ThresholdFlag::Reached),
        verified(QStringLiteral("PS-BELOW"), ThresholdFlag::Below) };
    // Before the stop order's deadline (Friday 7 March, end of day): nothing.
    CHECK(VetoTriggers::overdueThresholdCases(cases, tracker, at(2025, 3, 7, 18), 0).isEmpty());
    // From Monday: the threshold case only (the case below the thresholds is overdue too, but no veto).
    const QList<VetoTrigger> fired
        = VetoTriggers::evaluate(land(), std::nullopt, cases, {}, {}, tracker, at(2025, 3, 10));
    REQUIRE(fired.size() == 1);
    CHECK(fired.first().kind == VetoKind::OverdueThresholdCase);
    CHECK(fired.first().records == QStringList { QStringLiteral("PS-OVER") });
    CHECK(fired.first().text.contains(QStringLiteral("PS-OVER")));
    // A grace of 5 days: not yet on 10 March, fired on 13 March.
    CHECK(VetoTriggers::overdueThresholdCases(cases, tracker, at(2025, 3, 10), 5).isEmpty());
    CHECK(VetoTriggers::overdueThresholdCases(cases, tracker, at(2025, 3, 13), 5)
        == QStringList { QStringLiteral("PS-OVER") });
    // Stopped (late): the step was processed, so no veto on it any more.
    CaseFile stopped = cases.first();
    REQUIRE(CaseWorkflow().apply(stopped, makeStep(A::Stop, at(2025, 3, 11))).accepted);
    CHECK(VetoTriggers::overdueThresholdCases({ stopped }, tracker, at(2025, 3, 12), 0).isEmpty());
}

TEST_CASE("an incident over a threshold without a case fires the veto unless the rules say otherwise",
    "[assessment]")
{
    const DeadlineTracker tracker;
    const QStringList unopened { QStringLiteral("PS2024-010"), QStringLiteral("PS2024-006") };
    const QList<VetoTrigger> fired
        = VetoTriggers::evaluate(land(), std::nullopt, {}, unopened, {}, tracker, at(2025, 6, 1));
    REQUIRE(fired.size() == 1);
    CHECK(fired.first().kind == VetoKind::ThresholdWithoutCase);
    CHECK(
        fired.first().records == QStringList { QStringLiteral("PS2024-006"), QStringLiteral("PS2024-010") });
    AssessmentRules off;
    off.thresholdWithoutCase = false;
    CHECK(VetoTriggers::evaluate(land(), std::nullopt, {}, unopened, off, tracker, at(2025, 6, 1)).isEmpty());
}
