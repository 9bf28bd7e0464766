// SPDX-License-Identifier: MIT
#include "gis/report/boundary_points.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace fg::gis;

TEST_CASE("Boundary points run clockwise from the north-west vertex with plane edge lengths", "[report]")
{
    // Counter-clockwise input (as GEOS often gives it); the closing vertex and a repeated
    // vertex must not become points of their own.
    GeosGeometryPtr polygon = fromWkt(QStringLiteral(
        "POLYGON((500000 4000000, 500030 4000000, 500030 4000040, 500030 4000040, 500000 4000040, 500000 4000000))"));
    const std::vector<BoundaryRing> rings = boundaryPoints(polygon.get());
    REQUIRE(rings.size() == 1);
    const std::vector<BoundaryPoint> &p = rings[0].points;
    REQUIRE(p.size() == 4);
    // North-west corner first (greatest northing − easting), then clockwise: NE, SE, SW.
    CHECK(p[0].name == "J1");
    CHECK(p[0].x == 4000040); // X is the northing
    CHECK(p[0].y == 500000);  // Y is the easting
    CHECK(p[1].x == 4000040);
    CHECK(p[1].y == 500030);
    CHECK(p[2].x == 4000000);
    CHECK(p[2].y == 500030);
    CHECK(p[3].y == 500000);
    // A 30 m × 40 m rectangle: edges 30, 40, 30, 40 (the last back to J1).
    CHECK(p[0].edgeToNext == Approx(30).margin(1e-9));
    CHECK(p[1].edgeToNext == Approx(40).margin(1e-9));
    CHECK(p[2].edgeToNext == Approx(30).margin(1e-9));
    CHECK(p[3].edgeToNext == Approx(40).margin(1e-9));
}

TEST_CASE("Boundary points number holes and parts on across rings", "[report]")
{
    GeosGeometryPtr geometry = fromWkt(QStringLiteral(
        "MULTIPOLYGON(((0 0, 0 100, 100 100, 100 0, 0 0), (40 40, 60 40, 60 60, 40 60, 40 40)),"
        "((200 0, 203 4, 206 0, 200 0)))"));
    const std::vector<BoundaryRing> rings = boundaryPoints(geometry.get());
    REQUIRE(rings.size() == 3);
    CHECK_FALSE(rings[0].hole);
    CHECK(rings[1].hole);
    CHECK(rings[1].part == 1);
    CHECK(rings[2].part == 2);
    CHECK(rings[0].points.front().name == "J1");
    CHECK(rings[1].points.front().name == "J5");
    CHECK(rings[2].points.front().name == "J9");
    // The triangle with sides 5, 5, 6: its north-west vertex is the apex (203, 4), whose
    // northing − easting (−199) beats (200, 0)'s (−200); clockwise from there: (206, 0), (200, 0).
    const std::vector<BoundaryPoint> &t = rings[2].points;
    REQUIRE(t.size() == 3);
    CHECK(t[0].y == 203);
    CHECK(t[1].y == 206);
    CHECK(t[2].y == 200);
    CHECK(t[0].edgeToNext == Approx(5));
    CHECK(t[1].edgeToNext == Approx(6));
    CHECK(t[2].edgeToNext == Approx(5));
}
