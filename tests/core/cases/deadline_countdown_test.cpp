// SPDX-License-Identifier: MIT
#include "case_fixture.h"

#include "core/cases/deadline_countdown.h"
#include "core/cases/deadline_tracker.h"

using namespace fg::core;
using namespace fg::core::test;
using Kind = DeadlineCountdown::Kind;

namespace {

/// Verified Tuesday 4 March 2025: the stop order is due at the end of Friday 7 March (3 working days).
CaseFile verifiedCase(const CaseWorkflow &workflow)
{
    CaseFile file = openCase(at(2025, 3, 3));
    REQUIRE(workflow.apply(file, makeStep(CaseAction::Verify, at(2025, 3, 4))).accepted);
    return file;
}

} // namespace

TEST_CASE("a case's open deadline counts down in calendar days to the tracker's due date", "[cases][deadline]")
{
    const CaseWorkflow workflow;
    const CaseFile file = verifiedCase(workflow);
    const auto open = firstOpenObligation(workflow.tracker().obligations(file));
    REQUIRE(open);
    CHECK(open->rule.id == QStringLiteral("stop"));
    REQUIRE(open->due.date() == QDate(2025, 3, 7));

    const DeadlineCountdown wednesday = DeadlineCountdown::of(*open, at(2025, 3, 5));
    CHECK(wednesday.kind == Kind::Left);
    CHECK(wednesday.days == 2);
    CHECK(DeadlineCountdown::of(*open, at(2025, 3, 7, 16)).kind == Kind::DueToday);
    // Monday after: overdue since Friday night, three calendar days.
    const DeadlineCountdown monday = DeadlineCountdown::of(*open, at(2025, 3, 10));
    CHECK(monday.kind == Kind::Overdue);
    CHECK(monday.days == 3);
    CHECK(monday.isLate());
    CHECK(monday.text().contains(QStringLiteral("3")));
    CHECK(monday.text() != wednesday.text());
}

TEST_CASE("a met deadline says on time or how late, hours when late by less than a day", "[cases][deadline]")
{
    const CaseWorkflow workflow;
    CaseFile file = verifiedCase(workflow);
    REQUIRE(workflow.apply(file, makeStep(CaseAction::Stop, at(2025, 3, 11))).accepted);
    const QList<Obligation> all = workflow.tracker().obligations(file);
    REQUIRE_FALSE(all.isEmpty());
    const Obligation stop = all.front().rule.id == QStringLiteral("stop") ? all.front() : all.at(1);
    REQUIRE(stop.rule.id == QStringLiteral("stop"));
    const DeadlineCountdown late = DeadlineCountdown::of(stop, at(2025, 4, 1));
    CHECK(late.kind == Kind::MetLate);
    CHECK(late.days == 4); // Friday 7 → Tuesday 11
    CHECK(DeadlineCountdown::of(at(2025, 3, 7), at(2025, 3, 6), at(2025, 4, 1)).kind == Kind::Met);

    const DeadlineCountdown hours = DeadlineCountdown::of(at(2025, 3, 7, 10), {}, at(2025, 3, 7, 13));
    CHECK(hours.kind == Kind::Overdue);
    CHECK(hours.days == 0);
    CHECK(hours.hours == 3);
    // The next deadline after the stop is what a closed-out step list counts down to.
    const auto next = firstOpenObligation(all);
    REQUIRE(next);
    CHECK(next->rule.id != QStringLiteral("stop"));
}
