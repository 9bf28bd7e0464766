// SPDX-License-Identifier: MIT
// ringsApart (gis/analysis/rings_apart.h): the outline proof that two pieces share no interior,
// taken before GEOS's relate; each answer checked against the relate.
#include "gis/analysis/rings_apart.h"
#include "gis/analysis/overlay_engine.h"
#include "hand_layers.h"

#include <catch2/catch.hpp>

using namespace fg::gis;
using namespace fg::test;

namespace {

std::vector<double> ring(std::initializer_list<std::pair<double, double>> points)
{
    return closedRing({ points.begin(), points.end() });
}

std::vector<double> rect(double x0, double y0, double x1, double y1)
{
    return ring({ { x0, y0 }, { x1, y0 }, { x1, y1 }, { x0, y1 } });
}

/// GEOS's answer: interiors apart ("2********" false).
bool relateApart(const std::vector<double> &a, const std::vector<double> &b)
{
    auto polygonOf = [](const std::vector<double> &xy) {
        QStringList points;
        for (size_t i = 0; i < xy.size(); i += 2)
            points << QStringLiteral("%1 %2").arg(xy[i], 0, 'f', 6).arg(xy[i + 1], 0, 'f', 6);
        return polygon(QLatin1Char('(') + points.join(QStringLiteral(", ")) + QLatin1Char(')'));
    };
    return GEOSRelatePattern_r(geosContext(), polygonOf(a).get(), polygonOf(b).get(), "2********") == 0;
}

} // namespace

TEST_CASE("ringsApart proves neighbours apart and refuses every other case", "[ringsapart]")
{
    // Neighbours along a whole edge, at a corner only, and an L-shaped neighbour wrapping a square.
    const auto square = rect(0, 0, 100, 100);
    const std::vector<std::vector<double>> apart { rect(100, 0, 200, 100), rect(100, 100, 200, 200),
        ring({ { 100, 0 }, { 200, 0 }, { 200, 200 }, { 0, 200 }, { 0, 100 }, { 100, 100 } }) };
    for (const auto &b : apart) {
        CHECK(ringsApart(square, b));
        CHECK(ringsApart(b, square));
        CHECK(relateApart(square, b));
    }
    // Refused: overlapping, one inside the other along three edges, the same square, crossing
    // outlines, a T-junction (a vertex inside the other's edge), a vertex on the other's edge
    // from outside, and a neighbour whose edge is only part of the square's (collinear overlap).
    const std::vector<std::vector<double>> refused { rect(50, 0, 150, 100), rect(0, 0, 50, 100), rect(0, 0, 100, 100),
        ring({ { 50, -50 }, { 150, 50 }, { 50, 150 } }), ring({ { 100, 50 }, { 200, 50 }, { 200, 150 }, { 100, 150 } }),
        ring({ { 100, 50 }, { 200, 0 }, { 200, 100 } }), rect(100, 20, 200, 80) };
    for (const auto &b : refused) {
        CHECK_FALSE(ringsApart(square, b));
        CHECK_FALSE(ringsApart(b, square));
    }
    // The relate agrees the first four overlap; the last three touch only, which the relate
    // proves and the edge proof leaves to it.
    CHECK_FALSE(relateApart(square, refused[0]));
    CHECK_FALSE(relateApart(square, refused[1]));
    CHECK_FALSE(relateApart(square, refused[2]));
    CHECK_FALSE(relateApart(square, refused[3]));
    CHECK(relateApart(square, refused[6]));
}

TEST_CASE("ringsApart refuses a polygon inside another whose outline it does not touch", "[ringsapart]")
{
    // No edge meets, every edge of the inner square is inside the outer one: the midpoint test
    // refuses it (a proof from crossings alone would call them apart).
    const auto outer = rect(0, 0, 100, 100);
    const auto inner = rect(40, 40, 60, 60);
    CHECK_FALSE(ringsApart(outer, inner));
    CHECK_FALSE(ringsApart(inner, outer));
    CHECK_FALSE(relateApart(outer, inner));
    // Two parcels sharing a slanted edge cut at GK coordinates (bitwise the same vertices).
    const auto left = ring({ { 0, 0 }, { 63.17, 0 }, { 41.05, 87.3 }, { 0, 87.3 } });
    const auto right = ring({ { 63.17, 0 }, { 120, 0 }, { 120, 87.3 }, { 41.05, 87.3 } });
    CHECK(ringsApart(left, right));
    CHECK(relateApart(left, right));
}
