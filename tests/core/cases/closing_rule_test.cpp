// SPDX-License-Identifier: MIT
#include "case_fixture.h"

#include "core/cases/closing_rule.h"
#include "core/input_error.h"

using namespace fg::core;
using namespace fg::core::test;
using A = CaseAction;

namespace {

/// A case reclaimed and ready to close but for the closing conditions.
CaseFile reclaimedCase(const CaseWorkflow &workflow, ThresholdFlag flag)
{
    CaseFile file = openCase(at(2025, 3, 3));
    file.setThresholdFlag(flag);
    const bool major = flag == ThresholdFlag::Reached;
    drive(workflow, file,
        major ? QList<A> { A::Verify, A::Stop, A::ReportMajor, A::File, A::Decide, A::Execute,
            A::AcceptReclamation }
              : QList<A> { A::Verify, A::Stop, A::File, A::Decide, A::Execute, A::AcceptReclamation });
    return file;
}

CaseTransfer transferTo(Department department, const QString &id)
{
    CaseTransfer transfer;
    transfer.id = id;
    transfer.department = department;
    transfer.sentAt = at(2025, 3, 20);
    transfer.sentBy = officer();
    return transfer;
}

TransitionResult closeCase(const CaseWorkflow &workflow, CaseFile &file)
{
    return workflow.apply(file, makeStep(A::Close, at(2025, 6, 2)));
}

} // namespace

TEST_CASE("a case below the thresholds with no suspicions closes")
{
    const CaseWorkflow workflow;
    CaseFile file = reclaimedCase(workflow, ThresholdFlag::Below);
    CHECK(ClosingRule::unmetConditions(file).isEmpty());
    CHECK(closeCase(workflow, file).accepted);
    CHECK(file.status() == CaseStatus::Closed);
}

TEST_CASE("a case whose area was never assessed does not close")
{
    const CaseWorkflow workflow;
    CaseFile file = reclaimedCase(workflow, ThresholdFlag::Below);
    file.setThresholdFlag(ThresholdFlag::NotAssessed);
    const auto result = closeCase(workflow, file);
    CHECK_FALSE(result.accepted);
    CHECK(result.message().contains(QStringLiteral("has not been assessed")));
    CHECK(file.status() == CaseStatus::Reclaimed);
}

TEST_CASE("a threshold case closes only with a complete accountability record")
{
    const CaseWorkflow workflow;
    CaseFile file = reclaimedCase(workflow, ThresholdFlag::Reached);
    const auto refused = closeCase(workflow, file);
    REQUIRE_FALSE(refused.accepted);
    CHECK(refused.reasons
        == QStringList { QStringLiteral(
            "the case reaches an accountability threshold and has no accountability record") });
    CHECK(file.status() == CaseStatus::Reclaimed);

    CHECK_THROWS_AS(
        file.addAccountability({ QStringLiteral("乡镇分管领导"), QString(), QDate(2025, 5, 6), AccountabilityOrgan::DisciplineInspection, QString() }), InputError);
    CHECK_THROWS_AS(
        file.addAccountability({ QStringLiteral("乡镇分管领导"), QStringLiteral("警告"), QDate(), AccountabilityOrgan::DisciplineInspection, QString() }),
        InputError);
    CHECK(file.accountability().isEmpty());

    file.addAccountability(
        { QStringLiteral("乡镇分管领导"), QStringLiteral("党内警告处分"), QDate(2025, 5, 6), AccountabilityOrgan::DisciplineInspection, QString() });
    CHECK(closeCase(workflow, file).accepted);
    CHECK(file.status() == CaseStatus::Closed);
}

TEST_CASE("a threshold case needs the transfers its facts require, named in the refusal")
{
    const CaseWorkflow workflow;
    CaseFile file = reclaimedCase(workflow, ThresholdFlag::Reached);
    file.addAccountability({ QStringLiteral("村委会主任"), QStringLiteral("诫勉谈话"), QDate(2025, 5, 6), AccountabilityOrgan::DisciplineInspection, QString() });
    file.setCrimeSuspectedAt(at(2025, 3, 5));
    file.setMisconductSuspectedAt(at(2025, 3, 6));
    CHECK(ClosingRule::requiredTransfers(file)
        == QList<Department> { Department::PublicSecurity, Department::DisciplineInspection });

    const auto refused = closeCase(workflow, file);
    REQUIRE_FALSE(refused.accepted);
    REQUIRE(refused.reasons.size() == 2);
    CHECK(refused.reasons.at(0).contains(departmentName(Department::PublicSecurity)));
    CHECK(refused.reasons.at(0).contains(QStringLiteral("a crime is suspected")));
    CHECK(refused.reasons.at(1).contains(departmentName(Department::DisciplineInspection)));

    file.addTransfer(transferTo(Department::PublicSecurity, QStringLiteral("T1")));
    const auto stillRefused = closeCase(workflow, file);
    REQUIRE_FALSE(stillRefused.accepted);
    CHECK(stillRefused.reasons.size() == 1);
    CHECK(stillRefused.reasons.first().contains(departmentName(Department::DisciplineInspection)));

    // A transfer to the procuratorate does not stand in for the discipline commission.
    file.addTransfer(transferTo(Department::Procuratorate, QStringLiteral("T2")));
    CHECK_FALSE(closeCase(workflow, file).accepted);
    file.addTransfer(transferTo(Department::DisciplineInspection, QStringLiteral("T3")));
    CHECK(closeCase(workflow, file).accepted);
}

TEST_CASE("forced execution through the court requires a court transfer before closing")
{
    const CaseWorkflow workflow;
    CaseFile file = openCase(at(2025, 3, 3));
    drive(workflow, file, { A::Verify, A::Stop, A::File, A::Decide });
    CaseStep execute = makeStep(A::Execute, at(2025, 4, 1));
    execute.courtEnforced = true;
    REQUIRE(workflow.apply(file, execute).accepted);
    drive(workflow, file, { A::AcceptReclamation });
    CHECK(ClosingRule::requiredTransfers(file) == QList<Department> { Department::Court });
    CHECK_FALSE(closeCase(workflow, file).accepted);
    file.addTransfer(transferTo(Department::Court, QStringLiteral("T-court")));
    CHECK(closeCase(workflow, file).accepted);
}

TEST_CASE("all refusals for closing are given together")
{
    const CaseWorkflow workflow;
    CaseFile file = openCase(at(2025, 3, 3));
    drive(workflow, file, { A::Verify, A::Stop, A::File });
    file.setThresholdFlag(ThresholdFlag::Reached); // became major after filing
    file.setCrimeSuspectedAt(at(2025, 3, 8));
    const auto result = closeCase(workflow, file);
    CHECK_FALSE(result.accepted);
    // Not allowed from Filed, no accountability record, no transfer to public security.
    CHECK(result.reasons.size() == 3);
}

TEST_CASE("transfers are recorded with their replies, once, and never before they were sent")
{
    CaseFile file = openCase(at(2025, 3, 3));
    file.addTransfer(transferTo(Department::PublicSecurity, QStringLiteral("T1")));
    CHECK_THROWS_AS(file.addTransfer(transferTo(Department::Court, QStringLiteral("T1"))), InputError);
    CaseTransfer undated = transferTo(Department::Court, QStringLiteral("T2"));
    undated.sentAt = QDateTime();
    CHECK_THROWS_AS(file.addTransfer(undated), InputError);

    CHECK_THROWS_AS(
        file.recordReply(QStringLiteral("T1"), QStringLiteral("已立案侦查"), at(2025, 3, 19)), InputError);
    CHECK_THROWS_AS(
        file.recordReply(QStringLiteral("T9"), QStringLiteral("已立案侦查"), at(2025, 3, 25)), InputError);
    file.recordReply(QStringLiteral("T1"), QStringLiteral("已立案侦查"), at(2025, 3, 25));
    CHECK(file.transfers().first().replied());
    CHECK(file.transfers().first().reply == QStringLiteral("已立案侦查"));
    CHECK_THROWS_AS(
        file.recordReply(QStringLiteral("T1"), QStringLiteral("不予立案"), at(2025, 3, 26)), InputError);
    CHECK(file.transfers().first().reply == QStringLiteral("已立案侦查"));
}

TEST_CASE("a reclamation is accepted jointly with the Agriculture and Rural Affairs Bureau", "[cases][workflow]")
{
    const CaseWorkflow workflow;
    CaseFile file = openCase(at(2025, 3, 3));
    drive(workflow, file, { CaseAction::Verify, CaseAction::Stop, CaseAction::File, CaseAction::Decide, CaseAction::Execute });
    CaseStep alone = makeStep(CaseAction::AcceptReclamation, at(2025, 3, 10));
    alone.jointAcceptor.clear();
    const TransitionResult refused = workflow.apply(file, alone);
    REQUIRE_FALSE(refused.accepted);
    CHECK(refused.message().contains(QStringLiteral("Agriculture")));
    CHECK(file.status() == CaseStatus::Executed);
    CaseStep named = makeStep(CaseAction::Verify, at(2025, 3, 10));
    named.jointAcceptor = QStringLiteral("李农技");
    CHECK_FALSE(workflow.check(file, named).accepted); // only the acceptance names one
    CHECK(workflow.apply(file, makeStep(CaseAction::AcceptReclamation, at(2025, 3, 10))).accepted);
    CHECK(file.steps().last().jointAcceptor == QStringLiteral("李农技"));
}
