// SPDX-License-Identifier: MIT
#include "case_fixture.h"

#include "core/cases/case_transition_table.h"
#include "core/input_error.h"

#include <QSet>

using namespace fg::core;
using namespace fg::core::test;
using A = CaseAction;
using S = CaseStatus;

namespace {

struct Scenario
{
    const char *name;
    QList<A> path;
    bool major;
    QList<Penalty> penalties;
    QList<QPair<A, S>> allowed; // written out by hand from DOMAIN.md §6, not read from the table
};

const QList<Penalty> kDemolish = { Penalty::Demolish };
const QList<Penalty> kFineOnly = { Penalty::Fine, Penalty::Confiscate };
const QList<A> kToFiled = { A::Verify, A::Stop, A::File };
const QList<A> kToExecuted = { A::Verify, A::Stop, A::File, A::Decide, A::Execute };

QList<Scenario> scenarios()
{
    return {
        { "clue", {}, false, kDemolish, { { A::Verify, S::Verified }, { A::Dismiss, S::Dismissed } } },
        { "verified", { A::Verify }, false, kDemolish, { { A::Stop, S::Stopped } } },
        { "dismissed", { A::Dismiss }, false, kDemolish, {} },
        { "stopped, not major", { A::Verify, A::Stop }, false, kDemolish, { { A::File, S::Filed } } },
        { "stopped, major", { A::Verify, A::Stop }, true, kDemolish, { { A::ReportMajor, S::Reported } } },
        { "reported", { A::Verify, A::Stop, A::ReportMajor }, true, kDemolish, { { A::File, S::Filed } } },
        { "filed", kToFiled, false, kDemolish, { { A::Decide, S::Decided } } },
        { "decided", kToFiled + QList<A> { A::Decide }, false, kDemolish, { { A::Execute, S::Executed } } },
        { "executed, demolition", kToExecuted, false, kDemolish, { { A::AcceptReclamation, S::Reclaimed } } },
        { "executed, fine only", kToExecuted, false, kFineOnly,
            { { A::AcceptReclamation, S::Reclaimed }, { A::Close, S::Closed } } },
        { "reclaimed", kToExecuted + QList<A> { A::AcceptReclamation }, false, kDemolish,
            { { A::Close, S::Closed } } },
        { "closed", kToExecuted + QList<A> { A::AcceptReclamation, A::Close }, false, kDemolish, {} },
    };
}

CaseFile caseFor(const CaseWorkflow &workflow, const Scenario &scenario)
{
    CaseFile file = openCase(at(2025, 3, 3));
    file.setDeclaredMajor(scenario.major);
    if (scenario.major) {
        // A major case closes only with an accountability record; give it one so that the
        // table alone decides here (the closing rule has its own tests).
        file.addAccountability({ QStringLiteral("村支书"), QStringLiteral("诫勉谈话"), QDate(2025, 3, 4), AccountabilityOrgan::DisciplineInspection, QString() });
    }
    drive(workflow, file, scenario.path, scenario.penalties);
    return file;
}

} // namespace

TEST_CASE("every status accepts exactly the actions of the track and refuses all others")
{
    const CaseWorkflow workflow;
    for (const Scenario &scenario : scenarios()) {
        const CaseFile file = caseFor(workflow, scenario);
        QList<A> expectedActions;
        for (const auto &[action, to] : scenario.allowed)
            expectedActions.append(action);
        for (A action : allCaseActions()) {
            INFO("scenario " << scenario.name << ", action " << caseActionCode(action).toStdString());
            CaseFile copy = file;
            const TransitionResult result
                = workflow.apply(copy, makeStep(action, at(2026, 1, 5), scenario.penalties));
            const bool expected = expectedActions.contains(action);
            CHECK(result.accepted == expected);
            if (expected) {
                CHECK(copy.status() == scenario.allowed.at(expectedActions.indexOf(action)).second);
                CHECK(copy.steps().size() == file.steps().size() + 1);
            } else {
                CHECK_FALSE(result.reasons.isEmpty());
                CHECK(copy.steps().size() == file.steps().size());
                CHECK(copy.status() == file.status());
            }
        }
        INFO("scenario " << scenario.name);
        CHECK(workflow.nextActions(file) == expectedActions);
    }
}

TEST_CASE("the table lists no (status, action) pair twice and its actions from a status match its rows")
{
    QSet<QPair<int, int>> pairs;
    for (const CaseTransition &row : CaseTransitionTable::rows()) {
        CHECK_FALSE(pairs.contains({ int(row.from), int(row.action) }));
        pairs.insert({ int(row.from), int(row.action) });
        CHECK(CaseTransitionTable::actionsFrom(row.from).contains(row.action));
    }
    CHECK(CaseTransitionTable::actionsFrom(S::Closed).isEmpty());
    CHECK(CaseTransitionTable::actionsFrom(S::Dismissed).isEmpty());
}

TEST_CASE("a refused transition names its reason")
{
    const CaseWorkflow workflow;
    CaseFile file = openCase(at(2025, 3, 3));
    drive(workflow, file, { A::Verify, A::Stop });

    SECTION("a case that is not major is not reported")
    {
        const auto result = workflow.apply(file, makeStep(A::ReportMajor, at(2025, 3, 10)));
        REQUIRE_FALSE(result.accepted);
        CHECK(result.message().contains(QStringLiteral("only a major case")));
    }
    SECTION("a major case is reported before filing")
    {
        file.setThresholdFlag(ThresholdFlag::Reached);
        const auto result = workflow.apply(file, makeStep(A::File, at(2025, 3, 10)));
        REQUIRE_FALSE(result.accepted);
        CHECK(result.message().contains(QStringLiteral("reported to the county before it is filed")));
    }
    SECTION("skipping ahead is refused with both names")
    {
        const auto result = workflow.apply(file, makeStep(A::Close, at(2025, 3, 10)));
        REQUIRE_FALSE(result.accepted);
        CHECK(result.reasons.first() == QStringLiteral("'Close case' is not allowed from status 'Stopped'"));
    }
}

TEST_CASE("a step without date or actor, dated backwards or with misplaced details is refused")
{
    const CaseWorkflow workflow;
    CaseFile file = openCase(at(2025, 3, 3));
    CaseStep step = makeStep(A::Verify, at(2025, 3, 4));

    SECTION("no date")
    {
        step.when = QDateTime();
    }
    SECTION("no actor")
    {
        step.actor.name = QStringLiteral("  ");
    }
    SECTION("dated before the clue")
    {
        step.when = at(2025, 3, 2);
    }
    SECTION("penalties on a verification")
    {
        step.penalties = { Penalty::Fine };
    }
    SECTION("court enforcement on a verification")
    {
        step.courtEnforced = true;
    }
    SECTION("a second clue")
    {
        step.action = A::RecordClue;
    }

    const auto result = workflow.apply(file, step);
    CHECK_FALSE(result.accepted);
    CHECK(result.reasons.size() == 1);
    CHECK(file.status() == S::Clue);
    CHECK(file.steps().size() == 1);
}

TEST_CASE("a decision must name a penalty")
{
    const CaseWorkflow workflow;
    CaseFile file = openCase(at(2025, 3, 3));
    drive(workflow, file, kToFiled);
    const auto refused = workflow.apply(file, makeStep(A::Decide, at(2025, 3, 20), {}));
    CHECK_FALSE(refused.accepted);
    CHECK(refused.message().contains(QStringLiteral("at least one penalty")));
    CHECK(workflow.apply(file, makeStep(A::Decide, at(2025, 3, 20), { Penalty::Fine })).accepted);
    CHECK(file.hasPenalty(Penalty::Fine));
    CHECK_FALSE(file.hasPenalty(Penalty::Demolish));
}

TEST_CASE("a case opens only with a dated, signed clue")
{
    CaseStep clue = makeStep(A::RecordClue, at(2025, 3, 3));
    CHECK_THROWS_AS(CaseFile(QString(), clue), InputError);
    clue.actor.name.clear();
    CHECK_THROWS_AS(CaseFile(QStringLiteral("C"), clue), InputError);
    clue = makeStep(A::RecordClue, QDateTime());
    CHECK_THROWS_AS(CaseFile(QStringLiteral("C"), clue), InputError);
}

TEST_CASE("a stored history is restored with its recorded deadlines, and a broken one is refused")
{
    const CaseWorkflow workflow;
    CaseFile original = openCase(at(2025, 3, 3));
    drive(workflow, original, { A::Verify, A::Stop });

    CaseFile restored(original.id(), original.steps().first());
    for (qsizetype i = 1; i < original.steps().size(); ++i)
        workflow.restore(restored, original.steps().at(i));
    CHECK(restored.status() == S::Stopped);
    CHECK(restored.steps().last().deadline == original.steps().last().deadline);

    CaseFile broken(original.id(), original.steps().first());
    CHECK_THROWS_AS(
        workflow.restore(broken, original.steps().at(2)), InputError); // stop straight after the clue
}

TEST_CASE("status, action and penalty codes are stable and round-trip, unknown codes are bad input")
{
    CHECK(caseStatusCode(S::Reclaimed) == QStringLiteral("reclaimed"));
    CHECK(caseActionCode(A::AcceptReclamation) == QStringLiteral("accept_reclamation"));
    CHECK(penaltyCode(Penalty::Confiscate) == QStringLiteral("confiscate"));
    CHECK(thresholdFlagCode(ThresholdFlag::NotAssessed) == QStringLiteral("not_assessed"));
    for (S status : allCaseStatuses()) {
        CHECK(caseStatusFromCode(caseStatusCode(status)) == status);
        CHECK_FALSE(caseStatusName(status).isEmpty());
    }
    for (A action : allCaseActions())
        CHECK(caseActionFromCode(caseActionCode(action)) == action);
    for (Penalty penalty : { Penalty::Demolish, Penalty::Confiscate, Penalty::Fine })
        CHECK(penaltyFromCode(penaltyCode(penalty)) == penalty);
    CHECK(allCaseStatuses().size() == 10);
    CHECK_THROWS_AS(caseStatusFromCode(QStringLiteral("archived")), InputError);
    CHECK_THROWS_AS(caseActionFromCode(QStringLiteral("Verify")), InputError);
    CHECK_THROWS_AS(thresholdFlagFromCode(QString()), InputError);
}

TEST_CASE("an action is typed as its code or its name, in any case, and nothing else")
{
    using A = CaseAction;
    for (A action : allCaseActions()) {
        CHECK(caseActionFromText(caseActionCode(action)) == action);
        CHECK(caseActionFromText(caseActionName(action)) == action);
        CHECK(caseActionFromText(QStringLiteral("  %1 ").arg(caseActionName(action).toUpper())) == action);
    }
    CHECK(caseActionFromText(QStringLiteral("File case")) == A::File);
    CHECK_THROWS_AS(caseActionFromText(QStringLiteral("File")), InputError); // neither a code nor a name
    CHECK_THROWS_AS(caseActionFromText(QString()), InputError);
}
