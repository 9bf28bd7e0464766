// SPDX-License-Identifier: MIT
#include "gis/report/public_map_report.h"

#include "core/units.h"
#include "gis/io/layer_reader.h"
#include "gis/io/vector_layer.h"

#include "../render/gui_application.h"
#include "pdf_tools.h"

#include <QLocale>
#include <QSet>
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

/// pdftotext gives some simplified ideographs as their CJK Radicals Supplement twins (马 as U+2EE2),
/// which NFKC leaves alone: map the ones the sample's names use back.
QString unradical(QString text)
{
    const std::pair<char16_t, char16_t> twins[] = { { 0x2EE2, 0x9A6C }, { 0x2ECB, 0x8F66 }, { 0x2ED3, 0x957F },
                                                    { 0x2ED4, 0x95E8 }, { 0x2EE9, 0x9EC4 } };
    for (const auto &[radical, ideograph] : twins)
        text.replace(QChar(radical), QChar(ideograph));
    return text;
}

} // namespace

TEST_CASE("public map: the township's basic farmland parcels, their TBMJ total by village, and a drawn map",
          "[report][public-map]")
{
    test::ensureGuiApplication();
    PublicMapLayers layers;
    layers.basicFarmland = sampleLayer("basic_farmland.shp");
    layers.townships = sampleLayer("townships.shp");
    layers.villages = sampleLayer("villages.shp");
    layers.workingEpsg = 4547;
    layers.crsName = layers.basicFarmland->crs.name;
    const QString township = QStringLiteral("石城镇");

    // Independently: parcels whose located-in village (ZLDWMC) is one of the township's villages.
    QSet<QString> villages;
    const VectorLayer &v = *layers.villages;
    for (int row = 0; row < v.featureCount(); ++row)
        if (v.value(row, v.fieldIndex(QStringLiteral("XZMC"))).toString() == township)
            villages.insert(v.value(row, v.fieldIndex(QStringLiteral("XZQMC"))).toString());
    REQUIRE(!villages.isEmpty());
    const VectorLayer &b = *layers.basicFarmland;
    int parcels = 0;
    double total = 0;
    for (int row = 0; row < b.featureCount(); ++row)
        if (villages.contains(b.value(row, b.fieldIndex(QStringLiteral("ZLDWMC"))).toString())) {
            ++parcels;
            total += b.value(row, b.fieldIndex(QStringLiteral("TBMJ"))).toDouble();
        }
    REQUIRE(parcels > 0);

    ReportOptions options;
    options.page.orientation = QPageLayout::Landscape;
    const PublicMapReport report(layers, township, options);
    CHECK(int(report.content().parcels.size()) == parcels);
    CHECK(report.content().totalM2 == Approx(total).epsilon(1e-12));
    CHECK(report.content().officialAreas);

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("public.pdf"));
    CHECK(report.write(pdf) == 2);
    const QString text = unradical(test::pdfText(pdf));
    const QLocale c = QLocale::c();
    CHECK(text.contains(township));
    CHECK(text.contains(c.toString(total, 'f', 2)));
    CHECK(text.contains(c.toString(fg::core::squareMetresToMu(total), 'f', 2)));
    CHECK(text.contains(QString::number(parcels)));
    for (const QString &village : villages) {
        INFO(village.toStdString());
        CHECK(text.contains(village));
    }
    const QStringList fonts = test::pdfFontRows(pdf, ReportWriter::fontFamily());
    REQUIRE(!fonts.isEmpty());
    CHECK(test::fontRowEmbedded(fonts.first()));

    // The map frame at 50 dpi: farmland green fills a good part of it.
    const QImage page = test::pdfPage(pdf, 1, 50, QDir(dir.path()));
    const double scale = 50.0 / 1200.0;
    const QRect frame = QRectF(report.mapFrame().topLeft() * scale, report.mapFrame().size() * scale)
                            .toRect()
                            .adjusted(3, 3, -3, -3);
    int green = 0, total_px = 0;
    for (int y = frame.top(); y <= frame.bottom(); ++y)
        for (int x = frame.left(); x <= frame.right(); ++x, ++total_px) {
            const QColor colour = page.pixelColor(x, y);
            green += colour.green() > colour.red() + 40 && colour.green() > colour.blue() + 40;
        }
    CHECK(green > total_px / 20);
}

TEST_CASE("public map scale: the smallest 1, 2, 2.5 or 5 × 10^n that fits", "[report][public-map]")
{
    // 6 km across 180 mm needs 1:33 333 (+4 %) → 1:50 000; 1 km across 180 mm → 1:10 000.
    CHECK(PublicMapReport::fittingScale(QRectF(0, 0, 6000, 1000), QSizeF(180, 130)) == 50000);
    CHECK(PublicMapReport::fittingScale(QRectF(0, 0, 1000, 1000), QSizeF(180, 130)) == 10000);
    CHECK(PublicMapReport::fittingScale(QRectF(0, 0, 4000, 1000), QSizeF(180, 130)) == 25000);
}
