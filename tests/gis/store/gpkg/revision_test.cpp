// SPDX-License-Identifier: MIT
#include "store_fixture.h"

#include "core/cases/case_workflow.h"
#include "core/store_errors.h"

#include <catch2/catch.hpp>

using namespace fg;
using namespace fg::gis;
using fg::gis::test::openProject;
using fg::gis::test::SampleProjectFixture;

namespace {

const OperatorIdentity kFirst { QStringLiteral("张一"), QStringLiteral("乡镇国土所") };
const OperatorIdentity kSecond { QStringLiteral("李二"), QStringLiteral("县局执法队") };

core::CaseStep verify(const core::CaseFile &file)
{
    core::CaseStep step;
    step.action = core::CaseAction::Verify;
    step.when = file.steps().last().when.addDays(1);
    step.actor = { kFirst.name, kFirst.role };
    return step;
}

IncidentRecord incident(const ProjectStore &store, const QString &id)
{
    for (IncidentRecord &r : store.incidents(true))
        if (r.id == id)
            return std::move(r);
    FAIL("no incident " << id.toStdString());
    return {};
}

} // namespace

TEST_CASE("Two stores on one project: the stale edit gets ConflictError naming the first operator, nothing overwritten",
    "[store][revision]")
{
    SampleProjectFixture fixture;
    fixture.store.reset();
    const auto first = openProject(fixture.path, kFirst);
    const auto second = openProject(fixture.path, kSecond);
    const QString id = QStringLiteral("PS2024-003");
    const core::CaseFile seenByFirst = *first->caseFile(id);
    const core::CaseFile seenBySecond = *second->caseFile(id);
    REQUIRE(seenByFirst.revision() == seenBySecond.revision());
    const core::CaseWorkflow workflow;

    const auto accepted = first->advanceCase(id, verify(seenByFirst), workflow, seenByFirst.revision());
    REQUIRE(accepted.accepted);
    const core::CaseFile afterFirst = *second->caseFile(id);
    CHECK(afterFirst.revision() == seenByFirst.revision() + 1);
    CHECK(afterFirst.changedBy() == kFirst.name);
    CHECK(afterFirst.changedAt().isValid());
    const qint64 events = second->events().size();

    CaseFacts facts;
    facts.thresholdFlag = core::ThresholdFlag::Reached;
    facts.declaredMajor = true;
    try {
        second->setCaseFacts(id, facts, seenBySecond.revision());
        FAIL("a stale edit was written");
    } catch (const core::ConflictError &conflict) {
        CHECK(conflict.changedBy() == kFirst.name);
        CHECK(conflict.changedAt() == afterFirst.changedAt());
        CHECK(conflict.feature() == id);
        CHECK(conflict.message().contains(kFirst.name));
    }
    CHECK_THROWS_AS(second->advanceCase(id, verify(seenBySecond), workflow, seenBySecond.revision()), core::ConflictError);
    // Nothing of the second's was written: the case is as the first left it, the log unchanged.
    const core::CaseFile now = *first->caseFile(id);
    CHECK(now.revision() == afterFirst.revision());
    CHECK(now.steps().size() == afterFirst.steps().size());
    CHECK_FALSE(now.declaredMajor());
    CHECK(first->events().size() == events);
    CHECK(first->verifyLog().intact());

    // Based on what it reads now, the second's edit goes through; kAnyRevision skips the check.
    second->setCaseFacts(id, facts, now.revision());
    CHECK(first->caseFile(id)->revision() == now.revision() + 1);
    CHECK(first->caseFile(id)->changedBy() == kSecond.name);
    first->addAccountability(id, { QStringLiteral("某副镇长"), QStringLiteral("诫勉谈话"), QDate(2024, 6, 1), core::AccountabilityOrgan::Organization, QString() }, kAnyRevision);
    CHECK(second->caseFile(id)->revision() == now.revision() + 2);
}

TEST_CASE("A reshaped incident bumps its revision, a stale reshape is refused and changes nothing", "[store][revision]")
{
    SampleProjectFixture fixture;
    fixture.store.reset();
    const auto first = openProject(fixture.path, kFirst);
    const auto second = openProject(fixture.path, kSecond);
    const QString id = QStringLiteral("PS2024-001");
    const IncidentRecord seen = incident(*second, id);
    CHECK(seen.revision == 1);

    IncidentRecord moved;
    moved.id = id;
    moved.township = seen.township;
    moved.village = seen.village;
    moved.measures = seen.measures;
    moved.geometry = fromWkt(QStringLiteral("MULTIPOLYGON(((450000 4000000,450050 4000000,450050 4000050,450000 4000000)))"));
    first->updateIncidentGeometry(moved, seen.revision);
    const IncidentRecord after = incident(*second, id);
    CHECK(after.revision == 2);
    CHECK(after.changedBy == kFirst.name);

    IncidentRecord stale;
    stale.id = id;
    stale.geometry = cloneGeometry(seen.geometry.get());
    CHECK_THROWS_AS(second->updateIncidentGeometry(stale, seen.revision), core::ConflictError);
    CHECK(toWkt(incident(*first, id).geometry.get()) == toWkt(after.geometry.get()));
    CHECK(incident(*first, id).revision == 2);
}

TEST_CASE("logHead advances with every edit and names the last event", "[store][revision]")
{
    SampleProjectFixture fixture(false);
    ProjectStore &store = *fixture.store;
    const auto before = store.logHead();
    REQUIRE(before.has_value());
    CHECK(before->seq == store.events().last().seq);
    store.setSetting(QStringLiteral("note"), QStringLiteral("一"));
    const auto one = store.logHead();
    REQUIRE(one.has_value());
    CHECK(one->seq == before->seq + 1);
    CHECK(one->hash == store.events().last().hash);
    store.addAttachment(QStringLiteral("a.txt"), QStringLiteral("text/plain"), "a");
    CHECK(store.logHead()->seq == before->seq + 2);
    // Storing the same bytes again changes nothing, so the head stays.
    store.addAttachment(QStringLiteral("a.txt"), QStringLiteral("text/plain"), "a");
    CHECK(store.logHead()->seq == before->seq + 2);
    // Another store on the file sees the same head.
    CHECK(fg::gis::test::openProject(fixture.path, kSecond, OpenMode::ReadOnly)->logHead()->hash == store.logHead()->hash);
}
