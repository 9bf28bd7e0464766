// SPDX-License-Identifier: MIT
// Issue 14 item 1: one verdict everywhere. 冯金锁's PS2024-007 (a case, stopped) and PS2024-008 (no
// case yet) occupy 3 + 3 亩 of basic farmland: each is below the 5-亩 threshold alone and reaches it
// together (当事人累计). The incident list, the case list, the case panel, the party panel, the case
// report and the township report must say so alike, before and after case actions.
#include "tests/app/project/project_fixture.h"

#include "app/map/incident_list_dock.h"
#include "app/map/map_workspace.h"
#include "app/project/case_list_dock.h"
#include "app/project/case_panel.h"
#include "app/project/case_table_model.h"
#include "app/report/report_factory.h"
#include "gis/report/case_report.h"
#include "gis/report/township_stats.h"
#include "gis/usecases/case_judgement.h"
#include "gis/usecases/project_analysis.h"
#include "gis/usecases/report_inputs.h"

#include "../../gis/report/pdf_tools.h"

#include <QRegularExpression>
#include <QTreeWidget>

using namespace fg;
using fg::app::test::MemorySampleWindow;

namespace {

const QString kParty = QStringLiteral("冯金锁");
const QStringList kTogether { QStringLiteral("PS2024-007"), QStringLiteral("PS2024-008") };

/// Whitespace and line breaks out (a PDF wraps its lines where it likes), NFKC as test::pdfText
/// gives it (full-width punctuation comes out as ASCII).
QString squeezed(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).remove(QRegularExpression(QStringLiteral("\\s")));
}

/// The verdict a fresh judgement of the project (another desk reading the store) gives @p id.
gis::CaseFigures judgedNow(const MemorySampleWindow &fixture, const QString &id)
{
    const gis::CaseJudgements judged = gis::CaseJudgement::judge(*fixture.reader());
    const gis::CaseFigures *figures = judged.ofIncident(id);
    REQUIRE(figures);
    return *figures;
}

QString incidentListVerdict(const MemorySampleWindow &fixture, const QString &id, QString *toolTip)
{
    const QTreeWidget *tree = fixture.window->workspace()->incidentList()->tree();
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(1) == id) {
            *toolTip = tree->topLevelItem(i)->toolTip(0);
            return tree->topLevelItem(i)->text(0);
        }
    FAIL("the incident list has no row " << id.toStdString());
    return {};
}

QString caseListVerdict(const MemorySampleWindow &fixture, const QString &id, QString *toolTip)
{
    const app::CaseTableModel &model = *fixture.projects().caseList()->model();
    const int row = model.rowOf(id);
    REQUIRE(row >= 0);
    const QModelIndex index = model.index(row, app::CaseTableModel::Verdict);
    *toolTip = index.data(Qt::ToolTipRole).toString();
    return index.data().toString();
}

QString partyPanelVerdict(const MemorySampleWindow &fixture)
{
    app::PartyPanel &panel = *fixture.projects().partyPanel();
    REQUIRE(QTest::qWaitFor([&panel] { return !panel.isBusy(); }, 60000));
    const QList<QTreeWidgetItem *> rows = panel.tree()->findItems(kParty, Qt::MatchExactly, 0);
    REQUIRE(rows.size() == 1);
    CHECK(rows.first()->toolTip(4).contains(kTogether.at(0)));
    CHECK(rows.first()->toolTip(4).contains(kTogether.at(1)));
    return rows.first()->text(4);
}

QString pdfOf(const app::PreparedReport &report, const MemorySampleWindow &fixture, const QString &name)
{
    const QString pdf = fixture.dir.filePath(name);
    REQUIRE(report.writePdf(pdf) >= 1);
    return squeezed(gis::test::pdfText(pdf));
}

/// Every view's verdict of @p id against a fresh judgement; @p when names the moment for messages.
void checkEveryView(const MemorySampleWindow &fixture, const QString &id, const char *when)
{
    INFO(id.toStdString() << ", " << when);
    const gis::CaseFigures expected = judgedNow(fixture, id);
    // The sample's design: below alone, reached with the party's total of both incidents.
    REQUIRE(expected.flag() == core::ThresholdFlag::Reached);
    REQUIRE(expected.byPartyTotal());
    REQUIRE(expected.partyIncidentIds == kTogether);
    const QString verdict = expected.verdictText();
    QString toolTip;

    CHECK(incidentListVerdict(fixture, id, &toolTip) == verdict);
    CHECK(toolTip == expected.accumulationText()); // 当事人累计 with both incidents and their figures
    CHECK(toolTip.contains(QStringLiteral("当事人累计")));
    CHECK(toolTip.contains(kTogether.at(0)));
    CHECK(toolTip.contains(kTogether.at(1)));

    CHECK(caseListVerdict(fixture, id, &toolTip) == verdict);
    CHECK(toolTip == expected.accumulationText());

    app::CasePanel &panel = *fixture.projects().casePanel();
    fixture.projects().caseList()->selectIncident(id);
    CHECK(panel.verdictText() == verdict);
    CHECK(panel.accumulationText() == expected.accumulationText());

    CHECK(partyPanelVerdict(fixture) == verdict);

    // The case report: its judged figures, and the printed verdict line and 当事人累计 line.
    const gis::ReportInputs inputs(fixture.session().store(), {});
    const gis::CaseReportInputs report = inputs.caseReport(id);
    REQUIRE(report.sources.judged);
    CHECK(report.sources.judged->flag == expected.flag());
    CHECK(report.sources.judged->verdictText == verdict);
    const QString casePdf
        = pdfOf(app::ReportFactory::caseReport(fixture.session(), id), fixture, id + QStringLiteral(".pdf"));
    CHECK(casePdf.contains(squeezed(gis::CaseReport::tr("Verdict: %1.").arg(verdict))));
    CHECK(casePdf.contains(squeezed(QStringLiteral("当事人累计"))));
    CHECK(casePdf.contains(
        squeezed(gis::CaseReport::tr("Conclusion: this case reaches the accountability threshold; the "
                                     "accountability procedure (责任追究程序) must be started without "
                                     "exception."))));

    // The township report: the case's row, or for an incident without a case its 一票否决 warning.
    const gis::TownshipStatsSet stats = inputs.townshipStats(QDateTime::currentDateTime());
    const auto file = fixture.session().caseForIncident(id);
    bool found = false;
    for (const gis::TownshipStats &township : stats.townships) {
        for (const gis::TownshipCaseRow &row : township.caseRows)
            if (file && row.caseId == file->id()) {
                found = true;
                CHECK(row.judgedFlag == expected.flag());
                CHECK(row.verdictText == verdict);
                CHECK(row.accumulatedWith == kTogether);
            }
        if (!file)
            found = found
                || township.vetoWarnings.contains(gis::TownshipStatsBuilder::tr(
                    "Incident %1 reaches the accountability threshold but no case was opened")
                                                      .arg(id));
    }
    CHECK(found);
    const QString townshipPdf = pdfOf(app::ReportFactory::townshipReport(fixture.session()), fixture,
        QStringLiteral("township-%1.pdf").arg(id));
    if (file)
        CHECK(townshipPdf.contains(squeezed(verdict)));
    else
        CHECK(townshipPdf.contains(id));
}

core::CaseStep stepOf(core::CaseAction action, int minutesAgo)
{
    core::CaseStep step;
    step.action = action;
    step.when = QDateTime::currentDateTime().addSecs(-60 * minutesAgo);
    step.actor = { QStringLiteral("测试员"), QStringLiteral("county officer") };
    return step;
}

} // namespace

TEST_CASE(
    "PS2024-007 and 008 show one verdict, 当事人累计 explained, in every list, panel and report, before and "
    "after case actions",
    "[project-gui][verdict]")
{
    MemorySampleWindow fixture;
    // Each alone is below (3 亩 of basic farmland), as the analysis measures them.
    const gis::ProjectAnalysisResult analysis = gis::ProjectAnalysis::run(*fixture.reader());
    for (const QString &id : kTogether) {
        const int index = analysis.indexOf(id);
        REQUIRE(index >= 0);
        CHECK_FALSE(analysis.report.incidents.at(size_t(index)).verdict.accountability());
        CHECK(analysis.incidents.at(size_t(index)).partyAccountability);
    }
    REQUIRE(fixture.session().caseForIncident(QStringLiteral("PS2024-007")));
    REQUIRE_FALSE(fixture.session().caseForIncident(QStringLiteral("PS2024-008")));
    for (const QString &id : kTogether)
        checkEveryView(fixture, id, "as opened");

    // Case actions through the case panel: 008's clue opens its case, 007 is reported as major.
    app::CasePanel &panel = *fixture.projects().casePanel();
    fixture.projects().caseList()->selectIncident(QStringLiteral("PS2024-008"));
    REQUIRE(panel.recordClue(stepOf(core::CaseAction::RecordClue, 2)) == QStringLiteral("PS2024-008"));
    fixture.projects().caseList()->selectIncident(QStringLiteral("PS2024-007"));
    REQUIRE(panel.offeredActions().contains(core::CaseAction::ReportMajor));
    REQUIRE(panel.apply(stepOf(core::CaseAction::ReportMajor, 1)).accepted);
    for (const QString &id : kTogether)
        checkEveryView(fixture, id, "after the clue of 008 and the major-case report of 007");
}
