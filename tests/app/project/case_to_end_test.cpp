// SPDX-License-Identifier: MIT
// Issue 12, item 1, through the GUI: a threshold case from its clue to closed in the case panel,
// every record beside its track (a suspected crime with its transfer and reply, the major-case
// declaration, the joint reclamation acceptance, the accountability decision), each one logged.
#include "tests/app/project/project_fixture.h"

#include "app/project/case_list_dock.h"
#include "app/project/case_panel.h"
#include "gis/store/project_stores.h"
#include "gis/usecases/case_actions.h"

#include <QPushButton>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace fg;
using fg::app::test::SampleProjectWindow;

namespace {

core::CaseStep stepOf(core::CaseAction action, const QDateTime &when)
{
    core::CaseStep step;
    step.action = action;
    step.when = when;
    step.actor = { QStringLiteral("测试员"), QStringLiteral("county officer") };
    if (action == core::CaseAction::Decide)
        step.penalties = { core::Penalty::Demolish };
    if (action == core::CaseAction::AcceptReclamation)
        step.jointAcceptor = QStringLiteral("农业农村局 李验收");
    return step;
}

void require(const core::TransitionResult &result)
{
    INFO(result.message().toStdString());
    REQUIRE(result.accepted);
}

} // namespace

TEST_CASE("A threshold case goes from its clue to closed through the case panel, every record logged", "[project-gui]")
{
    SampleProjectWindow fixture;
    app::CasePanel &panel = *fixture.projects().casePanel();
    // PS2024-009: 3.00 mu basic farmland and 10.00 mu cultivated land, no case yet.
    const QString incident = QStringLiteral("PS2024-009");
    fixture.projects().caseList()->selectIncident(incident);
    REQUIRE(panel.caseId().isEmpty());
    // 登记线索 is the one action offered on an incident without a case.
    const auto clueButton = [&panel] { return panel.findChild<QPushButton *>(QStringLiteral("action_record_clue")); };
    REQUIRE(clueButton() != nullptr);
    CHECK(panel.offeredActions() == QList<core::CaseAction> { core::CaseAction::RecordClue });

    QDateTime when(QDate(2025, 9, 30), QTime(9, 0));
    const auto next = [&when] { return when = when.addSecs(3600); };
    require(panel.openCase(QStringLiteral("AJ-2025-009"), when, QStringLiteral("卫片 2025 第三季度")));
    REQUIRE(panel.caseId() == QStringLiteral("AJ-2025-009"));
    CHECK(clueButton() == nullptr);
    REQUIRE(fixture.session().caseFile(panel.caseId())->thresholdFlag() == core::ThresholdFlag::Reached);
    CHECK(panel.figuresText().contains(QStringLiteral("10.00")));
    // Closing now is refused with the reasons, and changes nothing.
    const core::TransitionResult early = panel.apply(stepOf(core::CaseAction::Close, next()));
    CHECK_FALSE(early.accepted);
    CHECK_FALSE(panel.refusalText().isEmpty());

    for (core::CaseAction action : { core::CaseAction::Verify, core::CaseAction::Stop })
        require(panel.apply(stepOf(action, next())));
    require(panel.declareMajor(next()));
    require(panel.apply(stepOf(core::CaseAction::ReportMajor, next())));
    require(panel.apply(stepOf(core::CaseAction::File, next())));
    require(panel.suspect(gis::Suspicion::Crime, next()));
    require(panel.transfer(core::Department::PublicSecurity, QStringLiteral("涉嫌非法占用农用地罪"), next()));
    const QList<core::CaseTransfer> transfers = fixture.session().caseFile(panel.caseId())->transfers();
    REQUIRE(transfers.size() == 1);
    require(panel.reply(transfers.first().id, QStringLiteral("已立案侦查"), next()));
    for (core::CaseAction action : { core::CaseAction::Decide, core::CaseAction::Execute, core::CaseAction::AcceptReclamation })
        require(panel.apply(stepOf(action, next())));
    // Over a threshold: no closing without an accountability record (既处理事、又处理人).
    CHECK_FALSE(panel.apply(stepOf(core::CaseAction::Close, next())).accepted);
    INFO(panel.refusalText().toStdString());
    CHECK(panel.refusalText().contains(QStringLiteral("问责记录"))); // the GUI speaks Chinese first
    core::AccountabilityRecord record;
    record.who = QStringLiteral("某镇分管副镇长");
    record.decision = QStringLiteral("诫勉谈话");
    record.date = when.date();
    record.organ = core::AccountabilityOrgan::DisciplineInspection;
    record.documentNumber = QStringLiteral("平纪发〔2025〕12号");
    require(panel.recordAccountability(record));
    require(panel.apply(stepOf(core::CaseAction::Close, next())));

    CHECK(panel.transfers()->topLevelItemCount() == 1);
    CHECK(panel.accountability()->topLevelItemCount() == 1);
    CHECK(panel.offeredActions().isEmpty());
    // What another user reads from the file.
    const auto reader = gis::ProjectStores::open(gis::ProjectLocation::parse(fixture.path), { QStringLiteral("checker"), QString() },
        gis::OpenMode::ReadOnly);
    const auto closed = reader->caseFile(QStringLiteral("AJ-2025-009"));
    REQUIRE(closed);
    CHECK(closed->status() == core::CaseStatus::Closed);
    CHECK(closed->declaredMajorAt().isValid());
    CHECK(closed->transfers().first().replied());
    REQUIRE(closed->accountability().size() == 1);
    CHECK(closed->accountability().first().documentNumber == QStringLiteral("平纪发〔2025〕12号"));
    CHECK(closed->steps().last().action == core::CaseAction::Close);
    QStringList logged;
    for (const core::AuditEvent &event : reader->events())
        if (event.entityId == QStringLiteral("AJ-2025-009"))
            logged << event.action;
    INFO(logged.join(QLatin1Char(' ')).toStdString());
    CHECK(logged.size() >= 13); // the opening, eight steps and the records beside them
    CHECK(reader->verifyLog().intact());
}
