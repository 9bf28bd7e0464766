// SPDX-License-Identifier: MIT
// Issue 16 items 4 and 5 in the domain: the rules' keys, the 临界 mark's two reasons and the
// split-plot grouping (化整为零) on hand-made items.
#include "core/borderline.h"
#include "core/input_error.h"
#include "core/rules.h"
#include "core/split_plot_grouper.h"

#include <catch2/catch.hpp>

using namespace fg::core;

namespace {

// 1 mu = 2000/3 m²: a basic-farmland figure in m² as the verdict's areas.
Verdict basic(const Rules &rules, double m2)
{
    return rules.judge({ m2, 0, 0 });
}

SplitPlotItem item(const char *id, const char *party, const char *date = "")
{
    return { QString::fromUtf8(id), QString::fromUtf8(party), QDate::fromString(QString::fromLatin1(date), Qt::ISODate),
        true };
}

} // namespace

TEST_CASE("the rules file states the split-plot distance and period and the digitising tolerance")
{
    const Rules defaults;
    CHECK(defaults.splitPlotDistanceM() == 200.0);
    CHECK(defaults.splitPlotPeriodDays() == 365);
    CHECK(defaults.digitisingToleranceM() == 0.5);
    const Rules set = Rules::fromJson(
        R"({"split_plot_distance_m": 50, "split_plot_period_days": 90, "digitising_tolerance_m": 0.2})", QStringLiteral("r.json"));
    CHECK(set.splitPlotDistanceM() == 50.0);
    CHECK(set.splitPlotPeriodDays() == 90);
    CHECK(set.digitisingToleranceM() == 0.2);
    const Rules back = Rules::fromJson(set.toJson(), QStringLiteral("round trip"));
    CHECK(back.splitPlotDistanceM() == 50.0);
    CHECK(back.splitPlotPeriodDays() == 90);
    CHECK(back.digitisingToleranceM() == 0.2);
    CHECK_THROWS_AS(Rules::fromJson(R"({"split_plot_period_days": 1.5})", QStringLiteral("r.json")), InputError);
    CHECK_THROWS_AS(Rules::fromJson(R"({"split_plot_distance_m": -1})", QStringLiteral("r.json")), InputError);
    // A tolerance in centimetres by mistake (50) is refused, not taken as 50 m.
    CHECK_THROWS_AS(Rules::fromJson(R"({"digitising_tolerance_m": 50})", QStringLiteral("r.json")), InputError);
}

TEST_CASE("临界 by tolerance: a 60 m × 55.5 m basic-farmland rectangle moved ±0.5 m crosses 5 mu")
{
    // By hand: 60 × 55.5 = 3330 m² = 4.995 mu → 5.00 (rounded: reaches 5). Shrunk by 0.5 m:
    // 59 × 54.5 = 3215.5 m² = 4.82325 → 4.82 mu (below); grown: 61 × 56.5 = 3446.5 m² =
    // 5.16975 → 5.17 mu (reached). The verdict flips inside the tolerance: 临界 4.82–5.17 mu.
    const Rules rules;
    Verdict v = basic(rules, 3330);
    CHECK(v.basicFarmlandMu == 5.00);
    CHECK(v.accountability());
    CHECK_FALSE(v.borderline);
    const ToleranceRange range = Borderline::range(basic(rules, 3215.5), basic(rules, 3446.5), 0.5);
    CHECK(range.flips);
    CHECK(range.basicFarmlandCrosses);
    CHECK_FALSE(range.cultivatedCrosses);
    CHECK(range.basicFarmlandMinMu == 4.82);
    CHECK(range.basicFarmlandMaxMu == 5.17);
    v.setTolerance(range);
    CHECK(v.borderline);
    CHECK_FALSE(v.netBorderline);
    CHECK(v.accountability()); // the mark asks for a re-measure; the verdict stays
    CHECK(Borderline::rangeText(range) == QStringLiteral("4.82–5.17 mu basic farmland"));
    CHECK(Borderline::text(v, rules).contains(QStringLiteral("4.82–5.17")));
    // A 100 m × 100 m square (15.00 mu) is far from any threshold: checked, no mark.
    Verdict far = basic(rules, 10000);
    far.setTolerance(Borderline::range(basic(rules, 99.0 * 99.0), basic(rules, 101.0 * 101.0), 0.5));
    CHECK_FALSE(far.borderline);
    CHECK(far.tolerance.checked);
}

TEST_CASE("临界 has two reasons and one mark: 田坎 and the tolerance live together")
{
    // Cultivated 6700 m² gross = 10.05 mu, net 6300 m² = 9.45 mu: the 田坎 reason.
    const Rules rules;
    Verdict v = rules.judge({ 0, 6700, 6700, true, 6300, 6300 });
    CHECK(v.netBorderline);
    CHECK(v.borderline);
    // The tolerance does not flip it here; the mark stays for the 田坎 reason alone.
    v.setTolerance(Borderline::range(v, v, 0.5));
    CHECK(v.borderline);
    CHECK(Borderline::reasons(v, rules).size() == 1);
    // Both reasons: a range across 10 mu as well.
    const Verdict low = rules.judge({ 0, 6640, 6640, true, 6200, 6200 }); // 9.96 mu gross
    v.setTolerance(Borderline::range(low, v, 0.5));
    CHECK(v.tolerance.flips);
    CHECK(Borderline::reasons(v, rules).size() == 2);
    // clearJudgement (a non-occupation matter) drops the mark and both reasons.
    v.clearJudgement();
    CHECK_FALSE(v.borderline);
    CHECK_FALSE(v.netBorderline);
    CHECK_FALSE(v.tolerance.checked);
}

TEST_CASE("split plots group connected components of one party, near in space and time")
{
    // Five incidents: A1–A2–A3 of party 甲 in a chain (A1–A3 not near each other), B1 of 乙 near
    // A1, N1–N2 without a party near each other, A4 of 甲 near A3 but found 400 days after it.
    const QList<SplitPlotItem> items { item("A1", "甲", "2025-01-10"), item("A2", "甲", "2025-03-01"),
        item("B1", "乙", "2025-01-12"), item("A3", "甲", "2025-06-01"), item("N1", ""), item("N2", "", "2025-05-05"),
        item("A4", "甲", "2026-07-06") };
    // Near pairs as gis/ finds them, in no particular order and with a duplicate.
    const std::vector<std::pair<int, int>> near { { 3, 1 }, { 0, 1 }, { 0, 2 }, { 5, 4 }, { 3, 6 }, { 1, 0 } };
    const auto groups = SplitPlotGrouper::groups(items, near, 365);
    REQUIRE(groups.size() == 2);
    CHECK(groups[0] == std::vector<int> { 0, 1, 3 }); // A1, A2, A3: B1 is another party, A4 too late
    CHECK(groups[1] == std::vector<int> { 4, 5 }); // N1, N2: an undated incident matches any date
    // The same pairs reversed give the same groups (deterministic).
    std::vector<std::pair<int, int>> reversed(near.rbegin(), near.rend());
    CHECK(SplitPlotGrouper::groups(items, reversed, 365) == groups);
    // A wider period takes A4 in; an incident over a threshold alone never groups.
    CHECK(SplitPlotGrouper::groups(items, near, 400)[0] == std::vector<int> { 0, 1, 3, 6 });
    QList<SplitPlotItem> over = items;
    over[1].belowThresholds = false; // A2 reaches alone: the chain A1–A2–A3 breaks
    const auto broken = SplitPlotGrouper::groups(over, near, 365);
    REQUIRE(broken.size() == 1);
    CHECK(broken[0] == std::vector<int> { 4, 5 });
}
