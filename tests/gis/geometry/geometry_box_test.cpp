// SPDX-License-Identifier: MIT
#include "gis/geometry/geometry_box.h"

#include <catch2/catch.hpp>

using namespace fg::gis;

TEST_CASE("A geometry's box spans all its parts, null and empty geometries have none", "[box]")
{
    // Two squares, (10 20)–(12 25) and (-3 21)–(-1 22): the box is x −3…12, y 20…25.
    const GeosGeometryPtr parts = fromWkt(QStringLiteral(
        "MULTIPOLYGON(((10 20,12 20,12 25,10 25,10 20)),((-3 21,-1 21,-1 22,-3 22,-3 21)))"));
    REQUIRE(parts);
    GeometryBox box;
    REQUIRE(geometryBox(parts.get(), &box));
    CHECK(box.minX == -3);
    CHECK(box.minY == 20);
    CHECK(box.maxX == 12);
    CHECK(box.maxY == 25);
    QRectF rect;
    REQUIRE(geometryEnvelope(parts.get(), &rect));
    CHECK(rect == QRectF(QPointF(-3, 20), QPointF(12, 25)));

    // A failed read leaves what the caller had.
    const GeometryBox before { 1, 2, 3, 4 };
    GeometryBox kept = before;
    const GeosGeometryPtr empty = fromWkt(QStringLiteral("POLYGON EMPTY"));
    REQUIRE(empty);
    CHECK_FALSE(geometryBox(empty.get(), &kept));
    CHECK_FALSE(geometryBox(nullptr, &kept));
    CHECK((kept.minX == 1 && kept.minY == 2 && kept.maxX == 3 && kept.maxY == 4));
    QRectF untouched(5, 6, 7, 8);
    CHECK_FALSE(geometryEnvelope(empty.get(), &untouched));
    CHECK(untouched == QRectF(5, 6, 7, 8));
}
