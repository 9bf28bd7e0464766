// SPDX-License-Identifier: MIT
// The overlay's figures as sums of pieces (gis/analysis/piece_sums.h): taken only where the
// pieces provably share no interior, and then equal to the unions' and the difference's areas.
#include "gis/analysis/overlay_engine.h"
#include "gis/analysis/piece_sums.h"
#include "gis/io/vector_layer.h"
#include "hand_layers.h"

#include <catch2/catch.hpp>

#include <array>

using namespace fg::gis;
using namespace fg::test;

namespace {

VectorLayer layer(const QString &path, bool withKcxs = false)
{
    VectorLayer l;
    l.sourcePath = path;
    l.fields = { { QStringLiteral("DLBM"), FieldType::Text }, { QStringLiteral("DLMC"), FieldType::Text } };
    if (withKcxs)
        l.fields.push_back({ QStringLiteral("KCXS"), FieldType::Real });
    return l;
}

void add(VectorLayer &l, qint64 fid, const char *code, GeosGeometryPtr g, double kcxs = 0)
{
    std::vector<QVariant> values { QString::fromLatin1(code), QString() };
    if (l.fields.size() > 2)
        values.push_back(kcxs);
    l.addFeature(fid, values, std::move(g));
}

Occupation measure(const VectorLayer *basic, const VectorLayer *land, const GEOSGeometry *incident)
{
    const OverlayEngine engine(basic, land, kEpsg);
    const AreaCalculator calculator(kEpsg);
    return engine.measure(incident, calculator);
}

struct Rectangle
{
    const char *code;
    std::array<double, 4> box; ///< x0, y0, x1, y1
    double kcxs = 0;
};

/// A layer of rectangles, feature ids from 1.
VectorLayer rectangles(const char *path, std::initializer_list<Rectangle> parcels, bool withKcxs = false)
{
    VectorLayer l = layer(QString::fromLatin1(path), withKcxs);
    qint64 fid = 0;
    for (const Rectangle &r : parcels)
        add(l, ++fid, r.code, square(r.box[0], r.box[1], r.box[2], r.box[3]), r.kcxs);
    return l;
}

/// measure() of the incident [0,100]².
Occupation measureSquare(const VectorLayer *basic, const VectorLayer *land)
{
    const GeosGeometryPtr incident = square(0, 0, 100, 100);
    return measure(basic, land, incident.get());
}

LandPieceRef cultivatedPiece(const GeosGeometryPtr &g, double k = 0)
{
    return { g.get(), 0, true, k };
}

/// The polygon of the vertices (metres from kX, kY), closed here.
GeosGeometryPtr ring(std::initializer_list<std::array<double, 2>> vertices)
{
    QStringList points;
    for (const auto &v : vertices)
        points << QStringLiteral("%1 %2").arg(kX + v[0], 0, 'f', 3).arg(kY + v[1], 0, 'f', 3);
    points << points.front();
    return polygon(QLatin1Char('(') + points.join(QStringLiteral(", ")) + QLatin1Char(')'));
}

/// GEOS's union of the rectangles {x0, y0, x1, y1}, for the test to measure whole.
GeosGeometryPtr unionOf(std::initializer_list<std::array<double, 4>> boxes)
{
    std::vector<GEOSGeometry *> raw;
    for (const auto &b : boxes)
        raw.push_back(square(b[0], b[1], b[2], b[3]).release());
    GEOSContextHandle_t ctx = geosContext();
    const GeosGeometryPtr collection(
        GEOSGeom_createCollection_r(ctx, GEOS_GEOMETRYCOLLECTION, raw.data(), static_cast<unsigned>(raw.size())));
    GeosGeometryPtr u(GEOSUnaryUnion_r(ctx, collection.get()));
    REQUIRE(u);
    return u;
}

/// Every method of a figure within 1e-6 m² of the areas of a geometry measured whole.
void checkAreas(const Areas &figure, const GEOSGeometry *whole)
{
    const AreaCalculator calculator(kEpsg);
    const Areas expected = calculator.areas(whole);
    CHECK(std::abs(figure.planar - expected.planar) < 1e-6);
    CHECK(std::abs(figure.ellipsoidal - expected.ellipsoidal) < 1e-6);
    CHECK(std::abs(figure.geodesic - expected.geodesic) < 1e-6);
}

} // namespace

TEST_CASE("overlapping parcels of one layer: no sum is taken, the figure is the union's", "[overlay][sums]")
{
    // Land-use parcels A = [-50,60]×[0,100] and B = [40,150]×[0,100] (both 旱地) overlap on
    // [40,60]×[0,100]. Incident [0,100]²: pieces 6000 + 6000 = 12000 m² summed, the union is
    // the incident, 10000 m² by hand.
    VectorLayer land = layer(QStringLiteral("hand/dltb.shp"));
    add(land, 1, "0103", square(-50, 0, 60, 100));
    add(land, 2, "0103", square(40, 0, 150, 100));
    const GeosGeometryPtr incident = square(0, 0, 100, 100);
    const Occupation o = measure(nullptr, &land, incident.get());
    CHECK(o.cultivated.planar == Approx(10000.0).epsilon(1e-12));
    REQUIRE(o.cultivatedByClass.size() == 1);
    CHECK(o.cultivatedByClass[0].areas.planar == Approx(10000.0).epsilon(1e-12));
    checkAreas(o.cultivated, incident.get());

    // The proof itself refuses them.
    const GeosGeometryPtr a = square(0, 0, 60, 100), b = square(40, 0, 100, 100);
    const AreaCalculator calculator(kEpsg);
    CHECK_FALSE(sumDisjointPieces({}, { cultivatedPiece(a), cultivatedPiece(b) }, calculator));
}

TEST_CASE("pieces touching along an edge or at a corner are summed: the sum is the union", "[overlay][sums]")
{
    // A 3 × 1 row of 40 m × 100 m parcels and one touching the middle one at a corner only,
    // all 旱地, incident [0,100]²: pieces 4000 + 4000 + 2000 = 10000 m² (the union, the incident).
    VectorLayer land = layer(QStringLiteral("hand/dltb.shp"));
    add(land, 1, "0103", square(0, 0, 40, 100));
    add(land, 2, "0103", square(40, 0, 80, 100));
    add(land, 3, "0103", square(80, 0, 120, 100));
    add(land, 4, "0101", square(80, 100, 120, 200)); // corner of parcel 2 at (80,100): outside
    const GeosGeometryPtr incident = square(0, 0, 100, 100);
    const Occupation o = measure(nullptr, &land, incident.get());
    CHECK(o.cultivated.planar == Approx(10000.0).epsilon(1e-12));
    checkAreas(o.cultivated, unionOf({ { 0, 0, 40, 100 }, { 40, 0, 80, 100 }, { 80, 0, 100, 100 } }).get());
    CHECK(o.cultivatedOutsideBasicFarmland.planar == Approx(10000.0).epsilon(1e-12));

    const GeosGeometryPtr a = square(0, 0, 40, 100), b = square(40, 0, 80, 100), c = square(80, 100, 120, 200);
    const AreaCalculator calculator(kEpsg);
    const std::optional<PieceSums> sums
        = sumDisjointPieces({}, { cultivatedPiece(a), cultivatedPiece(b), cultivatedPiece(c) }, calculator);
    REQUIRE(sums);
    CHECK(sums->cultivated.planar == Approx(12000.0).epsilon(1e-12));
    const GeosGeometryPtr ab = square(0, 0, 80, 100);
    // Ellipsoidal and geodesic areas add up over edge-sharing pieces like planar ones.
    const Areas whole = calculator.areas(ab.get());
    const Areas top = calculator.areas(c.get());
    CHECK(std::abs(sums->cultivated.ellipsoidal - (whole.ellipsoidal + top.ellipsoidal)) < 1e-6);
    CHECK(std::abs(sums->cultivated.geodesic - (whole.geodesic + top.geodesic)) < 1e-6);

    // A vertex of one piece inside another's edge (a T-junction: (40,30) on (40,0)–(40,100)) is
    // refused; the engine's union still gives the incident's own figures.
    VectorLayer split = layer(QStringLiteral("hand/dltb2.shp"));
    add(split, 1, "0103", square(0, 0, 40, 100));
    add(split, 2, "0103", square(40, 0, 100, 30));
    add(split, 3, "0103", square(40, 30, 100, 100));
    const Occupation t = measure(nullptr, &split, incident.get());
    CHECK(t.cultivated.planar == Approx(10000.0).epsilon(1e-12));
    // The union GEOS makes keeps the nodes (40,0), (40,100), (100,30) on its outline: its figure,
    // not the incident's (the three methods differ from the incident's by up to 1e-4 m² here).
    checkAreas(t.cultivated, unionOf({ { 0, 0, 40, 100 }, { 40, 0, 100, 30 }, { 40, 30, 100, 100 } }).get());
    const GeosGeometryPtr left = square(0, 0, 40, 100), low = square(40, 0, 100, 30), high = square(40, 30, 100, 100);
    CHECK_FALSE(
        sumDisjointPieces({}, { cultivatedPiece(left), cultivatedPiece(low), cultivatedPiece(high) }, calculator));
}

TEST_CASE("a cultivated piece partly inside basic farmland: outside is the rest", "[overlay][sums]")
{
    // Land-use 旱地, KCXS 0.1: the parallelogram (0,0) (1000,0) (2000,1000) (1000,1000), base
    // 1000 m × height 1000 m; basic farmland is its part below y = 300, (0,0) (1000,0) (1300,300)
    // (300,300); the incident covers it all. By hand: cultivated 1,000,000, basic 1000 × 300 =
    // 300,000, outside 700,000 m²; net outside 700,000 × 0.9 = 630,000 m². Slanted kilometre-long
    // edges, so that the densification (below) matters.
    const AreaCalculator calculator(kEpsg);
    const GeosGeometryPtr incident = square(-10, -10, 2010, 1010);
    const GeosGeometryPtr north = ring({ { 300, 300 }, { 1300, 300 }, { 2000, 1000 }, { 1000, 1000 } });
    const GeosGeometryPtr b = ring({ { 0, 0 }, { 1000, 0 }, { 1300, 300 }, { 300, 300 } });
    VectorLayer basic = layer(QStringLiteral("hand/basic.shp"));
    add(basic, 1, "0103", cloneGeometry(b.get()));

    SECTION("the basic parcel's corners split the land parcel's edges: overlaid")
    {
        const GeosGeometryPtr c = ring({ { 0, 0 }, { 1000, 0 }, { 2000, 1000 }, { 1000, 1000 } });
        VectorLayer land = layer(QStringLiteral("hand/dltb.shp"), true);
        add(land, 1, "0103", cloneGeometry(c.get()), 0.1);
        const Occupation o = measure(&basic, &land, incident.get());
        CHECK(o.basicFarmland.planar == Approx(300000.0).epsilon(1e-12));
        CHECK(o.cultivatedOutsideBasicFarmland.planar == Approx(700000.0).epsilon(1e-12));
        CHECK(o.cultivatedOutsideBasicFarmlandNet.planar == Approx(630000.0).epsilon(1e-12));
        checkAreas(o.cultivatedOutsideBasicFarmland, north.get());
        // Why no sum here: the ellipsoidal method densifies each edge to ≤ 70 m, so the land
        // parcel's 1414 m slanted edges (21 parts) and the two parts' 424 m and 990 m edges
        // (7 and 15) measure differently — more than 1e-6 m².
        const double naive = calculator.areas(c.get()).ellipsoidal - calculator.areas(b.get()).ellipsoidal;
        CHECK(std::abs(naive - calculator.areas(north.get()).ellipsoidal) > 1e-6);
        CHECK_FALSE(sumDisjointPieces({ b.get() }, { cultivatedPiece(c) }, calculator));
    }
    SECTION("the land parcel has vertices where the basic parcel's edge meets it: summed")
    {
        // The same parcel with vertices at (1300,300) and (300,300), as when basic farmland is
        // drawn on the land-use parcels: the rest's edges are the land parcel's own.
        const GeosGeometryPtr c
            = ring({ { 0, 0 }, { 1000, 0 }, { 1300, 300 }, { 2000, 1000 }, { 1000, 1000 }, { 300, 300 } });
        VectorLayer land = layer(QStringLiteral("hand/dltb.shp"), true);
        add(land, 1, "0103", cloneGeometry(c.get()), 0.1);
        const Occupation o = measure(&basic, &land, incident.get());
        CHECK(o.cultivatedOutsideBasicFarmland.planar == Approx(700000.0).epsilon(1e-12));
        CHECK(o.cultivatedOutsideBasicFarmlandNet.planar == Approx(630000.0).epsilon(1e-12));
        checkAreas(o.cultivatedOutsideBasicFarmland, north.get());
        const std::optional<PieceSums> sums = sumDisjointPieces({ b.get() }, { cultivatedPiece(c, 0.1) }, calculator);
        REQUIRE(sums);
        CHECK(std::abs(sums->outside.ellipsoidal - calculator.areas(north.get()).ellipsoidal) < 1e-6);
        CHECK(sums->deductedOutside.planar == Approx(70000.0).epsilon(1e-12));
    }
}

TEST_CASE("two basic parcels in one land parcel that overlap: their union, not their sum", "[overlay][sums]")
{
    // [0,600] and [400,1000] of the land parcel [0,1000]²: basic 1,000,000 m², nothing outside
    // (a sum would say 1,200,000 and −200,000).
    VectorLayer land = layer(QStringLiteral("hand/dltb.shp"), true);
    add(land, 1, "0103", square(0, 0, 1000, 1000), 0.1);
    VectorLayer overlapping = layer(QStringLiteral("hand/basic2.shp"));
    add(overlapping, 1, "0103", square(0, 0, 600, 1000));
    add(overlapping, 2, "0103", square(400, 0, 1000, 1000));
    const GeosGeometryPtr incident = square(-10, -10, 1010, 1010);
    const Occupation both = measure(&overlapping, &land, incident.get());
    CHECK(both.basicFarmland.planar == Approx(1000000.0).epsilon(1e-12));
    CHECK(std::abs(both.cultivatedOutsideBasicFarmland.planar) < 1e-6);
}

TEST_CASE("basic farmland across two land-use parcels is overlaid, not summed", "[overlay][sums]")
{
    // Land-use 旱地 [0,50] and 有林地 0301 [50,100] (×[0,100]); basic farmland [25,75]×[0,100]
    // lies in both, so no land piece hosts it. By hand: basic 5000, cultivated 5000, cultivated
    // outside basic farmland [0,25] = 2500 m².
    const VectorLayer land = rectangles("hand/dltb.shp", { { "0103", { 0, 0, 50, 100 } }, { "0301", { 50, 0, 100, 100 } } });
    const VectorLayer basic = rectangles("hand/basic.shp", { { "0103", { 25, 0, 75, 100 } } });
    const Occupation o = measureSquare(&basic, &land);
    CHECK(o.basicFarmland.planar == Approx(5000.0).epsilon(1e-12));
    CHECK(o.cultivated.planar == Approx(5000.0).epsilon(1e-12));
    CHECK(o.cultivatedOutsideBasicFarmland.planar == Approx(2500.0).epsilon(1e-12));
    const GeosGeometryPtr west = square(0, 0, 25, 100);
    checkAreas(o.cultivatedOutsideBasicFarmland, west.get());

    const GeosGeometryPtr b = square(25, 0, 75, 100), c = square(0, 0, 50, 100);
    const AreaCalculator calculator(kEpsg);
    CHECK_FALSE(sumDisjointPieces({ b.get() }, { cultivatedPiece(c) }, calculator));
}

TEST_CASE("a basic parcel equal to a cultivated one: nothing of it is outside", "[overlay][sums]")
{
    // Land-use 旱地 [0,60] with KCXS 0.2 and 水田 [60,140] (×[0,100]); basic farmland is the
    // 旱地 parcel itself. Incident [0,100]²: cultivated 10000 (6000 + 4000), basic 6000, outside
    // 4000 m² (the paddy piece); 田坎 6000 × 0.2 = 1200 m², none of it outside.
    const VectorLayer land
        = rectangles("hand/dltb.shp", { { "0103", { 0, 0, 60, 100 }, 0.2 }, { "0101", { 60, 0, 140, 100 }, 0.0 } }, true);
    const VectorLayer basic = rectangles("hand/basic.shp", { { "0103", { 0, 0, 60, 100 } } });
    const Occupation o = measureSquare(&basic, &land);
    CHECK(o.cultivated.planar == Approx(10000.0).epsilon(1e-12));
    CHECK(o.basicFarmland.planar == Approx(6000.0).epsilon(1e-12));
    CHECK(o.cultivatedOutsideBasicFarmland.planar == Approx(4000.0).epsilon(1e-12));
    CHECK(o.cultivatedNet.planar == Approx(8800.0).epsilon(1e-12));
    CHECK(o.cultivatedOutsideBasicFarmlandNet.planar == Approx(4000.0).epsilon(1e-12));
    REQUIRE(o.cultivatedByClass.size() == 2); // ordered by code
    CHECK(o.cultivatedByClass[0].code == QStringLiteral("0101"));
    CHECK(o.cultivatedByClass[0].areas.planar == Approx(4000.0).epsilon(1e-12));
    CHECK(o.cultivatedByClass[1].areas.planar == Approx(6000.0).epsilon(1e-12));
    const GeosGeometryPtr paddy = square(60, 0, 100, 100);
    checkAreas(o.cultivatedOutsideBasicFarmland, paddy.get());

    // The same polygon is its own host: the basic figure is the land piece's, bit for bit.
    const GeosGeometryPtr c = square(0, 0, 60, 100), b = square(0, 0, 60, 100);
    const AreaCalculator calculator(kEpsg);
    const std::optional<PieceSums> sums = sumDisjointPieces({ b.get() }, { cultivatedPiece(c, 0.2) }, calculator);
    REQUIRE(sums);
    CHECK(sums->basic.ellipsoidal == sums->cultivated.ellipsoidal);
    CHECK(sums->outside.ellipsoidal == 0.0);
    CHECK(sums->deductedOutside.planar == 0.0);
}
