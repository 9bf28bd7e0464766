// SPDX-License-Identifier: MIT
#include "gis/render/map_transform.h"

#include <catch2/catch.hpp>

using fg::gis::MapTransform;

namespace {
void requireNear(QPointF a, QPointF b, double tolerance = 1e-6)
{
    INFO("(" << a.x() << ", " << a.y() << ") vs (" << b.x() << ", " << b.y() << ")");
    REQUIRE(std::abs(a.x() - b.x()) <= tolerance);
    REQUIRE(std::abs(a.y() - b.y()) <= tolerance);
}
} // namespace

TEST_CASE("map and pixel coordinates round-trip, with y pointing up on the map and down on screen")
{
    // 2 m per pixel on an 800 x 600 view centred on (445000, 4007000).
    const MapTransform t(QPointF(445000, 4007000), 2.0, QSize(800, 600));
    requireNear(t.toPixel(QPointF(445000, 4007000)), QPointF(400, 300));
    // 100 m east and 100 m north: 50 px right and 50 px up.
    requireNear(t.toPixel(QPointF(445100, 4007100)), QPointF(450, 250));
    for (const QPointF map : {QPointF(444123.25, 4006001.5), QPointF(446999.9, 4007599.1)})
        requireNear(t.toMap(t.toPixel(map)), map);
    for (const QPointF pixel : {QPointF(0, 0), QPointF(799.5, 13.25)})
        requireNear(t.toPixel(t.toMap(pixel)), pixel);
    CHECK(t.visibleExtent() == QRectF(QPointF(444200, 4006400), QPointF(445800, 4007600)));
}

TEST_CASE("zooming around the cursor keeps the map point under the cursor")
{
    const MapTransform t(QPointF(445000, 4007000), 2.0, QSize(800, 600));
    const QPointF cursor(123, 456);
    const QPointF under = t.toMap(cursor);
    for (double factor : {2.0, 0.5, 1.25, 8.0}) {
        const MapTransform z = t.zoomedAround(cursor, factor);
        CHECK(z.unitsPerPixel() == Approx(2.0 / factor));
        requireNear(z.toMap(cursor), under, 1e-6);
    }
}

TEST_CASE("panning moves the content with the drag, and the pixel transform maps the old image")
{
    const MapTransform t(QPointF(1000, 2000), 0.5, QSize(400, 300));
    const MapTransform p = t.panned(QPointF(30, -20));
    // The map point that was at (100, 100) is now at (130, 80).
    requireNear(p.toPixel(t.toMap(QPointF(100, 100))), QPointF(130, 80));
    const MapTransform z = p.zoomedAround(QPointF(200, 150), 2.0);
    const QTransform image = z.pixelTransformFrom(t);
    for (const QPointF pixel : {QPointF(0, 0), QPointF(100, 100), QPointF(399, 299)})
        requireNear(image.map(pixel), z.toPixel(t.toMap(pixel)));
}

TEST_CASE("fitting shows the whole extent and the scale denominator follows the resolution")
{
    const QRectF extent(QPointF(442740, 4004197), QPointF(449429, 4011558));
    const MapTransform t = MapTransform::fitting(extent, QSize(1000, 800), 0.0);
    CHECK(t.visibleExtent().contains(extent));
    // The taller side limits: 7361 m over 800 px.
    CHECK(t.unitsPerPixel() == Approx(7361.0 / 800));
    // At 96 dpi one pixel is 0.0254/96 m on screen, so 1:N with N = upp * 96 / 0.0254.
    const MapTransform s = t.withScale(10000, 96);
    CHECK(s.unitsPerPixel() == Approx(10000 * 0.0254 / 96));
    CHECK(s.scaleDenominator(96) == Approx(10000));
}
