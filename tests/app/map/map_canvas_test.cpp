// SPDX-License-Identifier: MIT
#include "app/map/map_canvas.h"

#include "app/map/map_layer_set.h"
#include "gis/render/land_use_palette.h"
#include "map_test_support.h"

#include <catch2/catch.hpp>

#include <QTest>
#include <QWheelEvent>

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
