// SPDX-License-Identifier: MIT
// provenSimpleRing / provenValidPolygon (gis/analysis/simple_ring.h): the proof that lets the
// overlay skip GEOS's IsValid; each answer checked against IsValid, and the engine's repair of
// a parcel drawn into a bowtie unchanged.
#include "gis/analysis/simple_ring.h"
#include "gis/analysis/overlay_engine.h"
#include "gis/geometry/area_calculator.h"
#include "gis/io/vector_layer.h"
#include "hand_layers.h"

#include <QStringList>

#include <catch2/catch.hpp>

#include <cmath>
#include <random>

using namespace fg::gis;
using namespace fg::test;

namespace {

std::vector<double> ringAt(const std::vector<std::pair<double, double>> &points)
{
    return closedRing(points);
}

GeosGeometryPtr polygonOf(const std::vector<double> &xy)
{
    QStringList points;
    for (size_t i = 0; i < xy.size(); i += 2)
        points << QStringLiteral("%1 %2").arg(xy[i], 0, 'g', 17).arg(xy[i + 1], 0, 'g', 17);
    return polygon(QLatin1Char('(') + points.join(QStringLiteral(", ")) + QLatin1Char(')'));
}

bool geosValid(const std::vector<double> &xy)
{
    const GeosGeometryPtr g = polygonOf(xy);
    return GEOSisValid_r(geosContext(), g.get()) == 1;
}

/// The answer of the proof, after checking that it never says valid where GEOS says invalid.
bool proven(const std::vector<double> &xy)
{
    const bool answer = provenSimpleRing(xy);
    const GeosGeometryPtr g = polygonOf(xy);
    CHECK(provenValidPolygon(geosContext(), g.get()) == answer);
    if (answer)
        CHECK(geosValid(xy));
    return answer;
}

} // namespace

TEST_CASE("simple rings are proven valid, straight runs of vertices included", "[simplering]")
{
    CHECK(proven(ringAt({ { 0, 0 }, { 100, 0 }, { 100, 100 }, { 0, 100 } })));
    CHECK(proven(ringAt({ { 0, 0 }, { 100, 0 }, { 0, 100 } }))); // a triangle: three consecutive pairs
    // A densified edge: vertices on the straight line from (0,0) to (90,0), each continuing it.
    CHECK(proven(ringAt({ { 0, 0 }, { 30, 0 }, { 60, 0 }, { 90, 0 }, { 90, 50 }, { 0, 50 } })));
    // An L-shape (a reflex vertex) and a comb whose teeth come within 1 cm of each other.
    CHECK(proven(ringAt({ { 0, 0 }, { 60, 0 }, { 60, 20 }, { 20, 20 }, { 20, 60 }, { 0, 60 } })));
    CHECK(proven(ringAt({ { 0, 0 }, { 30, 0 }, { 30, 50 }, { 20.01, 50 }, { 20.01, 10 }, { 19.99, 10 },
        { 19.99, 50 }, { 0, 50 } })));
}

TEST_CASE("self-intersecting, self-touching and folded rings are not proven", "[simplering]")
{
    // A bowtie: its two diagonals cross at (50,50).
    const std::vector<double> bowtie = ringAt({ { 0, 0 }, { 100, 100 }, { 100, 0 }, { 0, 100 } });
    CHECK_FALSE(geosValid(bowtie));
    CHECK_FALSE(proven(bowtie));
    // A ring through the same vertex twice (two squares meeting at (50,50)): invalid for GEOS.
    const std::vector<double> eight
        = ringAt({ { 0, 0 }, { 50, 0 }, { 50, 50 }, { 100, 50 }, { 100, 100 }, { 50, 100 }, { 50, 50 }, { 0, 50 } });
    CHECK_FALSE(geosValid(eight));
    CHECK_FALSE(proven(eight));
    // A vertex on another edge (a ring touching itself without a repeated vertex).
    const std::vector<double> touching
        = ringAt({ { 0, 0 }, { 100, 0 }, { 100, 100 }, { 50, 100 }, { 50, 0.0 }, { 40, 100 }, { 0, 100 } });
    CHECK_FALSE(geosValid(touching));
    CHECK_FALSE(proven(touching));
    // A spike folding back along its own edge.
    const std::vector<double> spike = ringAt({ { 0, 0 }, { 100, 0 }, { 150, 0 }, { 120, 0 }, { 100, 100 } });
    CHECK_FALSE(geosValid(spike));
    CHECK_FALSE(proven(spike));
    // A repeated consecutive vertex is valid for GEOS but left to it (an edge of length zero).
    const std::vector<double> repeated = ringAt({ { 0, 0 }, { 100, 0 }, { 100, 0 }, { 100, 100 }, { 0, 100 } });
    CHECK(geosValid(repeated));
    CHECK_FALSE(proven(repeated));
    // A vertex a few ulps (about 1 nm) above another edge: apart, as GEOS says.
    const std::vector<double> near
        = ringAt({ { 0, 0 }, { 100, 0 }, { 100, 100 }, { 50, 100 }, { 50, 1e-9 }, { 40, 90 }, { 0, 100 } });
    CHECK(near[9] > kY);
    CHECK(geosValid(near));
    CHECK(proven(near));
    // An edge on the line of another, apart but touching its box: GEOS says valid; the proof
    // (a zero orientation sign) leaves it to GEOS.
    const std::vector<double> inLine
        = ringAt({ { 0, 0 }, { 100, 0 }, { 100, 100 }, { 50, 100 }, { 50, 1e-9 }, { 40, 100 }, { 0, 100 } });
    CHECK(geosValid(inLine));
    CHECK_FALSE(proven(inLine));
}

TEST_CASE("polygons with holes or several parts are left to GEOS, one-part multipolygons are read", "[simplering]")
{
    GEOSContextHandle_t ctx = geosContext();
    const GeosGeometryPtr holed = polygon(box(0, 0, 100, 100) + QLatin1Char(',') + box(10, 10, 20, 20));
    CHECK(GEOSisValid_r(ctx, holed.get()) == 1);
    CHECK_FALSE(provenValidPolygon(ctx, holed.get()));
    const GeosGeometryPtr parts = fromWkt(QStringLiteral("MULTIPOLYGON((%1),(%2))")
                                              .arg(box(0, 0, 10, 10), box(20, 0, 30, 10)));
    REQUIRE(parts);
    CHECK_FALSE(provenValidPolygon(ctx, parts.get()));
    // A multipolygon of one part (a project layer's parcel) is its polygon.
    const GeosGeometryPtr one = fromWkt(QStringLiteral("MULTIPOLYGON((%1))").arg(box(0, 0, 10, 10)));
    REQUIRE(one);
    CHECK(provenValidPolygon(ctx, one.get()));
    const GeosGeometryPtr oneBowtie = fromWkt(QStringLiteral("MULTIPOLYGON(((%1 %2, %3 %4, %3 %2, %1 %4, %1 %2)))")
                                                  .arg(kX, 0, 'f', 3)
                                                  .arg(kY, 0, 'f', 3)
                                                  .arg(kX + 100, 0, 'f', 3)
                                                  .arg(kY + 100, 0, 'f', 3));
    REQUIRE(oneBowtie);
    CHECK_FALSE(provenValidPolygon(ctx, oneBowtie.get()));
}

TEST_CASE("random parcels: the proof never calls an invalid ring valid", "[simplering]")
{
    // Star-shaped rings of 8–30 vertices (radii 20–100 m) are simple; with two vertices swapped
    // most are not. Each answer is checked against IsValid in proven().
    std::mt19937 random(15);
    std::uniform_real_distribution<double> radius(20.0, 100.0);
    int provenCount = 0, invalidCount = 0;
    for (int trial = 0; trial < 2000; ++trial) {
        const int n = 8 + trial % 23;
        std::vector<std::pair<double, double>> points;
        for (int i = 0; i < n; ++i) {
            const double angle = 2 * M_PI * i / n, r = radius(random);
            points.emplace_back(r * std::cos(angle), r * std::sin(angle));
        }
        if (trial % 2 == 1)
            std::swap(points[static_cast<size_t>(trial % n)], points[static_cast<size_t>((trial / 2) % n)]);
        const std::vector<double> xy = ringAt(points);
        provenCount += proven(xy) ? 1 : 0;
        invalidCount += geosValid(xy) ? 0 : 1;
    }
    CHECK(provenCount >= 1000); // every unswapped star, at least
    CHECK(invalidCount > 300);
}

TEST_CASE("a parcel drawn into a bowtie is still repaired, named, and measured as MakeValid's", "[simplering]")
{
    // A 21-vertex parcel over [0,100]² (densified edges) with a bottom and a top vertex swapped:
    // valid once, then edited outside FarmGuard. MakeValid's figure is not the square's.
    std::vector<std::pair<double, double>> points;
    for (int i = 0; i <= 10; ++i)
        points.emplace_back(10.0 * i, 0.0); // bottom, densified
    points.emplace_back(100.0, 100.0);
    for (int i = 9; i >= 1; --i)
        points.emplace_back(10.0 * i, 100.0); // top, densified
    // (20,0) → (30,100) → (40,0) and (40,100) → (30,0) → (20,100): two vertices swapped
    // across the parcel, so its edges cross.
    std::swap(points[3], points[18]);
    points.emplace_back(0.0, 100.0);
    const std::vector<double> xy = ringAt(points);
    CHECK_FALSE(proven(xy));
    VectorLayer basic;
    basic.sourcePath = QStringLiteral("edited/basic.shp");
    basic.fields = { { QStringLiteral("DLBM"), FieldType::Text } };
    basic.addFeature(7, { QStringLiteral("0101") }, polygonOf(xy));
    const OverlayEngine engine(&basic, nullptr, kEpsg);
    const AreaCalculator calculator(kEpsg);
    const GeosGeometryPtr incident = polygon(box(-10, -10, 110, 110));
    const GeosGeometryPtr parcel = polygonOf(xy);
    const GeosGeometryPtr repaired(GEOSMakeValid_r(geosContext(), parcel.get()));
    double expected = 0;
    GEOSArea_r(geosContext(), repaired.get(), &expected);
    CHECK(expected < 10000.0 - 1.0); // MakeValid's figure is not the square's
    CHECK(engine.measure(incident.get(), calculator).basicFarmland.planar == Approx(expected).epsilon(1e-12));
    const QStringList warnings = engine.warnings();
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].contains(QStringLiteral("edited/basic.shp")));
    CHECK(warnings[0].contains(QStringLiteral("7")));
}

TEST_CASE("the proof keeps its scratch per thread: each ring answered as on its own, longest first", "[simplering]")
{
    // A 2,000-vertex circle first, so every later, shorter ring runs in buffers that still hold
    // its edges: a proof that read past the ring's own edges would fail the bowtie or the square.
    std::vector<std::pair<double, double>> circle;
    for (int i = 0; i < 2000; ++i)
        circle.emplace_back(500 * std::cos(2 * M_PI * i / 2000), 500 * std::sin(2 * M_PI * i / 2000));
    const std::vector<double> round = ringAt(circle);
    const std::vector<double> bowtie = ringAt({ { 0, 0 }, { 100, 100 }, { 100, 0 }, { 0, 100 } });
    const std::vector<double> square = ringAt({ { 0, 0 }, { 100, 0 }, { 100, 100 }, { 0, 100 } });
    const std::vector<double> repeated = ringAt({ { 0, 0 }, { 100, 0 }, { 100, 0 }, { 100, 100 }, { 0, 100 } });
    for (int pass = 0; pass < 2; ++pass) {
        CHECK(proven(round));
        CHECK_FALSE(proven(bowtie));
        CHECK(proven(square));
        CHECK_FALSE(proven(repeated));
    }
    // The pointer form reads exactly `size` doubles: a square followed by points that would
    // cross it is still the square, and the same points with one more pair are not closed.
    std::vector<double> longer = square;
    longer.insert(longer.end(), { 50, -50, 50, 150 });
    CHECK(provenSimpleRing(longer.data(), square.size()));
    CHECK_FALSE(provenSimpleRing(longer.data(), square.size() + 2));
    CHECK_FALSE(provenSimpleRing(longer.data(), 6)); // two edges: not a ring
}
