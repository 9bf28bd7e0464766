// SPDX-License-Identifier: MIT
// Store contract (issue 12): the records that carry a case to its end — accountability with its
// organ and document number, the date of a major-case declaration, the joint reclamation
// acceptor — and the store's guard on the threshold flag (core::FlagCheck).
#include "contract_fixture.h"
#include "core/cases/case_workflow.h"
#include "core/store_errors.h"

#include <QJsonObject>

using namespace fg;
using namespace fg::test::contract;

namespace {

const QString kCase = QStringLiteral("C-1");

/// I-1 over 5.01 mu of basic farmland (its own figures reach the threshold) with case C-1, flagged reached.
void addReachingCase(gis::ProjectStore &store)
{
    gis::IncidentRecord over = incident(QStringLiteral("I-1"), 0, 0, 100, 100);
    over.measures.basicFarmlandM2 = 3340;
    over.measures.cultivatedM2 = 3340;
    over.measures.basicFarmlandMu = 5.01;
    over.measures.cultivatedMu = 5.01;
    over.measures.accountability = true;
    core::CaseFile file = clueCase(kCase, { QStringLiteral("I-1") });
    file.setThresholdFlag(core::ThresholdFlag::Reached);
    REQUIRE(store.addIncident(over, file) > 0);
}

core::CaseFile requireCase(const gis::ProjectStore &store)
{
    const std::optional<core::CaseFile> file = store.caseFile(kCase);
    REQUIRE(file);
    return *file;
}

} // namespace

STORE_CONTRACT("a flag the incidents' own figures contradict is refused, whatever the reason, and nothing is written")
{
    const auto store = newProject(backend);
    addReachingCase(*store);
    const qsizetype events = eventCount(*store);
    gis::CaseFacts below = gis::CaseFacts::of(requireCase(*store));
    below.thresholdFlag = core::ThresholdFlag::Below;
    below.reason = QStringLiteral("the party says it is less");
    try {
        store->setCaseFacts(kCase, below, gis::kAnyRevision);
        FAIL("a contradicting flag was stored");
    } catch (const core::StepRefused &refused) {
        CHECK(refused.problem().contains(QStringLiteral("I-1")));
        CHECK(refused.problem().contains(QStringLiteral("5.01")));
    }
    below.thresholdFlag = core::ThresholdFlag::NotAssessed;
    CHECK_THROWS_AS(store->setCaseFacts(kCase, below, gis::kAnyRevision), core::StepRefused);
    CHECK(eventCount(*store) == events);
    CHECK(requireCase(*store).thresholdFlag() == core::ThresholdFlag::Reached);
    CHECK(requireCase(*store).revision() == 1);
}

STORE_CONTRACT("a flag goes down only with a reason, which the log keeps with the figures")
{
    const auto store = newProject(backend);
    addIncidentWithCase(*store); // I-1 measured below
    gis::CaseFacts reached = gis::CaseFacts::of(requireCase(*store));
    reached.thresholdFlag = core::ThresholdFlag::Reached;
    store->setCaseFacts(kCase, reached, 1);
    gis::CaseFacts below = reached;
    below.thresholdFlag = core::ThresholdFlag::Below;
    CHECK_THROWS_AS(store->setCaseFacts(kCase, below, 2), core::StepRefused);
    CHECK(requireCase(*store).revision() == 2);
    below.reason = QStringLiteral("the other incident was another party's");
    below.figures = QJsonObject { { QStringLiteral("own"), QJsonObject { { QStringLiteral("basic_farmland_mu"), 1.2 } } } };
    store->setCaseFacts(kCase, below, 2);
    CHECK(requireCase(*store).thresholdFlag() == core::ThresholdFlag::Below);
    const core::AuditEvent event = findEvent(*store, QStringLiteral("case"), kCase, QStringLiteral("facts"));
    CHECK(event.oldValue.toObject().value(QStringLiteral("threshold")).toString() == QStringLiteral("reached"));
    CHECK(event.newValue.toObject().value(QStringLiteral("threshold")).toString() == QStringLiteral("below"));
    CHECK(event.newValue.toObject().value(QStringLiteral("reason")).toString() == below.reason);
    CHECK(event.newValue.toObject().value(QStringLiteral("figures")).toObject() == below.figures);
}

STORE_CONTRACT("accountability keeps its organ and document number, a record without an organ is refused")
{
    const auto store = newProject(backend);
    addReachingCase(*store);
    const qsizetype events = eventCount(*store);
    core::AccountabilityRecord unstated { QStringLiteral("孙某"), QStringLiteral("诫勉谈话"), QDate(2024, 6, 3),
        core::AccountabilityOrgan::Unstated, QString() };
    CHECK_THROWS_AS(store->addAccountability(kCase, unstated, 1), core::InputError);
    CHECK(eventCount(*store) == events);
    const core::AccountabilityRecord record { QStringLiteral("龙溪镇分管副镇长 王某"), QStringLiteral("政务警告"),
        QDate(2024, 6, 4), core::AccountabilityOrgan::DisciplineInspection, QStringLiteral("平纪发〔2024〕12号") };
    store->addAccountability(kCase, record, 1);
    const core::CaseFile file = requireCase(*store);
    REQUIRE(file.accountability().size() == 1);
    const core::AccountabilityRecord &kept = file.accountability().first();
    CHECK(kept.organ == core::AccountabilityOrgan::DisciplineInspection);
    CHECK(kept.documentNumber == record.documentNumber);
    CHECK(kept.who == record.who);
    const core::AuditEvent event = findEvent(*store, QStringLiteral("case"), kCase, QStringLiteral("accountability"));
    CHECK(event.newValue.toObject().value(QStringLiteral("organ")).toString() == QStringLiteral("discipline_inspection"));
    CHECK(event.newValue.toObject().value(QStringLiteral("document_number")).toString() == record.documentNumber);
}

STORE_CONTRACT("a major-case declaration keeps its date and a reclamation acceptance its joint acceptor")
{
    const auto store = newProject(backend);
    addReachingCase(*store);
    gis::CaseFacts major = gis::CaseFacts::of(requireCase(*store));
    major.declaredMajor = true;
    major.declaredMajorAt = at(2, 10);
    store->setCaseFacts(kCase, major, 1);
    CHECK(requireCase(*store).declaredMajorAt() == at(2, 10));
    const core::CaseWorkflow workflow;
    int day = 3;
    for (core::CaseAction action : { core::CaseAction::Verify, core::CaseAction::Stop, core::CaseAction::ReportMajor,
             core::CaseAction::File, core::CaseAction::Decide, core::CaseAction::Execute,
             core::CaseAction::AcceptReclamation }) {
        core::CaseStep s = step(action, at(day++));
        if (action == core::CaseAction::Decide)
            s.penalties = { core::Penalty::Demolish };
        if (action == core::CaseAction::AcceptReclamation)
            s.jointAcceptor = QStringLiteral("农业农村局 李某");
        const core::TransitionResult result = store->advanceCase(kCase, s, workflow, gis::kAnyRevision);
        INFO(result.message().toStdString());
        REQUIRE(result.accepted);
    }
    const core::CaseFile file = requireCase(*store);
    CHECK(file.steps().last().jointAcceptor == QStringLiteral("农业农村局 李某"));
    CHECK(file.declaredMajorAt() == at(2, 10));
    // Closing without accountability is refused by the store's workflow as well.
    const core::TransitionResult close
        = store->advanceCase(kCase, step(core::CaseAction::Close, at(day)), workflow, gis::kAnyRevision);
    CHECK_FALSE(close.accepted);
    CHECK(requireCase(*store).status() == core::CaseStatus::Reclaimed);
}
