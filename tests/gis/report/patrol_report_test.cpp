// SPDX-License-Identifier: MIT
#include "gis/report/patrol_report.h"

#include "../render/gui_application.h"
#include "pdf_tools.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace fg::gis;

namespace {

/// A 3 × 2 grid of 1 km squares in 石城镇 (EPSG:4547 metres), ids C<col><row>.
std::vector<GridCell> grid()
{
    std::vector<GridCell> cells;
    for (int col = 0; col < 3; ++col)
        for (int row = 0; row < 2; ++row) {
            const double x = 560000 + col * 1000, y = 4010000 + row * 1000;
            GridCell c;
            c.cell.id = QStringLiteral("C%1%2").arg(col).arg(row);
            c.cell.township = QStringLiteral("石城镇");
            c.cell.village = row == 0 ? QStringLiteral("南寨村") : QStringLiteral("虎头村");
            c.cell.centroid = QPointF(x + 500, y + 500);
            c.geometry = fromWkt(QStringLiteral("POLYGON((%1 %2,%3 %2,%3 %4,%1 %4,%1 %2))")
                                     .arg(x, 0, 'f', 0).arg(y, 0, 'f', 0).arg(x + 1000, 0, 'f', 0).arg(y + 1000, 0, 'f', 0));
            cells.push_back(std::move(c));
        }
    return cells;
}

fg::core::PlannedVisit visit(QDate date, const char *officer, const char *cell, int order, double legM)
{
    fg::core::PlannedVisit v;
    v.date = date;
    v.officer = QString::fromUtf8(officer);
    v.cellId = QString::fromLatin1(cell);
    v.order = order;
    v.legM = legM;
    v.dueBy = date.addDays(3);
    v.reason = QStringLiteral("interval 7 days");
    return v;
}

} // namespace

TEST_CASE("patrol report: map with numbered routes, visits by officer and day within the period",
          "[report][patrol]")
{
    test::ensureGuiApplication();
    const std::vector<GridCell> cells = grid();
    const QDate monday(2024, 6, 3);
    fg::core::PatrolPlan plan;
    plan.start = monday;
    plan.end = monday.addDays(7);
    // Day 1: 张伟 C00 → C10 → C20 (legs 1 km each between centres, first 0.71 km from base).
    plan.visits = { visit(monday, "张伟", "C00", 1, 707.11), visit(monday, "张伟", "C10", 2, 1000),
                    visit(monday, "张伟", "C20", 3, 1000), visit(monday, "李娜", "C01", 1, 1234.56),
                    visit(monday.addDays(7), "李娜", "C21", 1, 999) }; // after the period: not printed
    plan.visits[4].cellId = QStringLiteral("C21");
    plan.routes = { { monday, QStringLiteral("张伟"), { "C00", "C10", "C20" }, 4121.32 },
                    { monday, QStringLiteral("李娜"), { "C01" }, 2469.12 },
                    { monday.addDays(7), QStringLiteral("李娜"), { "C21" }, 1998 } };
    plan.shortfalls = { { QStringLiteral("C11"), QStringLiteral("李娜"), monday.addDays(2), {}, QStringLiteral("capacity") } };
    plan.unassignedCells = { QStringLiteral("C11") };

    PatrolReportData data;
    data.township = QStringLiteral("石城镇");
    data.from = monday;
    data.to = monday.addDays(4);
    data.cells = &cells;
    data.plan = &plan;
    data.workingEpsg = 4547;
    data.crsName = QStringLiteral("CGCS2000 / 3-degree Gauss-Kruger CM 114E");
    ReportOptions options;
    options.page.orientation = QPageLayout::Landscape;
    const PatrolReport report(data, options);
    REQUIRE(report.visits().size() == 4);

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("patrol.pdf"));
    // One map per officer and day: 张伟 and 李娜 on Monday, then the summary.
    const auto maps = report.routeMaps();
    REQUIRE(maps.size() == 2);
    CHECK(maps[0] == std::pair{monday, QStringLiteral("张伟")});
    CHECK(maps[1] == std::pair{monday, QStringLiteral("李娜")});
    CHECK(report.write(pdf) == 3);
    const QString text = test::pdfText(pdf);
    // Cells by village and number (C00 is 南寨村's first, C11 虎头村's second), never by id.
    const QHash<QString, QString> names = PatrolReport::cellNames(cells);
    CHECK(names.value(QStringLiteral("C00")) == QStringLiteral("南寨村 cell 1"));
    CHECK(names.value(QStringLiteral("C11")) == QStringLiteral("虎头村 cell 2"));
    for (const char *expected : { "石城镇", "张伟", "李娜", "南寨村 cell 1", "虎头村 cell 2", "0.71", "1.23", "4.12",
                                  "2.47", "2024-06-03", "2024-06-05" })
        CHECK(text.contains(QString::fromUtf8(expected)));
    for (const char *id : { "C00", "C11", "C21" })
        CHECK_FALSE(text.contains(QString::fromLatin1(id)));
    CHECK_FALSE(text.contains(QStringLiteral("2024-06-10")));
    // Each stop's number once: the first map's route is 1, 2, 3, never "1/3".
    CHECK_FALSE(text.contains(QStringLiteral("1/")));
    CHECK(test::fontRowEmbedded(test::pdfFontRows(pdf, ReportWriter::fontFamily()).value(0)));

    // The routes are drawn: the map frame holds the first officer's red and the cells' tint.
    const QImage page = test::pdfPage(pdf, 1, 50, QDir(dir.path()));
    const double scale = 50.0 / 1200.0;
    const QRect frame = QRectF(report.mapFrame().topLeft() * scale, report.mapFrame().size() * scale).toRect();
    int coloured = 0;
    for (int y = frame.top() + 3; y < frame.bottom() - 3; ++y)
        for (int x = frame.left() + 3; x < frame.right() - 3; ++x) {
            const QColor c = page.pixelColor(x, y);
            coloured += std::max({ c.red(), c.green(), c.blue() }) - std::min({ c.red(), c.green(), c.blue() }) > 60;
        }
    CHECK(coloured > 30);
}
