// SPDX-License-Identifier: MIT
#include "case_fixture.h"

#include "core/cases/deadline_tracker.h"

using namespace fg::core;
using namespace fg::core::test;
using A = CaseAction;
using State = Obligation::State;

namespace {

QDateTime endOf(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(23, 59, 59, 999), Qt::UTC);
}

std::optional<Obligation> byRule(const QList<Obligation> &obligations, const char *id)
{
    for (const Obligation &obligation : obligations) {
        if (obligation.rule.id == QLatin1String(id))
            return obligation;
    }
    return std::nullopt;
}

QStringList ruleIds(const QList<Obligation> &obligations)
{
    QStringList ids;
    for (const Obligation &obligation : obligations)
        ids.append(obligation.caseId + QLatin1Char('/') + obligation.rule.id);
    return ids;
}

/// Opened Monday 3 March 2025 09:00, verified Tuesday 4 March 09:00.
CaseFile verifiedCase(const CaseWorkflow &workflow, const QString &id = QStringLiteral("C-001"))
{
    CaseFile file = openCase(at(2025, 3, 3), id);
    REQUIRE(workflow.apply(file, makeStep(A::Verify, at(2025, 3, 4))).accepted);
    return file;
}

} // namespace

TEST_CASE("a stop not issued within 3 working days of verification is overdue from the 4th")
{
    const CaseWorkflow workflow;
    const CaseFile file = verifiedCase(workflow);
    const DeadlineTracker &tracker = workflow.tracker();

    // Tuesday 4 March + 3 working days: Wed 5, Thu 6, Fri 7.
    const auto stop = byRule(tracker.obligations(file), "stop");
    REQUIRE(stop);
    CHECK(stop->due == endOf(2025, 3, 7));
    CHECK(stop->stateAt(at(2025, 3, 7, 18)) == State::Pending);
    CHECK(stop->stateAt(at(2025, 3, 10, 8)) == State::Overdue);
    CHECK(stop->description() == QStringLiteral("Issue stop order"));

    CHECK(tracker.overdue(file, at(2025, 3, 7, 18)).isEmpty());
    CHECK(ruleIds(tracker.overdue(file, at(2025, 3, 10, 8))) == QStringList { QStringLiteral("C-001/stop") });
}

TEST_CASE("the verification was on time: its obligation is met, and the step carries its deadline")
{
    const CaseWorkflow workflow;
    const CaseFile file = verifiedCase(workflow);
    // Clue Monday 3 March + 2 working days → end of Wednesday 5 March; verified on the 4th.
    const auto verify = byRule(workflow.tracker().obligations(file), "verify_clue");
    REQUIRE(verify);
    CHECK(verify->due == endOf(2025, 3, 5));
    CHECK(verify->metAt == at(2025, 3, 4));
    CHECK(verify->stateAt(at(2026, 1, 1)) == State::Met);
    CHECK(file.steps().last().deadline == endOf(2025, 3, 5));
}

TEST_CASE("a step taken late stays on the overdue list as met late")
{
    const CaseWorkflow workflow;
    CaseFile file = verifiedCase(workflow);
    REQUIRE(workflow.apply(file, makeStep(A::Stop, at(2025, 3, 11))).accepted);
    CHECK(file.steps().last().deadline == endOf(2025, 3, 7));

    const auto late = workflow.tracker().overdue(file, at(2025, 3, 12));
    REQUIRE(ruleIds(late) == QStringList { QStringLiteral("C-001/stop") });
    CHECK(late.first().stateAt(at(2025, 3, 12)) == State::MetLate);
    CHECK(late.first().metAt == at(2025, 3, 11));
}

TEST_CASE("a suspected crime must be referred to public security within 24 hours")
{
    const CaseWorkflow workflow;
    CaseFile file = verifiedCase(workflow);
    file.setCrimeSuspectedAt(at(2025, 3, 4, 10));
    const DeadlineTracker &tracker = workflow.tracker();

    CHECK(ruleIds(tracker.overdue(file, at(2025, 3, 5, 9))).isEmpty());
    CHECK(ruleIds(tracker.overdue(file, at(2025, 3, 5, 11)))
        == QStringList { QStringLiteral("C-001/crime_referral") });
    const auto referral = byRule(tracker.obligations(file), "crime_referral");
    REQUIRE(referral);
    CHECK(referral->due == at(2025, 3, 5, 10));
    CHECK(referral->description() == QStringLiteral("Transfer to County Public Security Bureau"));

    CaseTransfer transfer;
    transfer.id = QStringLiteral("T1");
    transfer.department = Department::PublicSecurity;
    transfer.sentAt = at(2025, 3, 5, 9, 30);
    transfer.sentBy = officer();
    file.addTransfer(transfer);
    CHECK(byRule(tracker.obligations(file), "crime_referral")->stateAt(at(2025, 3, 6)) == State::Met);
    CHECK(tracker.overdue(file, at(2025, 3, 6, 12)).isEmpty());
}

TEST_CASE("major cases owe a report to the county, other cases do not")
{
    const CaseWorkflow workflow;
    CaseFile file = verifiedCase(workflow);
    REQUIRE(workflow.apply(file, makeStep(A::Stop, at(2025, 3, 5))).accepted);
    CHECK_FALSE(byRule(workflow.tracker().obligations(file), "report_major"));
    CHECK(byRule(workflow.tracker().obligations(file), "file"));

    file.setThresholdFlag(ThresholdFlag::Reached);
    const auto report = byRule(workflow.tracker().obligations(file), "report_major");
    REQUIRE(report);
    // Wednesday 5 March + 5 working days: Thu 6, Fri 7, Mon 10, Tue 11, Wed 12.
    CHECK(report->due == endOf(2025, 3, 12));
    CHECK_FALSE(byRule(workflow.tracker().obligations(file), "file"));
}

TEST_CASE("an obligation voided by another road is not listed")
{
    const DeadlineRules rules = DeadlineRules::fromJson(
        R"({"rules": [{ "id": "verify_only", "after": "clue", "do": ["verify"], "within": 1, "unit": "working_days" }]})",
        QStringLiteral("rules.json"));
    const CaseWorkflow workflow(rules);
    CaseFile file = openCase(at(2025, 3, 3));
    CHECK(workflow.tracker().obligations(file).size() == 1);
    REQUIRE(workflow.apply(file, makeStep(A::Dismiss, at(2025, 3, 20))).accepted);
    CHECK(workflow.tracker().obligations(file).isEmpty());
    CHECK(file.steps().last().deadline.isNull());
}

TEST_CASE("the overdue list over many cases hides nothing and is ordered by due time")
{
    const CaseWorkflow workflow;
    const CaseFile first = verifiedCase(workflow, QStringLiteral("A")); // stop due 7 March
    CaseFile second = openCase(at(2025, 2, 3), QStringLiteral("B")); // verify due 5 Feb
    CaseFile third = openCase(at(2025, 3, 10), QStringLiteral("C")); // verify due 12 March
    CaseFile closed = openCase(at(2025, 1, 6), QStringLiteral("D"));
    drive(workflow, closed,
        { A::Verify, A::Stop, A::File, A::Decide, A::Execute, A::AcceptReclamation, A::Close });
    // D moved one day a step from Monday 6 Jan: verified on the 7th (due the 8th), stopped on the
    // 8th (due Friday 10th), and so on, all on time: a closed case appears only if it was late.
    const QDateTime now = at(2025, 3, 11);
    const auto overdue = workflow.tracker().overdue({ first, second, third, closed }, now);
    CHECK(ruleIds(overdue) == QStringList { QStringLiteral("B/verify_clue"), QStringLiteral("A/stop") });
}
