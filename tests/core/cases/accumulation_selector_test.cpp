// SPDX-License-Identifier: MIT
#include "core/cases/accumulation_selector.h"
#include "core/input_error.h"

#include <catch2/catch.hpp>

using namespace fg::core;
using S = CaseStatus;

namespace {
QList<PartyIncident> incidents()
{
    return {
        { "I1", "party-A", S::Clue },
        { "I2", "party-A", S::Filed },
        { "I3", "party-A", S::Decided },
        { "I4", "party-A", S::Closed },
        { "I5", "party-A", S::Dismissed },
        { "I6", "party-A", std::nullopt },
        { "I7", "party-B", S::Executed },
        { "I8", "", S::Stopped },
        { "I9", "party-C", S::Reclaimed },
        { "I10", "party-A", S::Reported },
        { "I11", "party-A", S::Verified },
    };
}
} // namespace

TEST_CASE("by default an incident accumulates until a penalty is decided, in input order")
{
    const auto selection = AccumulationSelector::select(incidents());
    CHECK(selection.byParty.keys() == QStringList { QStringLiteral("party-A") });
    CHECK(selection.byParty.value("party-A")
        == QStringList { QStringLiteral("I1"), QStringLiteral("I2"), QStringLiteral("I6"),
            QStringLiteral("I10"), QStringLiteral("I11") });
    CHECK(selection.unattributed == QStringList { QStringLiteral("I8") });
}

TEST_CASE("the until-closed reading also counts decided, executed and reclaimed incidents")
{
    const auto selection = AccumulationSelector::select(incidents(), AccumulationPolicy::UntilClosed);
    CHECK(selection.byParty.value("party-A")
        == QStringList { QStringLiteral("I1"), QStringLiteral("I2"), QStringLiteral("I3"),
            QStringLiteral("I6"), QStringLiteral("I10"), QStringLiteral("I11") });
    CHECK(selection.byParty.value("party-B") == QStringList { QStringLiteral("I7") });
    CHECK(selection.byParty.value("party-C") == QStringList { QStringLiteral("I9") });
}

TEST_CASE("dismissed and closed incidents never accumulate")
{
    for (AccumulationPolicy policy : { AccumulationPolicy::UntilDecision, AccumulationPolicy::UntilClosed }) {
        CHECK_FALSE(AccumulationSelector::accumulates(S::Dismissed, policy));
        CHECK_FALSE(AccumulationSelector::accumulates(S::Closed, policy));
        CHECK(AccumulationSelector::accumulates(std::nullopt, policy));
        CHECK(AccumulationSelector::accumulates(S::Stopped, policy));
    }
}

TEST_CASE("an incident listed twice or without an id is bad input")
{
    QList<PartyIncident> list = incidents();
    list.append({ "I2", "party-B", S::Clue });
    CHECK_THROWS_AS(AccumulationSelector::select(list), InputError);
    CHECK_THROWS_AS(AccumulationSelector::select({ { "", "party-A", S::Clue } }), InputError);
}

TEST_CASE("a time window leaves out a party's incidents older than the window before its latest one")
{
    // 法释〔2000〕14号 art. 9: acts within one year not yet dealt with. Party A's latest act is
    // 2025-03-10, so its window starts 2024-03-10: I2 (2024-03-10) is inside, I1 (2024-03-09)
    // is not. I4 has no date and stays; I5 is dealt with (decided) and does not count at all.
    QList<PartyIncident> list {
        { "I1", "A", S::Clue, {}, QDate(2024, 3, 9) },
        { "I2", "A", S::Filed, {}, QDate(2024, 3, 10) },
        { "I3", "A", std::nullopt, {}, QDate(2025, 3, 10) },
        { "I4", "A", S::Clue, {}, QDate() },
        { "I5", "A", S::Decided, {}, QDate(2025, 6, 1) },
        { "I6", "B", S::Clue, {}, QDate(2020, 1, 1) },
    };
    const auto windowed = AccumulationSelector::select(list, AccumulationPolicy::UntilDecision, 12);
    CHECK(windowed.byParty.value("A") == QStringList { "I2", "I3", "I4" });
    CHECK(windowed.byParty.value("B") == QStringList { "I6" });
    CHECK(windowed.outsideWindow == QStringList { "I1" });
    const auto unlimited = AccumulationSelector::select(list, AccumulationPolicy::UntilDecision, 0);
    CHECK(unlimited.byParty.value("A") == QStringList { "I1", "I2", "I3", "I4" });
    CHECK(unlimited.outsideWindow.isEmpty());
}

TEST_CASE("non-occupation matters never accumulate")
{
    QList<PartyIncident> list { { "I1", "A", S::Clue }, { "I2", "A", S::Clue } };
    list[1].occupation = false; // 非粮化
    CHECK(AccumulationSelector::select(list).byParty.value("A") == QStringList { "I1" });
}
