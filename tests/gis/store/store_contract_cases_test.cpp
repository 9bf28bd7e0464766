// SPDX-License-Identifier: MIT
// Store contract: cases, steps through the workflow, facts, transfers and accountability.
#include "contract_fixture.h"
#include "core/cases/case_workflow.h"
#include "core/store_errors.h"
#include "gis/usecases/case_json.h"

#include <QJsonObject>

using namespace fg;
using namespace fg::test::contract;

namespace {

const QString kCase = QStringLiteral("C-1");

core::CaseFile requireCase(const gis::ProjectStore &store, const QString &id = kCase)
{
    std::optional<core::CaseFile> file = store.caseFile(id);
    REQUIRE(file);
    return *file;
}

} // namespace

STORE_CONTRACT("openCase needs its incidents stored, a taken case id is refused")
{
    const auto store = newProject(backend);
    addIncidentWithCase(*store);
    const qsizetype before = eventCount(*store);
    CHECK_THROWS_AS(
        store->openCase(clueCase(QStringLiteral("C-2"), { QStringLiteral("I-9") })), core::InputError);
    CHECK_THROWS_AS(store->openCase(clueCase(kCase, { QStringLiteral("I-1") })), core::InputError);
    CHECK(eventCount(*store) == before);
    store->openCase(clueCase(QStringLiteral("C-2"), { QStringLiteral("I-1") }));
    CHECK(eventCount(*store) == before + 1);
    const QList<core::CaseFile> all = store->cases(); // in the order they were opened
    REQUIRE(all.size() == 2);
    CHECK(all[0].id() == kCase);
    CHECK(all[1].id() == QStringLiteral("C-2"));
    CHECK(all[1].steps().size() == 1);
    CHECK(all[1].partyId() == QStringLiteral("张三"));
    CHECK(all[1].violationType() == core::ViolationType::RuralHousing);
    CHECK_FALSE(store->caseFile(QStringLiteral("C-9")));
}

STORE_CONTRACT(
    "a refused step changes nothing and logs nothing, an accepted one is one event and a new revision")
{
    const auto store = newProject(backend);
    addIncidentWithCase(*store);
    const core::CaseWorkflow workflow;
    const core::CaseFile before = requireCase(*store);
    const qsizetype events = eventCount(*store);
    const auto head = store->logHead();
    // A stop order needs a verified case: the workflow refuses it from a clue.
    const core::TransitionResult refused
        = store->advanceCase(kCase, step(core::CaseAction::Stop, at(2)), workflow, before.revision());
    CHECK_FALSE(refused.accepted);
    CHECK(refused.reasons == workflow.check(before, step(core::CaseAction::Stop, at(2))).reasons);
    const core::CaseFile unchanged = requireCase(*store);
    CHECK(unchanged.status() == core::CaseStatus::Clue);
    CHECK(unchanged.steps().size() == 1);
    CHECK(unchanged.revision() == before.revision());
    CHECK(eventCount(*store) == events);
    CHECK(store->logHead()->hash == head->hash);

    const core::TransitionResult accepted
        = store->advanceCase(kCase, step(core::CaseAction::Verify, at(2)), workflow, before.revision());
    CHECK(accepted.accepted);
    const core::CaseFile verified = requireCase(*store);
    CHECK(verified.status() == core::CaseStatus::Verified);
    REQUIRE(verified.steps().size() == 2);
    CHECK(verified.steps()[1].from == core::CaseStatus::Clue);
    CHECK(verified.steps()[1].when == at(2));
    CHECK(verified.revision() == before.revision() + 1);
    REQUIRE(eventCount(*store) == events + 1);
    const core::AuditEvent event = store->events().last();
    CHECK(event.entity == QStringLiteral("case"));
    CHECK(event.entityId == kCase);
    CHECK(event.action == core::caseActionCode(core::CaseAction::Verify));
    CHECK(store->verifyLog().intact());
}

STORE_CONTRACT("advanceCase refuses an unknown case, and a stale revision before asking the workflow")
{
    const auto store = newProject(backend);
    addIncidentWithCase(*store);
    const core::CaseWorkflow workflow;
    CHECK_THROWS_AS(store->advanceCase(QStringLiteral("C-9"), step(core::CaseAction::Verify, at(2)), workflow,
                        gis::kAnyRevision),
        core::InputError);
    const auto other = backend.openAgain(*store, townshipOfficer());
    other->advanceCase(kCase, step(core::CaseAction::Verify, at(2)), workflow, 1);
    const qsizetype events = eventCount(*store);
    // Revision 1 is stale now, even for a step the workflow would refuse anyway.
    CHECK_THROWS_AS(
        store->advanceCase(kCase, step(core::CaseAction::Close, at(3)), workflow, 1), core::ConflictError);
    CHECK_THROWS_AS(
        store->advanceCase(kCase, step(core::CaseAction::Stop, at(3)), workflow, 1), core::ConflictError);
    CHECK(eventCount(*store) == events);
    CHECK(requireCase(*store).steps().size() == 2);
}

STORE_CONTRACT(
    "setCaseFacts records the facts with one event of old and new, and a stale revision names the winner")
{
    const auto store = newProject(backend);
    addIncidentWithCase(*store);
    const qsizetype events = eventCount(*store);
    gis::CaseFacts facts;
    facts.thresholdFlag = core::ThresholdFlag::Reached;
    facts.declaredMajor = true;
    facts.crimeSuspectedAt = at(3, 15);
    store->setCaseFacts(kCase, facts, 1);
    const core::CaseFile file = requireCase(*store);
    CHECK(file.thresholdFlag() == core::ThresholdFlag::Reached);
    CHECK(file.declaredMajor());
    CHECK(file.crimeSuspectedAt() == at(3, 15));
    CHECK_FALSE(file.misconductSuspectedAt().isValid());
    CHECK(file.revision() == 2);
    REQUIRE(eventCount(*store) == events + 1);
    const core::AuditEvent event = store->events().last();
    CHECK(event.action == QStringLiteral("facts"));
    CHECK(event.oldValue.toObject().value(QStringLiteral("threshold")).toString()
        == QStringLiteral("not_assessed"));
    CHECK(
        event.newValue.toObject().value(QStringLiteral("threshold")).toString() == QStringLiteral("reached"));

    const auto other = backend.openAgain(*store, townshipOfficer());
    gis::CaseFacts unassessed;
    unassessed.reason = QStringLiteral("measured on the wrong layer: to be measured again");
    other->setCaseFacts(kCase, unassessed, file.revision());
    const core::CaseFile winner = requireCase(*store);
    try {
        store->setCaseFacts(kCase, facts, file.revision());
        FAIL("a stale revision was written");
    } catch (const core::ConflictError &conflict) {
        CHECK(conflict.changedBy() == townshipOfficer().name);
        CHECK(conflict.changedAt() == winner.changedAt());
    }
    CHECK(requireCase(*store).thresholdFlag() == core::ThresholdFlag::NotAssessed);
    CHECK(eventCount(*store) == events + 2);
}

STORE_CONTRACT(
    "a transfer is sent once per id and replied to once, both are changes of the case (a new revision)")
{
    const auto store = newProject(backend);
    addIncidentWithCase(*store);
    const qsizetype events = eventCount(*store);
    store->addTransfer(kCase, transfer(QStringLiteral("T1"), core::Department::PublicSecurity, at(3)), 1);
    CHECK(eventCount(*store) == events + 1);
    CHECK(store->events().last().entityId == kCase + QStringLiteral("/T1"));
    CHECK(store->events().last().action == QStringLiteral("send"));
    const core::CaseFile sent = requireCase(*store);
    REQUIRE(sent.transfers().size() == 1);
    CHECK(sent.transfers()[0].department == core::Department::PublicSecurity);
    CHECK_FALSE(sent.transfers()[0].replied());
    CHECK(sent.revision() == 2);
    CHECK(sent.hasTransferTo(core::Department::PublicSecurity));
    // The same id again, or no sender: refused, nothing logged.
    CHECK_THROWS_AS(
        store->addTransfer(kCase, transfer(QStringLiteral("T1"), core::Department::Court, at(3)), 2),
        core::InputError);
    core::CaseTransfer anonymous = transfer(QStringLiteral("T2"), core::Department::Court, at(3));
    anonymous.sentBy = {};
    CHECK_THROWS_AS(store->addTransfer(kCase, anonymous, 2), core::InputError);
    CHECK(eventCount(*store) == events + 1);

    store->recordTransferReply(kCase, QStringLiteral("T1"), QStringLiteral("已立案侦查"), at(6));
    CHECK(eventCount(*store) == events + 2);
    CHECK(store->events().last().action == QStringLiteral("reply"));
    const core::CaseFile replied = requireCase(*store);
    CHECK(replied.transfers()[0].replied());
    CHECK(replied.transfers()[0].reply == QStringLiteral("已立案侦查"));
    CHECK(replied.transfers()[0].repliedAt == at(6));
    CHECK(replied.revision() == sent.revision() + 1); // an analyst's older reading must reload
    // A second reply is a correction, never an overwrite; unknown transfers and cases are errors.
    CHECK_THROWS_AS(store->recordTransferReply(kCase, QStringLiteral("T1"), QStringLiteral("撤案"), at(7)),
        core::InputError);
    CHECK_THROWS_AS(store->recordTransferReply(kCase, QStringLiteral("T9"), QStringLiteral("x"), at(7)),
        core::InputError);
    CHECK_THROWS_AS(
        store->recordTransferReply(QStringLiteral("C-9"), QStringLiteral("T1"), QStringLiteral("x"), at(7)),
        core::InputError);
    CHECK(eventCount(*store) == events + 2);
    CHECK(requireCase(*store).transfers()[0].reply == QStringLiteral("已立案侦查"));
    // Transfers are listed in the order they were sent, not by id.
    store->addTransfer(kCase, transfer(QStringLiteral("T0"), core::Department::DisciplineInspection, at(8)),
        gis::kAnyRevision);
    const core::CaseFile both = requireCase(*store);
    REQUIRE(both.transfers().size() == 2);
    CHECK(both.transfers()[0].id == QStringLiteral("T1"));
    CHECK(both.transfers()[1].id == QStringLiteral("T0"));
}

STORE_CONTRACT("accountability records are kept in order, an incomplete one is refused")
{
    const auto store = newProject(backend);
    addIncidentWithCase(*store);
    const qsizetype events = eventCount(*store);
    store->addAccountability(
        kCase, { QStringLiteral("赵某"), QStringLiteral("警告处分"), QDate(2024, 6, 1), core::AccountabilityOrgan::DisciplineInspection, QString() }, 1);
    store->addAccountability(
        kCase, { QStringLiteral("钱某"), QStringLiteral("诫勉谈话"), QDate(2024, 6, 2), core::AccountabilityOrgan::DisciplineInspection, QString() }, 2);
    CHECK_THROWS_AS(
        store->addAccountability(kCase, { QStringLiteral("孙某"), QString(), QDate(2024, 6, 3), core::AccountabilityOrgan::DisciplineInspection, QString() }, 3),
        core::InputError);
    CHECK(eventCount(*store) == events + 2);
    const core::CaseFile file = requireCase(*store);
    REQUIRE(file.accountability().size() == 2);
    CHECK(file.accountability()[0].who == QStringLiteral("赵某"));
    CHECK(file.accountability()[1].decision == QStringLiteral("诫勉谈话"));
    CHECK(file.accountability()[1].date == QDate(2024, 6, 2));
    CHECK(file.revision() == 3);
    CHECK(store->events().last().action == QStringLiteral("accountability"));
}

STORE_CONTRACT("cases() reads every case as caseFile() does: each its own steps, incidents, transfers in the order "
               "sent and accountability, though the rows of the cases were written interleaved")
{
    const auto store = newProject(backend);
    addIncidentWithCase(*store); // I-1 in C-1
    REQUIRE(store->addIncident(incident(QStringLiteral("I-2"), 200, 0, 300, 100), std::nullopt) > 0);
    REQUIRE(store->addIncident(incident(QStringLiteral("I-3"), 400, 0, 500, 100), std::nullopt) > 0);
    const QString other = QStringLiteral("C-2");
    store->openCase(clueCase(other, { QStringLiteral("I-3"), QStringLiteral("I-2") }));
    const core::CaseWorkflow workflow;
    REQUIRE(store->advanceCase(other, step(core::CaseAction::Verify, at(2)), workflow, gis::kAnyRevision).accepted);
    // Each table gets the two cases' rows in turn, so rows of one case are never together.
    store->addTransfer(other, transfer(QStringLiteral("T9"), core::Department::PublicSecurity, at(3)), gis::kAnyRevision);
    store->addTransfer(kCase, transfer(QStringLiteral("T5"), core::Department::Court, at(4)), gis::kAnyRevision);
    store->addTransfer(other, transfer(QStringLiteral("T1"), core::Department::DisciplineInspection, at(5)),
        gis::kAnyRevision);
    store->recordTransferReply(other, QStringLiteral("T9"), QStringLiteral("已立案侦查"), at(6));
    const auto record = [](const char *who, int day) {
        return core::AccountabilityRecord { QString::fromUtf8(who), QStringLiteral("警告处分"), QDate(2024, 6, day),
            core::AccountabilityOrgan::DisciplineInspection, QString() };
    };
    store->addAccountability(other, record("赵某", 1), gis::kAnyRevision);
    store->addAccountability(kCase, record("钱某", 2), gis::kAnyRevision);
    store->addAccountability(other, record("孙某", 3), gis::kAnyRevision);

    const QList<core::CaseFile> all = store->cases();
    REQUIRE(all.size() == 2);
    for (const core::CaseFile &file : all) {
        INFO(file.id().toStdString());
        CHECK(gis::CaseJson::caseFile(file) == gis::CaseJson::caseFile(requireCase(*store, file.id())));
    }
    const core::CaseFile &first = all[0];
    const core::CaseFile &second = all[1];
    CHECK(first.id() == kCase);
    CHECK(first.steps().size() == 1);
    CHECK(first.incidentIds() == QStringList { QStringLiteral("I-1") });
    REQUIRE(first.transfers().size() == 1);
    CHECK(first.transfers()[0].id == QStringLiteral("T5"));
    REQUIRE(first.accountability().size() == 1);
    CHECK(first.accountability()[0].who == QStringLiteral("钱某"));

    CHECK(second.id() == other);
    CHECK(second.status() == core::CaseStatus::Verified);
    CHECK(second.incidentIds() == (QStringList { QStringLiteral("I-2"), QStringLiteral("I-3") })); // by incident
    REQUIRE(second.transfers().size() == 2);
    CHECK(second.transfers()[0].id == QStringLiteral("T9")); // as sent, not by id
    CHECK(second.transfers()[0].reply == QStringLiteral("已立案侦查"));
    CHECK(second.transfers()[1].id == QStringLiteral("T1"));
    CHECK_FALSE(second.transfers()[1].replied());
    REQUIRE(second.accountability().size() == 2);
    CHECK(second.accountability()[0].who == QStringLiteral("赵某"));
    CHECK(second.accountability()[1].who == QStringLiteral("孙某"));
}
