// SPDX-License-Identifier: MIT
#include "app/main_window.h"
#include "app/map/map_workspace.h"
#include "app/report/report_controller.h"
#include "app/report/report_factory.h"
#include "app/report/report_preview.h"
#include "core/input_error.h"
#include "project/project_fixture.h"

#include "../../gis/report/pdf_tools.h"

#include <QAction>
#include <QElapsedTimer>
#include <QPrinter>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace fg::app {

namespace {

ReportController &controllerOf(const MainWindow &window)
{
    auto *controller = window.findChild<ReportController *>();
    REQUIRE(controller);
    return *controller;
}

/// Paints the report the way the print preview does, on a printer writing a PDF, and returns its text.
QString printedText(const PreparedReport &report, const QTemporaryDir &dir, int *pages)
{
    const QString pdf = dir.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    *pages = ReportPreview::printTo(report, &printer);
    return gis::test::pdfText(pdf);
}

} // namespace

TEST_CASE("Report menu without a project: only the case report, once incidents are on the map", "[app][report]")
{
    MainWindow window;
    ReportController &controller = controllerOf(window);
    const ReportController::Actions &a = controller.actions();
    CHECK(a.caseReport->text().contains(QStringLiteral("案件报告")));
    CHECK(a.township->text().contains(QStringLiteral("乡镇考核报告")));
    CHECK(a.publicMap->text().contains(QStringLiteral("永久基本农田公告图")));
    CHECK(a.patrol->text().contains(QStringLiteral("巡查计划报告")));
    controller.updateActions();
    CHECK_FALSE(a.caseReport->isEnabled());
    for (QAction *action : { a.township, a.publicMap, a.patrol }) {
        CHECK_FALSE(action->isEnabled());
        CHECK(action->toolTip().contains(QStringLiteral("项目")));
    }

    QSignalSpy loaded(window.workspace(), &MapWorkspace::loaded);
    REQUIRE(window.openDirectory(QStringLiteral(FG_SAMPLE_DIR)));
    REQUIRE(loaded.wait(60000));
    controller.updateActions();
    CHECK(a.caseReport->isEnabled());
    CHECK_FALSE(a.township->isEnabled());

    // The sample layers alone make the case report: data/sample/README.md designs PS2024-002 at
    // exactly 5.00 mu of basic farmland, which the 5-mu rule flags for accountability.
    QTemporaryDir dir;
    int pages = 0;
    const QString text
        = printedText(ReportFactory::caseReport(*window.workspace()->layers(), QStringLiteral("PS2024-002")), dir, &pages);
    CHECK(pages >= 2);
    CHECK(text.contains(QStringLiteral("5.00")));
    CHECK(text.contains(QStringLiteral("责任追究")));
}

TEST_CASE("Report menu with the sample project: every report, the case report printed through the preview path",
          "[app][report]")
{
    test::MemorySampleWindow sample; // the project's record is all a report needs
    ReportController &controller = controllerOf(*sample.window);
    controller.updateActions();
    const ReportController::Actions &a = controller.actions();
    for (QAction *action : { a.caseReport, a.township, a.publicMap, a.patrol })
        CHECK(action->isEnabled());

    QTemporaryDir dir;
    QElapsedTimer timer;
    timer.start();
    const PreparedReport report = ReportFactory::caseReport(sample.session(), QStringLiteral("PS2024-002"));
    int pages = 0;
    const QString text = printedText(report, dir, &pages);
    WARN("case report of PS2024-002 prepared and printed in " << timer.elapsed() << " ms");
    CHECK(report.decor.subtitle.contains(QStringLiteral("PS2024-002")));
    CHECK(text.contains(QStringLiteral("PS2024-002")));
    CHECK(text.contains(QStringLiteral("5.00")));
    CHECK(text.contains(QStringLiteral("责任追究")));
    // Two passes: the printer's pages say "page n of N" (第 n 页 共 N 页) with the right N. The
    // spaces and 页 (extracted as a radical that NFKC keeps) are left out of the comparison.
    const QString compact = QString(text).remove(QLatin1Char(' '));
    CHECK(compact.contains(QStringLiteral("第1")));
    CHECK(compact.contains(QStringLiteral("共%1").arg(pages)));

    // The same report exported as PDF has as many pages.
    CHECK(report.writePdf(dir.filePath(QStringLiteral("exported.pdf"))) == pages);

    const QStringList townships = ReportFactory::townships(sample.session());
    REQUIRE_FALSE(townships.isEmpty());
    timer.restart();
    const QString township = printedText(ReportFactory::townshipReport(sample.session()), dir, &pages);
    WARN("township report printed in " << timer.elapsed() << " ms");
    CHECK(township.contains(QStringLiteral("乡镇耕地保护考核统计报告")));
    CHECK(pages >= 2);
    timer.restart();
    const QString publicMap
        = printedText(ReportFactory::publicMap(sample.session(), townships.first()), dir, &pages);
    WARN("public map printed in " << timer.elapsed() << " ms");
    CHECK(publicMap.contains(QStringLiteral("永久基本农田公告图")));
    CHECK(pages >= 1);

    // The patrol report is offered only for townships the patrol grid has cells in (the sample's grid
    // covers 石城镇 and 龙溪镇); another township is refused with the reason rather than printed empty.
    const QStringList patrolTownships = ReportFactory::patrolTownships(sample.session());
    CHECK(patrolTownships.size() == 2);
    CHECK(patrolTownships.contains(QStringLiteral("石城镇")));
    CHECK(patrolTownships.contains(QStringLiteral("龙溪镇")));
    const QString patrol
        = printedText(ReportFactory::patrolReport(sample.session(), QStringLiteral("石城镇")), dir, &pages);
    CHECK(patrol.contains(QStringLiteral("石城镇")));
    CHECK(pages >= 1);
    REQUIRE_FALSE(patrolTownships.contains(townships.first()));
    try {
        ReportFactory::patrolReport(sample.session(), townships.first());
        FAIL("a patrol report of a township without grid cells");
    } catch (const core::InputError &error) {
        INFO(error.message().toStdString());
        CHECK(error.message().contains(QStringLiteral("巡查")));
    }
}

} // namespace fg::app
