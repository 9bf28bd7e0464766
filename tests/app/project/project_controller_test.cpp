// SPDX-License-Identifier: MIT
#include "tests/app/project/project_fixture.h"

#include "app/map/incident_list_dock.h"
#include "app/map/map_layer_set.h"
#include "app/map/map_workspace.h"
#include "app/project/case_filter_proxy.h"
#include "app/project/case_list_dock.h"
#include "app/project/case_panel.h"
#include "app/project/case_table_model.h"
#include "app/project/case_timeline.h"
#include "app/project/party_panel.h"
#include "gis/io/vector_layer.h"
#include "gis/store/project_stores.h"
#include "gis/usecases/case_judgement.h"

#include <QCheckBox>
#include <QPushButton>
#include <QComboBox>
#include <QTableView>
#include <QTreeWidget>

using namespace fg;
using fg::app::test::SampleProjectWindow;

namespace {

QStringList visibleIncidents(const app::CaseListDock &list)
{
    QStringList ids;
    const QAbstractItemModel *proxy = list.proxy();
    for (int row = 0; row < proxy->rowCount(); ++row)
        ids << proxy->index(row, 0).data(app::CaseTableModel::IncidentIdRole).toString();
    ids.sort();
    return ids;
}

void choose(QComboBox *box, const QString &code)
{
    const int index = box->findData(code);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

} // namespace

TEST_CASE("Opening the sample project lists its incidents and cases and puts its layers on the map", "[project-gui]")
{
    SampleProjectWindow fixture;
    const auto storeOpened = fg::gis::ProjectStores::open(fg::gis::ProjectLocation::parse(fixture.path), { QStringLiteral("checker"), QString() });
    fg::gis::ProjectStore &store = *storeOpened;
    const size_t incidents = store.incidents().size();
    REQUIRE(incidents > 6);
    app::CaseListDock &list = *fixture.projects().caseList();
    CHECK(list.model()->rowCount() == int(incidents));
    CHECK(fixture.session().cases().size() == 7); // six stages and the overdue threshold case PS2024-005
    CHECK_FALSE(list.isHidden()); // shown once a project is open (the window itself is not shown here)

    const app::MapLayerSet &layers = *fixture.window->workspace()->layers();
    CHECK(layers.layers().size() >= 4);
    CHECK(layers.workingEpsg() == store.info().workingEpsg);
    const app::MapLayer *incidentLayer = layers.layer(fixture.projects().incidentLayerId());
    REQUIRE(incidentLayer);
    CHECK(incidentLayer->data->featureCount() == int(incidents));
    CHECK(incidentLayer->style.kind == gis::StyleKind::Incident);
    REQUIRE(incidentLayer->style.verdicts);
    // Coloured by the one verdict: each incident's case judged (its own without a case), with
    // its party's total (冯金锁's PS2024-007 and 008 reach it only together).
    int reached = 0;
    const gis::CaseJudgements judged = gis::CaseJudgement::judge(store);
    for (const gis::IncidentRecord &record : store.incidents()) {
        const gis::CaseFigures *figures = judged.ofIncident(record.id);
        REQUIRE(figures);
        const bool over = figures->flag() == core::ThresholdFlag::Reached;
        CHECK(incidentLayer->style.verdicts->value(record.fid)
            == (over ? gis::VerdictClass::Accountability : gis::VerdictClass::BelowThreshold));
        reached += over;
    }
    CHECK(reached > 0);
    CHECK(judged.ofIncident(QStringLiteral("PS2024-008"))->byPartyTotal());

    // The incident list reads the project's own field names: its number, party and violation type by name.
    const QTreeWidget *tree = fixture.window->workspace()->incidentList()->tree();
    REQUIRE(tree->topLevelItemCount() == int(incidents));
    const QList<QTreeWidgetItem *> found = tree->findItems(QStringLiteral("PS2024-002"), Qt::MatchExactly, 1);
    REQUIRE(found.size() == 1);
    CHECK(found.first()->text(2) == QStringLiteral("段俊峰"));
    CHECK(found.first()->text(4) == QStringLiteral("“大棚房”、设施农业违规"));
}

TEST_CASE("The case list filters by status, verdict, township and overdue", "[project-gui]")
{
    SampleProjectWindow fixture;
    app::CaseListDock &list = *fixture.projects().caseList();
    const int all = list.proxy()->rowCount();

    choose(list.statusFilter(), QStringLiteral("closed"));
    CHECK(visibleIncidents(list) == QStringList { QStringLiteral("PS2024-002") });
    choose(list.statusFilter(), QStringLiteral("stopped"));
    CHECK(visibleIncidents(list) == QStringList { QStringLiteral("PS2024-007") });
    choose(list.statusFilter(), QString());
    CHECK(list.proxy()->rowCount() == all);

    list.overdueFilter()->setChecked(true);
    QStringList overdue = visibleIncidents(list);
    overdue.sort();
    // PS2024-012's stop order, and PS2024-005's (the sample's overdue threshold case, 龙溪镇's veto).
    CHECK(overdue == QStringList { QStringLiteral("PS2024-005"), QStringLiteral("PS2024-012") });
    list.overdueFilter()->setChecked(false);

    // Expected sets from the store's own records, not from the model.
    QStringList reached, township;
    const QString someTownship = fixture.session().incidents().front().township;
    const gis::CaseJudgements judged = gis::CaseJudgement::judge(fixture.session().store());
    for (const gis::IncidentRecord &record : fixture.session().incidents()) {
        if (judged.ofIncident(record.id)
            && judged.ofIncident(record.id)->flag() == core::ThresholdFlag::Reached)
            reached << record.id;
        if (record.township == someTownship)
            township << record.id;
    }
    reached.sort();
    township.sort();
    choose(list.verdictFilter(), QStringLiteral("reached"));
    CHECK(visibleIncidents(list) == reached);
    choose(list.verdictFilter(), QString());
    choose(list.townshipFilter(), someTownship);
    CHECK(visibleIncidents(list) == township);
    CHECK(township.size() < all);
}

TEST_CASE("The case panel offers the workflow's next actions and applying one commits to the store", "[project-gui]")
{
    SampleProjectWindow fixture;
    app::CasePanel &panel = *fixture.projects().casePanel();
    fixture.projects().caseList()->selectIncident(QStringLiteral("PS2024-007"));
    REQUIRE(panel.caseId() == QStringLiteral("PS2024-007"));
    const auto file = fixture.session().caseFile(QStringLiteral("PS2024-007"));
    REQUIRE(file);
    CHECK(panel.offeredActions() == fixture.session().workflow().nextActions(*file));
    // 冯金锁's PS2024-007 reaches 5 亩 of basic farmland with his PS2024-008 (累计计算): a major
    // case is reported before it is filed, so the report comes first.
    REQUIRE(file->thresholdFlag() == core::ThresholdFlag::Reached);
    CHECK_FALSE(panel.offeredActions().contains(core::CaseAction::File));
    REQUIRE(panel.offeredActions().contains(core::CaseAction::ReportMajor));
    REQUIRE(panel.findChild<QPushButton *>(QStringLiteral("action_report")) != nullptr);
    core::CaseStep report;
    report.action = core::CaseAction::ReportMajor;
    report.when = QDateTime::currentDateTime().addSecs(-60);
    report.actor = { QStringLiteral("测试员"), QStringLiteral("county officer") };
    REQUIRE(panel.apply(report).accepted);
    REQUIRE(panel.offeredActions().contains(core::CaseAction::File));
    CHECK(panel.findChild<QPushButton *>(QStringLiteral("action_file")) != nullptr);
    const int stepsBefore = panel.timeline()->topLevelItemCount();

    core::CaseStep step;
    step.action = core::CaseAction::File;
    step.when = QDateTime::currentDateTime();
    step.actor = { QStringLiteral("测试员"), QStringLiteral("county officer") };
    step.note = QStringLiteral("立案审批表 2024-17");
    const core::TransitionResult result = panel.apply(step);
    REQUIRE(result.accepted);
    CHECK(panel.refusalText().isEmpty());
    CHECK(panel.timeline()->topLevelItemCount() == stepsBefore + 1);
    CHECK(panel.timeline()->findItems(QStringLiteral("立案审批表 2024-17"), Qt::MatchExactly, app::CaseTimeline::Note).size() == 1);
    CHECK_FALSE(panel.offeredActions().contains(core::CaseAction::File));

    const auto storeOpened = fg::gis::ProjectStores::open(fg::gis::ProjectLocation::parse(fixture.path), { QStringLiteral("checker"), QString() });

    fg::gis::ProjectStore &store = *storeOpened;
    const auto stored = store.caseFile(QStringLiteral("PS2024-007"));
    REQUIRE(stored);
    CHECK(stored->status() == core::CaseStatus::Filed);
    CHECK(stored->steps().last().note == QStringLiteral("立案审批表 2024-17"));
    CHECK(stored->steps().last().actor.name == QStringLiteral("测试员"));
}

TEST_CASE("A refused close shows the workflow's reason and changes nothing", "[project-gui]")
{
    SampleProjectWindow fixture;
    app::CasePanel &panel = *fixture.projects().casePanel();
    // PS2024-005: 10.00 mu cultivated, verified (PS2024-003 is below since create-sample imports
    // the approval over 1.00 mu of it).
    fixture.projects().caseList()->selectIncident(QStringLiteral("PS2024-005"));
    REQUIRE(panel.caseId() == QStringLiteral("PS2024-005"));
    // Over the threshold: take it to reclamation without an accountability record.
    QDateTime when = QDateTime::currentDateTime();
    for (core::CaseAction action : { core::CaseAction::Stop, core::CaseAction::ReportMajor, core::CaseAction::File,
             core::CaseAction::Decide, core::CaseAction::Execute, core::CaseAction::AcceptReclamation }) {
        core::CaseStep step;
        step.action = action;
        step.when = when;
        step.actor = { QStringLiteral("测试员"), QString() };
        if (action == core::CaseAction::Decide)
            step.penalties = { core::Penalty::Demolish };
        if (action == core::CaseAction::AcceptReclamation)
            step.jointAcceptor = QStringLiteral("农业农村局 李验收");
        const core::TransitionResult result = panel.apply(step);
        INFO(result.message().toStdString());
        REQUIRE(result.accepted);
    }
    REQUIRE(panel.offeredActions().contains(core::CaseAction::Close));
    core::CaseStep close;
    close.action = core::CaseAction::Close;
    close.when = when;
    close.actor = { QStringLiteral("测试员"), QString() };
    const core::TransitionResult refused = panel.apply(close);
    REQUIRE_FALSE(refused.accepted);
    REQUIRE_FALSE(refused.reasons.isEmpty());
    CHECK(panel.refusalText().contains(refused.reasons.first()));
    const auto storeOpened = fg::gis::ProjectStores::open(fg::gis::ProjectLocation::parse(fixture.path), { QStringLiteral("checker"), QString() });
    fg::gis::ProjectStore &store = *storeOpened;
    CHECK(store.caseFile(QStringLiteral("PS2024-005"))->status() == core::CaseStatus::Reclaimed);
}

TEST_CASE("Overdue incidents are outlined on the map and the party panel totals open incidents", "[project-gui]")
{
    fg::app::test::MemorySampleWindow fixture;
    // PS2024-012's stop order and PS2024-005's (the sample's overdue threshold case).
    QStringList marked = fixture.projects().markOverdueIncidents();
    marked.sort();
    CHECK(marked == QStringList { QStringLiteral("PS2024-005"), QStringLiteral("PS2024-012") });
    const app::MapLayerSet &layers = *fixture.window->workspace()->layers();
    const QString id = fixture.projects().incidentLayerId();
    const QSet<int> selected = layers.selection(id);
    REQUIRE(selected.size() == 2);
    const auto &data = *layers.layer(id)->data;
    QStringList outlined;
    for (int row : selected)
        outlined << data.value(row, data.fieldIndex(QStringLiteral("incident_id"))).toString();
    outlined.sort();
    CHECK(outlined == marked);

    const QTreeWidget *totals = fixture.projects().partyPanel()->tree();
    REQUIRE(totals->topLevelItemCount() > 0);
    // 段俊峰's only case is closed, so the party does not accumulate; 冯金锁's is only stopped.
    CHECK(totals->findItems(QStringLiteral("段俊峰"), Qt::MatchExactly, 0).isEmpty());
    CHECK(totals->findItems(QStringLiteral("冯金锁"), Qt::MatchExactly, 0).size() == 1);
}
