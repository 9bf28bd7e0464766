// SPDX-License-Identifier: MIT
#include "gis/render/map_renderer.h"

#include "gis/render/land_use_palette.h"
#include "gui_application.h"
#include "render_fixture.h"

#include <catch2/catch.hpp>

using namespace fg::gis;

namespace {

QColor colourAt(const QImage &image, const RenderJob &job, QPointF map)
{
    const QPoint pixel = job.transform.toPixel(map).toPoint();
    return image.pixelColor(pixel);
}

} // namespace

TEST_CASE("parcels are filled with the land-survey colour of their class, holes stay open")
{
    test::ensureGuiApplication();
    const RenderJob job = test::makeJob(test::makeParcels(), test::makeIncidents());
    const QImage image = renderMap(job);
    REQUIRE(image.size() == QSize(600, 300));
    // 0101 水田 in the official 三调 colour (248, 208, 114); 0601 工业用地 (197, 154, 140).
    CHECK(colourAt(image, job, QPointF(50, 50)) == QColor(248, 208, 114));
    CHECK(colourAt(image, job, QPointF(150, 50)) == QColor(197, 154, 140));
    CHECK(colourAt(image, job, QPointF(210, 50)) == QColor(255, 251, 177));
    // Inside the hole of the 0103 parcel: the background.
    CHECK(colourAt(image, job, QPointF(250, 50)) == job.options.background);
}

TEST_CASE("incidents are filled by verdict: accountability red, below threshold orange, not analysed grey")
{
    test::ensureGuiApplication();
    const RenderJob job = test::makeJob(test::makeParcels(), test::makeIncidents());
    const QImage image = renderMap(job);
    CHECK(colourAt(image, job, QPointF(30, 125)) == verdictColor(VerdictClass::Accountability));
    CHECK(colourAt(image, job, QPointF(70, 125)) == verdictColor(VerdictClass::BelowThreshold));
    CHECK(colourAt(image, job, QPointF(110, 125)) == verdictColor(VerdictClass::NotAnalysed));
    CHECK(verdictColor(VerdictClass::Accountability).red() > 200);
    CHECK(verdictColor(VerdictClass::Accountability).green() < 60);
}

TEST_CASE("level of detail skips sub-pixel features and only the visible extent is drawn")
{
    test::ensureGuiApplication();
    RenderJob job = test::makeJob(test::makeParcels(), test::makeIncidents());
    const std::atomic_bool cancel{false};
    const LayerImage parcels = renderLayer(job, 0, cancel);
    // The 0.1 m sliver is 0.2 px at 0.5 m/px.
    CHECK(parcels.featuresDrawn == 3);
    CHECK(parcels.featuresSkipped == 1);
    // Zoomed onto the first parcel only, the spatial index hands over one feature.
    job.transform = MapTransform(QPointF(50, 50), 0.1, QSize(400, 400));
    const LayerImage zoomed = renderLayer(job, 0, cancel);
    CHECK(zoomed.featuresDrawn == 1);
    CHECK(zoomed.image.pixelColor(200, 200) == landUseColor(QStringLiteral("0101")));
    // At 200 m/px a 100 m parcel is half a pixel: it still tints its pixel.
    job.transform = MapTransform(QPointF(150, 75), 200.0, QSize(200, 200));
    CHECK(renderLayer(job, 0, cancel).featuresDrawn == 3);
    // Far out, parcels vanish below a quarter pixel but incidents stay visible as verdict-coloured markers.
    job.transform = MapTransform(QPointF(150, 75), 1000.0, QSize(200, 200));
    CHECK(renderLayer(job, 0, cancel).featuresDrawn == 0);
    const LayerImage markers = renderLayer(job, 1, cancel);
    CHECK(markers.featuresDrawn == 3);
    CHECK(markers.featuresSkipped == 0);
    // The three markers fall on the same pixels; the last drawn (fid 9, not analysed) is on top.
    const QPoint centre = job.transform.toPixel(QPointF(70, 125)).toPoint();
    CHECK(markers.image.pixelColor(centre) == verdictColor(VerdictClass::NotAnalysed));
}

TEST_CASE("hidden layers are not drawn and opacity blends a layer over the ones below")
{
    test::ensureGuiApplication();
    RenderJob job = test::makeJob(test::makeParcels(), test::makeIncidents());
    job.layers[1].style.visible = false;
    QImage image = renderMap(job);
    CHECK(colourAt(image, job, QPointF(30, 125)) == job.options.background);
    job.layers[1].style.visible = true;
    job.layers[1].style.opacity = 0.5;
    image = renderMap(job);
    const QColor red = verdictColor(VerdictClass::Accountability);
    const QColor bg = job.options.background;
    const QColor blended = colourAt(image, job, QPointF(30, 125));
    CHECK(std::abs(blended.red() - (red.red() + bg.red()) / 2) <= 2);
    CHECK(std::abs(blended.green() - (red.green() + bg.green()) / 2) <= 2);
}

TEST_CASE("a cancelled render stops and returns nothing")
{
    test::ensureGuiApplication();
    const RenderJob job = test::makeJob(test::makeParcels(), test::makeIncidents());
    const std::atomic_bool cancel{true};
    CHECK(renderLayer(job, 0, cancel).cancelled);
    CHECK(renderMap(job, &cancel).isNull());
}

TEST_CASE("default styles follow the layer's fields and name")
{
    const auto parcels = test::makeParcels();
    CHECK(defaultStyleFor(*parcels).kind == StyleKind::LandUse);
    const auto incidents = test::makeIncidents();
    CHECK(defaultStyleFor(*incidents).kind == StyleKind::Incident);
    parcels->name = QStringLiteral("basic_farmland");
    CHECK(defaultStyleFor(*parcels).kind == StyleKind::BasicFarmland);
    incidents->name = QStringLiteral("townships");
    incidents->fields = {{QStringLiteral("XZQMC"), FieldType::Text}};
    const LayerStyle township = defaultStyleFor(*incidents);
    CHECK(township.kind == StyleKind::Boundary);
    CHECK(township.labelField == QStringLiteral("XZQMC"));
}

TEST_CASE("land-use colours read the code as core does: full-width, padded and suffixed codes")
{
    CHECK(landUseColor(QStringLiteral("０１０３")) == QColor(255, 251, 177));
    CHECK(landUseColor(QStringLiteral(" 0101\u3000")) == QColor(248, 208, 114));
    // A suffixed code takes its base class's colour (colour only: 0201K is not cultivated).
    CHECK(landUseColor(QStringLiteral("0201K")) == landUseColor(QStringLiteral("0201")));
    // 三调 codes with letters fall back to their first-level class.
    CHECK(landUseColor(QStringLiteral("05H1")) == QColor(226, 161, 149));
}
