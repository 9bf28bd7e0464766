// SPDX-License-Identifier: MIT
#include "gis/report/township_report.h"
#include "gis/report/bar_chart.h"

#include "core/units.h"
#include "gis/store/project_stores.h"
#include "gis/usecases/sample_project.h"

#include "../render/gui_application.h"
#include "pdf_tools.h"

#include <QLocale>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace fg::gis;

namespace {

const QString kTownship = QStringLiteral("石城镇");

QString fixed(double value)
{
    return QLocale::c().toString(value, 'f', 2);
}

/// The sample county as a project file in @p dir, opened.
std::unique_ptr<ProjectStore> sampleProject(const QTemporaryDir &dir, const QDateTime &now)
{
    const QString path = dir.filePath(QStringLiteral("sample.gpkg"));
    SampleProject::create(ProjectLocation::parse(path), QStringLiteral(FG_SAMPLE_DIR), now);
    return ProjectStores::open(ProjectLocation::parse(path), { QStringLiteral("test"), QStringLiteral("test") });
}

} // namespace

TEST_CASE("township report: figures of the sample project by township, in tables, charts and the PDF text",
          "[report][township]")
{
    test::ensureGuiApplication();
    QTemporaryDir dir;
    const QDateTime now = QDateTime::currentDateTime();
    const auto opened = sampleProject(dir, now);
    const ProjectStore &store = *opened;

    // Expected figures straight from the store's rows: every incident of the township is a clue;
    // areas of incidents whose case is not dismissed; cases by their first incident.
    int clues = 0;
    double basic = 0, cultivated = 0;
    QStringList ownIncidents;
    for (const IncidentRecord &r : store.incidents())
        if (r.township == kTownship) {
            ++clues;
            ownIncidents << r.id;
            if (r.id != QLatin1String("PS2024-015")) // the sample's dismissed case
                basic += r.measures.basicFarmlandM2, cultivated += r.measures.cultivatedM2;
        }
    int cases = 0, closed = 0;
    for (const fg::core::CaseFile &file : store.cases())
        if (ownIncidents.contains(file.incidentIds().first())) {
            ++cases;
            closed += file.status() == fg::core::CaseStatus::Closed;
        }
    REQUIRE(clues > 0);
    REQUIRE(cases > 0);

    const TownshipStatsSet set = TownshipStatsBuilder::build(store, { kTownship, QStringLiteral("青羊镇") }, now);
    REQUIRE(set.townships.size() == 2);
    const TownshipStats &s = set.townships.front();
    CHECK(s.township == kTownship);
    CHECK(s.clues == clues);
    CHECK(s.cases == cases);
    CHECK(s.closed == closed);
    CHECK(s.basicFarmlandM2 == Approx(basic));
    CHECK(s.cultivatedM2 == Approx(cultivated));
    CHECK(!s.coverage);
    // PS2024-012 of 石城镇 is the sample's case with an overdue stop order.
    CHECK(s.overdueSteps >= 1);
    // 青羊镇's PS2024-006 reaches 10.01 mu cultivated with no case opened: a veto warning.
    CHECK(set.townships.back().vetoWarnings.join(QLatin1Char(' ')).contains(QStringLiteral("PS2024-006")));

    ReportOptions options;
    options.page.orientation = QPageLayout::Landscape;
    const QString pdf = dir.filePath(QStringLiteral("township.pdf"));
    const int pages = TownshipReport(set, options).write(pdf);
    CHECK(pages >= 2);
    const QString text = test::pdfText(pdf);
    CHECK(text.contains(kTownship));
    CHECK(text.contains(QStringLiteral("平顺县自然资源局")));
    CHECK(text.contains(fixed(basic)));
    CHECK(text.contains(fixed(fg::core::squareMetresToMu(cultivated))));
    CHECK(text.contains(TownshipReport::rateText(double(closed) / cases)));
    CHECK(text.contains(QStringLiteral("PS2024-006")));
    CHECK(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    const QStringList fonts = test::pdfFontRows(pdf, ReportWriter::fontFamily());
    REQUIRE(!fonts.isEmpty());
    CHECK(test::fontRowEmbedded(fonts.first()));
}

TEST_CASE("bar chart ticks are 1, 2 or 5 times a power of ten, at most five steps", "[report][township]")
{
    CHECK(BarChart::tickStep(9) == 2);
    CHECK(BarChart::tickStep(10) == 2);
    CHECK(BarChart::tickStep(11) == 5);
    CHECK(BarChart::tickStep(65.33) == 20);
    CHECK(BarChart::tickStep(0.3) == Approx(0.1));
    CHECK(BarChart::tickStep(0) == 1);
}

TEST_CASE("township report: the sample's eight townships fill three portrait pages", "[report][township]")
{
    test::ensureGuiApplication();
    QTemporaryDir dir;
    const QDateTime now = QDateTime::currentDateTime();
    const auto opened = sampleProject(dir, now);
    const TownshipStatsSet set = TownshipStatsBuilder::build(*opened, {}, now);
    REQUIRE(set.townships.size() == 8);
    // Summary and veto warnings, stages and areas, charts and cases with the signature line: one
    // page each (it was six half-empty landscape pages, the signature line alone on the last).
    const int pages = TownshipReport(set, ReportOptions()).write(dir.filePath(QStringLiteral("t.pdf")));
    CHECK(pages == 3);
    const QString text = test::pdfText(dir.filePath(QStringLiteral("t.pdf")));
    CHECK(text.contains(QStringLiteral("Page 3 of 3")));
    CHECK(text.contains(QStringLiteral("Compiled by")));
}

TEST_CASE("township report: patrol coverage names its two measures, never a rate beside 0 of N", "[report][township]")
{
    TownshipStats s;
    fg::core::CoverageRow row;
    row.cells = 27;
    row.coveredCells = 0;
    row.farmlandM2 = 1000;
    row.seenM2 = 99;
    s.coverage = row;
    const QString text = TownshipReport::coverageText(s);
    // "9.9% (0 of 27 cells)" read as a contradiction: the share is of farmland, the count of cells
    // seen at least half; each figure says which.
    CHECK(text == TownshipReport::tr("farmland %1; %2 of %3 cells half seen").arg(QStringLiteral("9.9%")).arg(0).arg(27));
    CHECK_FALSE(text.contains(QStringLiteral("9.9% (")));
}
