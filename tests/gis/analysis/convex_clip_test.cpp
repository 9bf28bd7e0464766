// SPDX-License-Identifier: MIT
// ConvexClip (gis/analysis/convex_clip.h): where it clips, GEOS's very polygon; where the guard
// cannot prove general position, null (the engine then takes GEOS's intersection).
#include "gis/analysis/convex_clip.h"
#include "gis/analysis/overlay_engine.h"
#include "gis/io/vector_layer.h"
#include "hand_layers.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <random>

using namespace fg::gis;
using namespace fg::test;

namespace {

double planar(const GEOSGeometry *g)
{
    double area = 0;
    REQUIRE(GEOSArea_r(geosContext(), g, &area) == 1);
    return area;
}

/// True when a and b have the very same vertices (start and direction aside): both normalised,
/// then compared with no tolerance.
bool sameVertices(const GEOSGeometry *a, const GEOSGeometry *b)
{
    GEOSContextHandle_t ctx = geosContext();
    GeosGeometryPtr na = cloneGeometry(a), nb = cloneGeometry(b);
    GEOSNormalize_r(ctx, na.get());
    GEOSNormalize_r(ctx, nb.get());
    return GEOSEqualsExact_r(ctx, na.get(), nb.get(), 0.0) == 1;
}

GeosGeometryPtr geosIntersection(const GEOSGeometry *target, const GEOSGeometry *parcel)
{
    GeosGeometryPtr g(GEOSIntersection_r(geosContext(), target, parcel));
    REQUIRE(g);
    return g;
}

/// A ring "(x y, …)" of points (metres from kX, kY), closed.
QString ring(const std::vector<std::pair<double, double>> &points)
{
    QStringList xy;
    for (size_t i = 0; i <= points.size(); ++i) {
        const auto &[x, y] = points[i % points.size()];
        xy << QStringLiteral("%1 %2").arg(kX + x, 0, 'f', 6).arg(kY + y, 0, 'f', 6);
    }
    return QLatin1Char('(') + xy.join(QStringLiteral(", ")) + QLatin1Char(')');
}

} // namespace

TEST_CASE("ConvexClip cuts a parcel crossing a convex target twice into GEOS's very polygon", "[convexclip]")
{
    // Target [0,100]², parcel [50,150]×[20,80]: the piece is [50,100]×[20,80], 50 × 60 = 3,000 m².
    const GeosGeometryPtr target = square(0, 0, 100, 100);
    const GeosGeometryPtr parcel = square(50, 20, 150, 80);
    const ConvexClip clip(target.get());
    REQUIRE(clip.usable());
    const GeosGeometryPtr piece = clip.intersection(parcel.get());
    REQUIRE(piece);
    CHECK(planar(piece.get()) == Approx(3000.0).margin(1e-6));
    CHECK(sameVertices(piece.get(), geosIntersection(target.get(), parcel.get()).get()));

    // A slanted cut: triangle target (0,0) (100,0) (0,100) and the parcel [20,120]×[-10,30].
    // The piece is (20,0) (100,0) (70,30) (20,30): the parcel's vertex (20,30), the target's
    // (100,0), the crossings (20,0) and (70,30); (80 + 50) / 2 × 30 = 1,950 m².
    const GeosGeometryPtr triangle = polygon(ring({ { 0, 0 }, { 100, 0 }, { 0, 100 } }));
    const GeosGeometryPtr slab = square(20, -10, 120, 30);
    const ConvexClip slanted(triangle.get());
    const GeosGeometryPtr cut = slanted.intersection(slab.get());
    REQUIRE(cut);
    CHECK(planar(cut.get()) == Approx(1950.0).margin(1e-6));
    CHECK(sameVertices(cut.get(), geosIntersection(triangle.get(), slab.get()).get()));
}

TEST_CASE("ConvexClip gives the target itself when it lies inside the parcel", "[convexclip]")
{
    // A 10 m × 20 m target inside a 100 m square: the piece is the target, 200 m².
    const GeosGeometryPtr target = square(30, 30, 40, 50);
    const GeosGeometryPtr parcel = square(0, 0, 100, 100);
    const GeosGeometryPtr piece = ConvexClip(target.get()).intersection(parcel.get());
    REQUIRE(piece);
    CHECK(planar(piece.get()) == Approx(200.0).margin(1e-9));
    CHECK(sameVertices(piece.get(), geosIntersection(target.get(), parcel.get()).get()));
}

TEST_CASE("ConvexClip refuses what is not general position, and GEOS clips it", "[convexclip]")
{
    const GeosGeometryPtr target = square(0, 0, 100, 100);
    const ConvexClip clip(target.get());
    REQUIRE(clip.usable());
    // A parcel vertex on the target's edge (it would split the edge there: a T-junction).
    CHECK_FALSE(clip.intersection(polygon(ring({ { 100, 50 }, { 150, 20 }, { 150, 80 } })).get()));
    CHECK_FALSE(clip.intersection(polygon(ring({ { 100, 50 }, { 150, 20 }, { 150, 80 }, { 60, 60 } })).get()));
    // A target vertex on the parcel's edge, and a parcel sharing the target's edge.
    CHECK_FALSE(clip.intersection(polygon(ring({ { 50, 100 }, { 150, 100 }, { 150, 150 }, { 80, 150 } })).get()));
    CHECK_FALSE(clip.intersection(square(100, 0, 200, 100).get()));
    CHECK_FALSE(clip.intersection(square(50, 0, 150, 100).get()));
    // A parcel vertex 1e-7 m outside the edge: closer than kGap.
    CHECK_FALSE(clip.intersection(polygon(ring({ { 100.0000001, 50 }, { 60, 40 }, { 60, 60 } })).get()));
    // A parcel with a hole (it would need GEOS's ring assembly).
    CHECK_FALSE(clip.intersection(polygon(box(50, 20, 150, 80) + QLatin1Char(',') + box(120, 40, 130, 60)).get()));
    // Targets the clipper does not take: not convex, a hole, two parts that touch.
    CHECK_FALSE(ConvexClip(polygon(ring({ { 0, 0 }, { 100, 0 }, { 50, 10 }, { 50, 100 } })).get()).usable());
    CHECK_FALSE(ConvexClip(polygon(box(0, 0, 100, 100) + QLatin1Char(',') + box(40, 40, 60, 60)).get()).usable());
    const GeosGeometryPtr touching
        = fromWkt(QStringLiteral("MULTIPOLYGON((%1),(%2))").arg(box(0, 0, 10, 10), box(10, 0, 20, 10)));
    REQUIRE(touching);
    CHECK_FALSE(ConvexClip(touching.get()).usable());
    // A star (pentagram) turns the same way at every vertex but is not convex.
    std::vector<std::pair<double, double>> star;
    for (int i = 0; i < 5; ++i)
        star.emplace_back(50 + 40 * std::cos(i * 4 * M_PI / 5), 50 + 40 * std::sin(i * 4 * M_PI / 5));
    CHECK_FALSE(ConvexClip(fromWkt(QStringLiteral("POLYGON(%1)").arg(ring(star))).get()).usable());
}

TEST_CASE("ConvexClip walks a parcel crossing a target four times, and a party's two incidents", "[convexclip]")
{
    // A U-shaped parcel whose two arms cross the target [0,100]²: two pieces, [80,100]×[10,30]
    // and [80,100]×[70,90], 20 × 20 each = 800 m², a multipolygon as GEOS gives it.
    const GeosGeometryPtr target = square(0, 0, 100, 100);
    const GeosGeometryPtr u = polygon(ring({ { 80, 10 }, { 200, 10 }, { 200, 90 }, { 80, 90 }, { 80, 70 }, { 150, 70 },
        { 150, 30 }, { 80, 30 } }));
    const GeosGeometryPtr arms = ConvexClip(target.get()).intersection(u.get());
    REQUIRE(arms);
    CHECK(GEOSGetNumGeometries_r(geosContext(), arms.get()) == 2);
    CHECK(planar(arms.get()) == Approx(800.0).margin(1e-6));
    CHECK(sameVertices(arms.get(), geosIntersection(target.get(), u.get()).get()));
    // The same U over a target whose one edge both arms cross at once: a C-shaped piece,
    // [60,100]×[10,90] less [60,100]×[30,70] = 40 × 80 − 40 × 40 = 1,600 m², one polygon.
    const GeosGeometryPtr wide = polygon(ring({ { 60, 0 }, { 100, 0 }, { 100, 100 }, { 60, 100 } }));
    const GeosGeometryPtr deepU = polygon(ring({ { 40, 10 }, { 200, 10 }, { 200, 90 }, { 40, 90 }, { 40, 70 }, { 150, 70 },
        { 150, 30 }, { 40, 30 } }));
    const GeosGeometryPtr c = ConvexClip(wide.get()).intersection(deepU.get());
    REQUIRE(c);
    CHECK(planar(c.get()) == Approx(2 * 40 * 20).margin(1e-6));
    CHECK(sameVertices(c.get(), geosIntersection(wide.get(), deepU.get()).get()));
    // A party's two incidents [0,10]×[0,10] and [20,0]×[30,10] and a parcel [5,25]×[2,8] across
    // both: 5 × 6 + 5 × 6 = 60 m² in two pieces.
    const GeosGeometryPtr party = fromWkt(QStringLiteral("MULTIPOLYGON((%1),(%2))")
                                              .arg(box(0, 0, 10, 10), box(20, 0, 30, 10)));
    REQUIRE(party);
    const ConvexClip both(party.get());
    REQUIRE(both.usable());
    const GeosGeometryPtr across = square(5, 2, 25, 8);
    const GeosGeometryPtr pieces = both.intersection(across.get());
    REQUIRE(pieces);
    CHECK(planar(pieces.get()) == Approx(60.0).margin(1e-9));
    CHECK(sameVertices(pieces.get(), geosIntersection(party.get(), across.get()).get()));
    // Only the first incident is met: one polygon, 5 × 6 = 30 m².
    const GeosGeometryPtr one = both.intersection(square(5, 2, 15, 8).get());
    REQUIRE(one);
    CHECK(GEOSGeomTypeId_r(geosContext(), one.get()) == GEOS_POLYGON);
    CHECK(planar(one.get()) == Approx(30.0).margin(1e-9));
}

TEST_CASE("ConvexClip's pieces have GEOS's very vertices over thousands of random cuts", "[convexclip]")
{
    // Incident-like convex targets (6–10 vertices) against irregular 20-vertex parcels, at GK
    // coordinates: wherever the clipper answers, normalised pieces equal GEOS's with tolerance 0
    // (a crossing point computed another way, or a vertex dropped or added, fails this).
    std::mt19937 rng(15);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    int clipped = 0, several = 0;
    for (int trial = 0; trial < 3000; ++trial) {
        std::vector<std::pair<double, double>> t, p;
        const int nt = 6 + trial % 5;
        const double cx = 1000 * unit(rng), cy = 1000 * unit(rng), r = 20 + 60 * unit(rng);
        for (int i = 0; i < nt; ++i) {
            const double a = 2 * M_PI * (i + 0.4 * unit(rng)) / nt;
            t.emplace_back(cx + r * std::cos(a), cy + 0.7 * r * std::sin(a));
        }
        const double px = cx + 150 * (unit(rng) - 0.5), py = cy + 150 * (unit(rng) - 0.5);
        for (int i = 0; i < 20; ++i) {
            const double a = 2 * M_PI * i / 20, rr = 40 + 40 * unit(rng);
            p.emplace_back(px + rr * std::cos(a), py + rr * std::sin(a));
        }
        const GeosGeometryPtr target = fromWkt(QStringLiteral("POLYGON(%1)").arg(ring(t)));
        const GeosGeometryPtr parcel = fromWkt(QStringLiteral("POLYGON(%1)").arg(ring(p)));
        const ConvexClip clip(target.get());
        if (!clip.usable() || GEOSIntersects_r(geosContext(), target.get(), parcel.get()) != 1
            || GEOSCovers_r(geosContext(), target.get(), parcel.get()) == 1)
            continue;
        const GeosGeometryPtr piece = clip.intersection(parcel.get());
        if (!piece)
            continue;
        ++clipped;
        several += GEOSGetNumGeometries_r(geosContext(), piece.get()) > 1;
        INFO("trial " << trial);
        REQUIRE(sameVertices(piece.get(), geosIntersection(target.get(), parcel.get()).get()));
    }
    CHECK(clipped > 1000);
    CHECK(several > 20); // four crossings and more, cut into several pieces, are common here
}
