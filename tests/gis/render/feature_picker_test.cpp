// SPDX-License-Identifier: MIT
#include "gis/render/feature_picker.h"
#include "gis/render/geo_reference.h"

#include "render_fixture.h"

#include <catch2/catch.hpp>

using namespace fg::gis;

TEST_CASE("features at a point: the polygon containing it, and nothing inside a hole")
{
    const auto parcels = test::makeParcels();
    CHECK(featuresAt(*parcels, QPointF(50, 50), 0.5) == std::vector<int>{0});
    CHECK(featuresAt(*parcels, QPointF(250, 50), 0.5).empty());
    // On the shared edge of parcels 0 and 1, both are hit.
    CHECK(featuresAt(*parcels, QPointF(100, 50), 0.5) == std::vector<int>{0, 1});
    // Within tolerance of an edge from outside: the nearest comes first.
    CHECK(featuresAt(*parcels, QPointF(50, 100.4), 0.5) == std::vector<int>{0});
}

TEST_CASE("features in a rectangle are those it intersects")
{
    const auto parcels = test::makeParcels();
    CHECK(featuresIn(*parcels, QRectF(QPointF(90, 10), QPointF(110, 20))) == std::vector<int>{0, 1});
    // Entirely inside the hole of parcel 2: no hit although the envelope matches.
    CHECK(featuresIn(*parcels, QRectF(QPointF(240, 40), QPointF(260, 60))).empty());
}

TEST_CASE("working-CRS points convert to CGCS2000 longitude and latitude")
{
    const GeoReference geo(QStringLiteral("EPSG:4547"));
    REQUIRE(geo.isValid());
    // The central meridian 114°E at false easting 500000; on the equator northing 0.
    QPointF lonLat;
    REQUIRE(geo.toLonLat(QPointF(500000, 0), &lonLat));
    CHECK(lonLat.x() == Approx(114.0).margin(1e-9));
    CHECK(lonLat.y() == Approx(0.0).margin(1e-9));
    // Along the central meridian the Gauss-Krüger northing is the meridian arc length, so a
    // line from the equator to 4,000,000 m north measures 4,000,000 m on the ellipsoid.
    CHECK(geo.geodesicLength(QPolygonF{QPointF(500000, 0), QPointF(500000, 4000000)}) == Approx(4000000).epsilon(1e-7));
    CHECK_FALSE(GeoReference(QStringLiteral("not a crs")).isValid());
}
