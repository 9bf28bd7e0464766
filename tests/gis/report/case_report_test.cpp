// SPDX-License-Identifier: MIT
#include "gis/report/case_report.h"
#include "gis/report/case_report_builder.h"

#include "core/input_error.h"
#include "gis/render/geometry_path.h"
#include "gis/io/layer_reader.h"
#include "gis/io/vector_layer.h"

#include "../render/gui_application.h"
#include "pdf_tools.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace fg::gis;

namespace {

std::shared_ptr<VectorLayer> sampleLayer(const char *name)
{
    auto layer = std::make_shared<VectorLayer>(readLayer(QStringLiteral(FG_SAMPLE_DIR "/") + QLatin1String(name)));
    layer->buildIndex();
    return layer;
}

/// The sample county's layers (all in EPSG:4547 already) around one case.
CaseReportSources sampleSources(const QString &caseId)
{
    CaseReportSources sources;
    sources.incidents = sampleLayer("incidents.shp");
    sources.basicFarmland = sampleLayer("basic_farmland.shp");
    sources.landUse = sampleLayer("landuse.shp");
    sources.villages = sampleLayer("villages.shp");
    sources.townships = sampleLayer("townships.shp");
    sources.workingEpsg = 4547;
    sources.crsName = sources.incidents->crs.name;
    sources.caseId = caseId;
    sources.idField = QStringLiteral("BH");
    return sources;
}

int incidentRow(const VectorLayer &incidents, const QString &id)
{
    const int field = incidents.fieldIndex(QStringLiteral("BH"));
    for (int row = 0; row < incidents.featureCount(); ++row)
        if (incidents.value(row, field).toString() == id)
            return row;
    return -1;
}

bool isOutlineRed(QRgb c)
{
    return qRed(c) > 170 && qGreen(c) < 70 && qBlue(c) < 70;
}

} // namespace

TEST_CASE("Case report of PS2024-002 prints the designed 5.00 mu, the verdict and the boundary points", "[report]")
{
    test::ensureGuiApplication();
    const CaseReportSources sources = sampleSources(QStringLiteral("PS2024-002"));
    const CaseReportData data = CaseReportBuilder::build(sources);
    CHECK(data.party == QStringLiteral("段俊峰"));
    CHECK(data.township == QStringLiteral("石城镇"));
    CHECK_FALSE(data.village.isEmpty());
    // Designed in data/sample/README.md: exactly 5.00 mu of basic farmland, 3333.33 m².
    CHECK(data.verdict.basicFarmlandMu == 5.00);
    CHECK(data.verdict.accountability());
    // The sample's basic farmland has one self-intersecting parcel (673): the data notes say so by
    // the layer's role, with no file path and no library's words.
    REQUIRE_FALSE(data.warnings.isEmpty());
    CHECK(data.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("673")));
    for (const QString &note : data.warnings) {
        INFO(note.toStdString());
        CHECK_FALSE(note.contains(QStringLiteral(FG_SAMPLE_DIR)));
        CHECK_FALSE(note.contains(QLatin1String(".shp")));
        CHECK_FALSE(note.contains(QLatin1String("MakeValid")));
        CHECK_FALSE(note.contains(QLatin1String("Self-intersection")));
    }

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("ps002.pdf"));
    ReportOptions options;
    options.date = QDate(2024, 9, 30);
    const CaseReportLayout layout = CaseReport(data, options).write(pdf);
    const QString text = test::pdfText(pdf);
    CHECK(text.contains(QStringLiteral("3333.33")));
    CHECK(text.contains(QStringLiteral("5.00 mu")));
    CHECK(text.contains(QStringLiteral("一律启动责任追究程序")));
    CHECK(text.contains(QStringLiteral("Boundary point coordinate table")));
    CHECK(text.contains(QStringLiteral("Page %1 of %1").arg(layout.pages)));
    CHECK(text.contains(QStringLiteral("EPSG:4547")));
    CHECK(text.contains(QStringLiteral("1:%1").arg(layout.denominator, 0, 'f', 0)));
    CHECK_FALSE(text.contains(QStringLiteral(FG_SAMPLE_DIR)));
    // Every vertex of the incident, read straight from the layer, is in the table to 0.001 m.
    const int row = incidentRow(*sources.incidents, QStringLiteral("PS2024-002"));
    REQUIRE(row >= 0);
    GEOSContextHandle_t ctx = geosContext();
    const GEOSGeometry *polygon = sources.incidents->geometry(row);
    if (GEOSGeomTypeId_r(ctx, polygon) == GEOS_MULTIPOLYGON)
        polygon = GEOSGetGeometryN_r(ctx, polygon, 0);
    const GEOSCoordSequence *ring = GEOSGeom_getCoordSeq_r(ctx, GEOSGetExteriorRing_r(ctx, polygon));
    unsigned int size = 0;
    GEOSCoordSeq_getSize_r(ctx, ring, &size);
    REQUIRE(size >= 4);
    for (unsigned int i = 0; i < size; ++i) {
        double east = 0, north = 0;
        GEOSCoordSeq_getXY_r(ctx, ring, i, &east, &north);
        CHECK(text.contains(QString::number(north, 'f', 3)));
        CHECK(text.contains(QString::number(east, 'f', 3)));
    }
    const QStringList fonts = test::pdfFontRows(pdf, ReportWriter::fontFamily());
    REQUIRE_FALSE(fonts.isEmpty());
    for (const QString &fontRow : fonts)
        CHECK(test::fontRowEmbedded(fontRow));
}

TEST_CASE("Case report map shows the incident outline where the layout puts it", "[report]")
{
    test::ensureGuiApplication();
    const CaseReportSources sources = sampleSources(QStringLiteral("PS2024-002"));
    const CaseReportData data = CaseReportBuilder::build(sources);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("map.pdf"));
    const CaseReportLayout layout = CaseReport(data, ReportOptions()).write(pdf);
    constexpr int kDpi = 50;
    const QImage page = test::pdfPage(pdf, layout.mapPage, kDpi, QDir(dir.path()));
    const double pxPerMm = kDpi / 25.4;
    const QRect frame = QRectF(layout.mapFrameMm.topLeft() * pxPerMm, layout.mapFrameMm.size() * pxPerMm)
                            .toAlignedRect()
                            .adjusted(3, 3, -3, -3);
    REQUIRE(page.rect().contains(frame));

    // Non-blank: most of the map is coloured parcels, not paper.
    int white = 0;
    QRect red;
    for (int y = frame.top(); y <= frame.bottom(); ++y)
        for (int x = frame.left(); x <= frame.right(); ++x) {
            const QRgb c = page.pixel(x, y);
            white += qRed(c) > 250 && qGreen(c) > 250 && qBlue(c) > 250;
            if (isOutlineRed(c))
                red |= QRect(x, y, 1, 1);
        }
    CHECK(white < frame.width() * frame.height() / 4);

    // Expected outline: the incident's envelope (read from the layer) scaled 1:N about the map
    // centre, which is the frame centre; 1 m on the ground is 1000/N mm on paper.
    const int row = incidentRow(*sources.incidents, QStringLiteral("PS2024-002"));
    QRectF envelope;
    REQUIRE(geometryEnvelope(sources.incidents->geometry(row), &envelope));
    const double pxPerMetre = 1000.0 / layout.denominator * pxPerMm;
    const QPointF centre = layout.mapFrameMm.center() * pxPerMm;
    const double left = centre.x() + (envelope.left() - layout.mapCentre.x()) * pxPerMetre;
    const double right = centre.x() + (envelope.right() - layout.mapCentre.x()) * pxPerMetre;
    const double top = centre.y() - (envelope.bottom() - layout.mapCentre.y()) * pxPerMetre;
    const double bottom = centre.y() - (envelope.top() - layout.mapCentre.y()) * pxPerMetre;
    INFO("red pixels " << red.left() << "," << red.top() << " - " << red.right() << "," << red.bottom()
                       << "; expected " << left << "," << top << " - " << right << "," << bottom);
    REQUIRE(red.isValid());
    CHECK(std::abs(red.left() - left) < 3);
    CHECK(std::abs(red.right() - right) < 3);
    CHECK(std::abs(red.top() - top) < 3);
    CHECK(std::abs(red.bottom() - bottom) < 3);
    // The map is centred on the incident: its envelope centre is the map centre.
    CHECK(layout.mapCentre.x() == Approx(envelope.center().x()));
    CHECK(layout.mapCentre.y() == Approx(envelope.center().y()));
}

TEST_CASE("Case report fits A3 landscape and names an unknown case", "[report]")
{
    test::ensureGuiApplication();
    const CaseReportData data = CaseReportBuilder::build(sampleSources(QStringLiteral("PS2024-008")));
    // 冯金锁 has PS2024-007 too: the report carries the accumulated figures (3 + 3 = 6.00 mu).
    REQUIRE(data.accumulated.has_value());
    CHECK(data.accumulated->verdict.basicFarmlandMu == 6.00);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("a3.pdf"));
    ReportOptions options;
    REQUIRE(PageSetup::parse(QStringLiteral("A3-landscape"), &options.page));
    const CaseReportLayout layout = CaseReport(data, options).write(pdf);
    CHECK(layout.mapFrameMm.right() < 420 - 18);
    CHECK(layout.mapFrameMm.bottom() < 297 - 18);
    const QString text = test::pdfText(pdf);
    CHECK(text.contains(QStringLiteral("PS2024-007, PS2024-008")));
    CHECK(text.contains(QStringLiteral("6.00 mu")));

    CHECK_THROWS_AS(CaseReportBuilder::build(sampleSources(QStringLiteral("PS2099-999"))), fg::core::InputError);
}
