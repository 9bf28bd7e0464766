// SPDX-License-Identifier: MIT
#include "gis/report/report_table.h"
#include "gis/report/report_writer.h"

#include "../render/gui_application.h"
#include "pdf_tools.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace fg::gis;

namespace {

/// Writes a report of one long table; returns the page count.
int writeLongTable(const QString &path, const PageSetup &setup, int rows, int totalPages)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    PageDecor decor;
    decor.title = QStringLiteral("Table test");
    decor.date = QDate(2024, 9, 30);
    decor.numbersNote = QStringLiteral("Areas: planar; CRS: EPSG:4547");
    ReportWriter writer(&file, setup, decor, totalPages);
    ReportTable table;
    table.caption = QStringLiteral("Long table");
    table.columns = { { QStringLiteral("No."), 1 }, { QStringLiteral("Value"), 3, Qt::AlignRight } };
    for (int i = 1; i <= rows; ++i)
        table.rows.append({ QStringLiteral("row %1").arg(i), QString::number(i * 1.5, 'f', 3) });
    ReportTableDrawer(writer).draw(table);
    const int pages = writer.pageNumber();
    REQUIRE(writer.finish());
    return pages;
}

} // namespace

TEST_CASE("Report tables break across pages, repeat their header and number every page", "[report]")
{
    test::ensureGuiApplication();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("table.pdf"));
    const int pages = writeLongTable(pdf, PageSetup(), 150, 0);
    // 150 rows of about 6.5 mm in a 235 mm content area cannot fit on fewer than 4 pages.
    REQUIRE(pages >= 4);
    writeLongTable(pdf, PageSetup(), 150, pages);
    const QString text = test::pdfText(pdf);
    CHECK(text.count(QStringLiteral("Long table (continued)")) == pages - 1);
    for (int n = 1; n <= pages; ++n)
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(n).arg(pages)));
    // Every row once, none lost at a page break.
    for (int i = 1; i <= 150; ++i)
        CHECK(text.count(QRegularExpression(QStringLiteral("\\brow %1\\b").arg(i))) == 1);
    CHECK(text.contains(QStringLiteral("225.000")));
    // The header's bureau is Chinese: the CJK font is named explicitly and embedded.
    CHECK(text.contains(QStringLiteral("平顺县自然资源局")));
    const QStringList fonts = test::pdfFontRows(pdf, ReportWriter::fontFamily());
    REQUIRE_FALSE(fonts.isEmpty());
    for (const QString &row : fonts)
        CHECK(test::fontRowEmbedded(row));
}

TEST_CASE("Report pages come in A4 and A3, portrait and landscape", "[report]")
{
    test::ensureGuiApplication();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("sizes.pdf"));
    const struct
    {
        const char *setup;
        const char *pdfinfo; // pdfinfo's "Page size" in points: 1 mm = 72/25.4 pt
    } cases[] = { { "A4", "595 x 842 pts (A4)" }, { "a4-landscape", "842 x 595 pts (A4)" },
                  { "A3", "842 x 1191 pts (A3)" }, { "A3-landscape", "1191 x 842 pts (A3)" } };
    for (const auto &c : cases) {
        PageSetup setup;
        REQUIRE(PageSetup::parse(QString::fromLatin1(c.setup), &setup));
        writeLongTable(pdf, setup, 3, 1);
        const QString info = test::popplerOutput(QStringLiteral("pdfinfo"), { pdf });
        INFO(c.setup << ": " << info.toStdString());
        CHECK(info.contains(QString::fromLatin1(c.pdfinfo)));
    }
    PageSetup setup;
    CHECK_FALSE(PageSetup::parse(QStringLiteral("A5"), &setup));
    CHECK_FALSE(PageSetup::parse(QStringLiteral("A4-sideways"), &setup));
}
