// SPDX-License-Identifier: MIT
#include "app/map/map_canvas.h"

#include "app/map/map_layer_set.h"
#include "gis/geos_context.h"
#include "gis/io/vector_layer.h"
#include "gis/render/land_use_palette.h"
#include "map_test_support.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTest>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>

using namespace fg::app;

namespace {

QColor canvasColourAt(const MapCanvas &canvas, QPointF map)
{
    const QImage &image = canvas.lastImage();
    const QPointF pixel = canvas.lastImageTransform().toPixel(map) * image.devicePixelRatio();
    return image.pixelColor(pixel.toPoint());
}

} // namespace

TEST_CASE("the canvas renders in the background and shows a 0101 parcel and incidents in their colours")
{
    MapLayerSet layers;
    MapCanvas canvas(&layers);
    test::addFixtureLayers(layers);
    REQUIRE(test::showFixtureView(canvas));
    CHECK(canvasColourAt(canvas, QPointF(50, 50)) == fg::gis::landUseColor(QStringLiteral("0101")));
    CHECK(canvasColourAt(canvas, QPointF(50, 50)) == QColor(248, 208, 114));
    // Off the incidents' centres, where their number labels sit.
    CHECK(canvasColourAt(canvas, QPointF(23, 113)) == fg::gis::verdictColor(fg::gis::VerdictClass::Accountability));
    CHECK(canvasColourAt(canvas, QPointF(63, 113)) == fg::gis::verdictColor(fg::gis::VerdictClass::BelowThreshold));
    CHECK(canvasColourAt(canvas, QPointF(103, 113)) == fg::gis::verdictColor(fg::gis::VerdictClass::NotAnalysed));
}

TEST_CASE("incidents are drawn above parcels whatever the loading order")
{
    MapLayerSet layers;
    const QString incidents = layers.addLayer(fg::gis::test::makeIncidents());
    const QString parcels = layers.addLayer(fg::gis::test::makeParcels());
    CHECK(layers.indexOf(parcels) < layers.indexOf(incidents));
    layers.moveLayer(incidents, -1);
    CHECK(layers.indexOf(parcels) > layers.indexOf(incidents));
}

TEST_CASE("wheel zoom keeps the map point under the cursor and the history goes back")
{
    MapLayerSet layers;
    MapCanvas canvas(&layers);
    test::addFixtureLayers(layers);
    REQUIRE(test::showFixtureView(canvas));
    const fg::gis::MapTransform before = canvas.transform();
    const QPointF cursor(120, 80);
    const QPointF under = before.toMap(cursor);
    QWheelEvent wheel(cursor, canvas.mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(&canvas, &wheel);
    CHECK(canvas.transform().unitsPerPixel() == Approx(0.5 / 1.25));
    const QPointF after = canvas.transform().toMap(cursor);
    CHECK(after.x() == Approx(under.x()).margin(1e-9));
    CHECK(after.y() == Approx(under.y()).margin(1e-9));
    REQUIRE(canvas.hasPreviousExtent());
    canvas.previousExtent();
    CHECK(canvas.transform() == before);
    REQUIRE(canvas.hasNextExtent());
}

TEST_CASE("dragging pans at once, before the new render arrives")
{
    MapLayerSet layers;
    MapCanvas canvas(&layers);
    test::addFixtureLayers(layers);
    REQUIRE(test::showFixtureView(canvas));
    const fg::gis::MapTransform before = canvas.transform();
    QTest::mousePress(&canvas, Qt::LeftButton, Qt::NoModifier, QPoint(300, 150));
    QTest::mouseMove(&canvas, QPoint(340, 170));
    QTest::mouseRelease(&canvas, Qt::LeftButton, Qt::NoModifier, QPoint(340, 170));
    // 40 px right and 20 px down at 0.5 m/px: the view centre moved 20 m west and 10 m north.
    CHECK(canvas.transform().centre().x() == Approx(before.centre().x() - 20));
    CHECK(canvas.transform().centre().y() == Approx(before.centre().y() + 10));
    // The old image is still the one on screen, shifted by the drag, until the new one is ready.
    CHECK(canvas.lastImageTransform() == before);
    CHECK(canvas.transform().pixelTransformFrom(before).map(QPointF(0, 0)) == QPointF(40, 20));
}

TEST_CASE("a county-size layer's first render builds its index and outlines off the UI thread, which never waits 50 ms")
{
    // 62,500 parcels of 9 vertices in a 250 × 250 lattice: over RenderOptions::outlinesFromFeatures,
    // so the first full view builds the layer's boxes and its band's outlines.
    auto parcels = std::make_shared<fg::gis::VectorLayer>();
    parcels->name = QStringLiteral("cultivated");
    parcels->geometryKind = fg::gis::GeometryKind::Polygon;
    parcels->fields = {{QStringLiteral("DLBM"), fg::gis::FieldType::Text}};
    for (int i = 0; i < 250; ++i)
        for (int j = 0; j < 250; ++j) {
            const double x = i * 40.0, y = j * 40.0;
            parcels->addFeature(i * 250 + j, {QStringLiteral("0101")},
                                fg::gis::fromWkt(QStringLiteral("POLYGON((%1 %2,%3 %2,%4 %2,%4 %5,%4 %6,%3 %6,%1 %6,%1 %5,%1 %2))")
                                                     .arg(x).arg(y).arg(x + 18).arg(x + 36).arg(y + 18).arg(y + 36)));
        }
    parcels->buildIndex();
    MapLayerSet layers;
    MapCanvas canvas(&layers);
    canvas.resize(1920, 1080);
    layers.addLayer(parcels, QRectF(0, 0, 10000, 10000));
    canvas.setTransform(fg::gis::MapTransform::fitting(QRectF(0, 0, 10000, 10000), QSize(1920, 1080)));
    QEventLoop loop;
    QElapsedTimer sinceTick;
    double longestGap = 0;
    qint64 renderMs = -1;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longestGap = std::max(longestGap, sinceTick.nsecsElapsed() / 1e6);
        sinceTick.start();
    });
    QObject::connect(&canvas, &MapCanvas::renderFinished, [&](qint64 ms) {
        renderMs = ms;
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    sinceTick.start();
    ticker.start();
    canvas.refresh();
    loop.exec();
    INFO("render " << renderMs << " ms, longest UI-thread gap " << longestGap << " ms");
    REQUIRE(renderMs >= 0);
    CHECK(longestGap < 50);
    // The parcel at the centre of the lattice is drawn in its class colour.
    CHECK(canvasColourAt(canvas, QPointF(5018, 5018)) == fg::gis::landUseColor(QStringLiteral("0101")));
}
