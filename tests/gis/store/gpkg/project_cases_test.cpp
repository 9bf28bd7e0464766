// SPDX-License-Identifier: MIT
#include "store_fixture.h"

#include "core/cases/accumulation_selector.h"
#include "core/input_error.h"

#include <catch2/catch.hpp>

using namespace fg;
using namespace fg::gis;
using fg::gis::test::SampleProjectFixture;
using A = core::CaseAction;

namespace {

core::CaseStep step(A action, const QDateTime &when, QList<core::Penalty> penalties = {})
{
    core::CaseStep s;
    s.action = action;
    s.when = when;
    s.actor = { QStringLiteral("李建国"), QStringLiteral("乡镇国土所") };
    s.penalties = std::move(penalties);
    return s;
}

/// Applies steps one day apart after the clue; each must be accepted.
void walk(ProjectStore &store, const QString &id, const QList<A> &actions, const QList<core::Penalty> &penalties = {})
{
    const core::CaseWorkflow workflow;
    QDateTime when = store.caseFile(id)->steps().last().when;
    for (A action : actions) {
        when = when.addDays(1);
        const auto result = store.advanceCase(id, step(action, when, action == A::Decide ? penalties : QList<core::Penalty> {}), workflow, kAnyRevision);
        INFO(result.message().toStdString());
        REQUIRE(result.accepted);
    }
}

} // namespace

TEST_CASE("Import opens a case per incident with the verdict of its analysis", "[project][cases]")
{
    SampleProjectFixture fixture;
    ProjectStore &store = *fixture.store;
    const auto cases = store.cases();
    REQUIRE(cases.size() == 39);
    // README designed cases: 002 reaches 5.00 mu basic farmland, 001 stays at 4.99.
    CHECK(store.caseFile(QStringLiteral("PS2024-002"))->thresholdFlag() == core::ThresholdFlag::Reached);
    CHECK(store.caseFile(QStringLiteral("PS2024-001"))->thresholdFlag() == core::ThresholdFlag::Below);
    // 007 alone is 3 mu; with 008 the party 冯金锁 has 6 mu: the case is flagged through accumulation.
    CHECK(store.caseFile(QStringLiteral("PS2024-007"))->thresholdFlag() == core::ThresholdFlag::Reached);
    const auto incidents = store.incidents();
    const auto it = std::find_if(incidents.begin(), incidents.end(), [](const IncidentRecord &r) { return r.id == QLatin1String("PS2024-002"); });
    REQUIRE(it != incidents.end());
    CHECK(it->measures.basicFarmlandMu == Approx(5.00));
    CHECK(it->party == QStringLiteral("段俊峰"));
    CHECK(it->township == QStringLiteral("石城镇"));
    CHECK_FALSE(it->village.isEmpty()); // filled from the village boundaries
    CHECK(it->source != IncidentSource::Other);
}

TEST_CASE("Steps go through the workflow, a refused step writes nothing", "[project][cases]")
{
    SampleProjectFixture fixture;
    ProjectStore &store = *fixture.store;
    const QString id = QStringLiteral("PS2024-001");
    const core::CaseWorkflow workflow;
    const qsizetype eventsBefore = store.events().size();
    const QDateTime clue = store.caseFile(id)->steps().first().when;

    // Forbidden: filing straight from a clue.
    const auto refused = store.advanceCase(id, step(A::File, clue.addDays(1)), workflow, kAnyRevision);
    CHECK_FALSE(refused.accepted);
    CHECK_FALSE(refused.reasons.isEmpty());
    CHECK(store.caseFile(id)->status() == core::CaseStatus::Clue);
    CHECK(store.events().size() == eventsBefore);

    walk(store, id, { A::Verify, A::Stop, A::File });
    const auto reopened = fg::gis::test::openProject(fixture.path)->caseFile(id);
    REQUIRE(reopened);
    CHECK(reopened->status() == core::CaseStatus::Filed);
    CHECK(reopened->steps().size() == 4);
    // The stop step carries the deadline the rules gave it (3 working days after verification).
    CHECK(reopened->steps().at(2).deadline.isValid());
    CHECK(store.events().size() == eventsBefore + 3);
    CHECK(store.events().last().action == QLatin1String("file"));
}

TEST_CASE("A threshold case closes only with an accountability record, through the store", "[project][cases]")
{
    SampleProjectFixture fixture;
    ProjectStore &store = *fixture.store;
    const QString id = QStringLiteral("PS2024-002");
    walk(store, id, { A::Verify, A::Stop, A::ReportMajor, A::File, A::Decide, A::Execute },
        { core::Penalty::Confiscate, core::Penalty::Fine });
    const core::CaseWorkflow workflow;
    const QDateTime later = store.caseFile(id)->steps().last().when.addDays(1);
    const auto refused = store.advanceCase(id, step(A::Close, later), workflow, kAnyRevision);
    CHECK_FALSE(refused.accepted);
    CHECK(refused.message().contains(QStringLiteral("accountability")));
    CHECK(store.caseFile(id)->status() == core::CaseStatus::Executed);

    store.addAccountability(id, { QStringLiteral("石城镇分管副镇长"), QStringLiteral("诫勉谈话"), later.date(), core::AccountabilityOrgan::DisciplineInspection, QString() }, kAnyRevision);
    const auto closed = store.advanceCase(id, step(A::Close, later), workflow, kAnyRevision);
    INFO(closed.message().toStdString());
    CHECK(closed.accepted);
    CHECK(store.caseFile(id)->status() == core::CaseStatus::Closed);
    CHECK(store.caseFile(id)->accountability().size() == 1);
}

TEST_CASE("Transfers and replies are stored beside the case and a second reply is refused", "[project][cases]")
{
    SampleProjectFixture fixture;
    ProjectStore &store = *fixture.store;
    const QString id = QStringLiteral("PS2024-003");
    const QDateTime sent = store.caseFile(id)->steps().first().when.addSecs(3600);
    store.addTransfer(id, { QStringLiteral("T1"), core::Department::PublicSecurity, sent,
                              { QStringLiteral("李建国"), QStringLiteral("所长") }, QStringLiteral("涉嫌犯罪"), {}, {}, {} },
        kAnyRevision);
    store.recordTransferReply(id, QStringLiteral("T1"), QStringLiteral("已立案侦查"), sent.addDays(2));
    const auto file = store.caseFile(id);
    REQUIRE(file->transfers().size() == 1);
    CHECK(file->transfers().first().reply == QStringLiteral("已立案侦查"));
    CHECK(file->transfers().first().repliedAt == sent.addDays(2));
    CHECK_THROWS_AS(store.recordTransferReply(id, QStringLiteral("T1"), QStringLiteral("改"), sent.addDays(3)), core::InputError);
    CHECK(store.caseFile(id)->transfers().first().reply == QStringLiteral("已立案侦查"));
    CHECK(store.events().last().entity == QLatin1String("transfer"));
}

TEST_CASE("Accumulation follows case status read from the store", "[project][cases]")
{
    SampleProjectFixture fixture;
    ProjectStore &store = *fixture.store;
    // 冯金锁's two incidents accumulate while neither is decided.
    auto selection = core::AccumulationSelector::select(store.partyIncidents());
    CHECK(selection.byParty.value(QStringLiteral("冯金锁")) == QStringList { QStringLiteral("PS2024-007"), QStringLiteral("PS2024-008") });
    // Once 007 is decided, it has been dealt with and no longer counts (default policy).
    walk(store, QStringLiteral("PS2024-007"), { A::Verify, A::Stop, A::ReportMajor, A::File, A::Decide }, { core::Penalty::Fine });
    selection = core::AccumulationSelector::select(store.partyIncidents());
    CHECK(selection.byParty.value(QStringLiteral("冯金锁")) == QStringList { QStringLiteral("PS2024-008") });
    // A dismissed clue never counts.
    walk(store, QStringLiteral("PS2024-008"), { A::Dismiss });
    selection = core::AccumulationSelector::select(store.partyIncidents());
    CHECK_FALSE(selection.byParty.contains(QStringLiteral("冯金锁")));
}

TEST_CASE("Nothing is deleted: incidents, cases and steps refuse DELETE", "[project][cases]")
{
    SampleProjectFixture fixture;
    fixture.store.reset();
    using fg::gis::test::exec;
    CHECK_THROWS_AS(exec(fixture.path, QStringLiteral("DELETE FROM incidents WHERE incident_id = 'PS2024-001'")), core::InputError);
    CHECK_THROWS_AS(exec(fixture.path, QStringLiteral("DELETE FROM cases")), core::InputError);
    CHECK_THROWS_AS(exec(fixture.path, QStringLiteral("DELETE FROM case_events")), core::InputError);
    CHECK_THROWS_AS(exec(fixture.path, QStringLiteral("UPDATE event_log SET who = 'x'")), core::InputError);
}
