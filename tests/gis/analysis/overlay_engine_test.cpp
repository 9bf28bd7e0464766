// SPDX-License-Identifier: MIT
#include "gis/analysis/overlay_engine.h"
#include "gis/analysis/robust_overlay.h"
#include "gis/io/vector_layer.h"
#include "hand_layers.h"

#include <catch2/catch.hpp>

using namespace fg::gis;
using namespace fg::test;

namespace {

VectorLayer landLayer(const QString &path)
{
    VectorLayer layer;
    layer.sourcePath = path;
    layer.fields
        = { { QStringLiteral("DLBM"), FieldType::Text }, { QStringLiteral("DLMC"), FieldType::Text } };
    return layer;
}

void addParcel(VectorLayer &layer, qint64 fid, const QString &code, const QString &name, GeosGeometryPtr g)
{
    layer.addFeature(fid, { code, name }, std::move(g));
}

const ClassArea *findClass(const std::vector<ClassArea> &classes, const QString &code)
{
    for (const ClassArea &c : classes)
        if (c.code == code)
            return &c;
    return nullptr;
}

} // namespace

TEST_CASE("overlapping parcels are not double counted: occupied area is the union of the pieces")
{
    // Incident [0,100]², parcels A = [-50,60]×[0,100] and B = [40,150]×[0,100] overlap on
    // [40,60]×[0,100]. Pieces: 60×100 + 60×100 = 12000 m² summed, but together they cover the
    // incident exactly once: 10000 m².
    VectorLayer basic = landLayer(QStringLiteral("hand/basic.shp"));
    addParcel(basic, 1, QStringLiteral("0101"), QStringLiteral("水田"), polygon(box(-50, 0, 60, 100)));
    addParcel(basic, 2, QStringLiteral("0101"), QStringLiteral("水田"), polygon(box(40, 0, 150, 100)));
    const OverlayEngine engine(&basic, nullptr, kEpsg);
    const AreaCalculator calculator(kEpsg);
    const GeosGeometryPtr incident = polygon(box(0, 0, 100, 100));
    const Occupation o = engine.measure(incident.get(), calculator);
    CHECK(o.basicFarmland.planar == Approx(10000.0).epsilon(1e-12));
    // The union is the incident itself, so every method must give the incident's own area.
    CHECK(o.basicFarmland.ellipsoidal == Approx(o.area.ellipsoidal).epsilon(1e-9));
    CHECK(o.basicFarmland.geodesic == Approx(o.area.geodesic).epsilon(1e-9));
    CHECK(o.cultivated.planar == 0.0); // layer left out: zeros
    CHECK_FALSE(o.snappedToGrid);
}

TEST_CASE("parcels inside the incident along its edge are their own pieces, a straddling one is clipped")
{
    // Incident [0,100]². A = [0,50]×[0,100] and B = [50,100]×[0,40] lie inside it, sharing its
    // edges (covered, not properly contained: taken whole, no overlay); C = [50,150]×[40,100]
    // straddles it and is clipped to [50,100]×[40,100]. By hand: 5000 + 2000 + 3000 = 10000 m²
    // of cultivated land, the incident itself; basic farmland A alone, 5000 m², leaves 5000 m²
    // of cultivated land outside it.
    VectorLayer land = landLayer(QStringLiteral("hand/land.shp"));
    addParcel(land, 1, QStringLiteral("0103"), QStringLiteral("旱地"), polygon(box(0, 0, 50, 100)));
    addParcel(land, 2, QStringLiteral("0103"), QStringLiteral("旱地"), polygon(box(50, 0, 100, 40)));
    addParcel(land, 3, QStringLiteral("0103"), QStringLiteral("旱地"), polygon(box(50, 40, 150, 100)));
    VectorLayer basic = landLayer(QStringLiteral("hand/basic.shp"));
    addParcel(basic, 1, QStringLiteral("0103"), QStringLiteral("旱地"), polygon(box(0, 0, 50, 100)));
    const OverlayEngine engine(&basic, &land, kEpsg);
    const AreaCalculator calculator(kEpsg);
    const GeosGeometryPtr incident = polygon(box(0, 0, 100, 100));
    const Occupation o = engine.measure(incident.get(), calculator);
    CHECK(o.cultivated.planar == Approx(10000.0).epsilon(1e-12));
    CHECK(o.cultivated.ellipsoidal == Approx(o.area.ellipsoidal).epsilon(1e-9));
    CHECK(o.basicFarmland.planar == Approx(5000.0).epsilon(1e-12));
    CHECK(o.cultivatedOutsideBasicFarmland.planar == Approx(5000.0).epsilon(1e-12));
    const GeosGeometryPtr half = polygon(box(0, 0, 50, 100));
    CHECK(o.basicFarmland.ellipsoidal == Approx(calculator.areas(half.get()).ellipsoidal).epsilon(1e-12));
    CHECK_FALSE(o.snappedToGrid);
}

TEST_CASE("hole areas are subtracted and the hole's own class is reported apart")
{
    // Cultivated parcel [-10,110]² (旱地) with a 20×20 hole at [20,40]²; the hole is an orchard
    // (0201). Incident [0,100]²: 旱地 = 10000 − 400 = 9600 m², orchard = 400 m².
    VectorLayer cultivated = landLayer(QStringLiteral("hand/dltb.shp"));
    addParcel(cultivated, 7, QStringLiteral("0103"), QStringLiteral("旱地"),
        polygon(box(-10, -10, 110, 110) + QLatin1Char(',') + box(20, 20, 40, 40)));
    addParcel(cultivated, 8, QStringLiteral("0201"), QString(), polygon(box(20, 20, 40, 40)));
    // Basic farmland [0,50]×[0,100] = 5000 m², of which the part on cultivated land is
    // 5000 − 400 (the hole lies inside it) = 4600 m², so cultivated outside it = 9600 − 4600.
    VectorLayer basic = landLayer(QStringLiteral("hand/basic.shp"));
    addParcel(basic, 1, QStringLiteral("0103"), QStringLiteral("旱地"), polygon(box(0, 0, 50, 100)));

    const OverlayEngine engine(&basic, &cultivated, kEpsg);
    const AreaCalculator calculator(kEpsg);
    const GeosGeometryPtr incident = polygon(box(0, 0, 100, 100));
    const Occupation o = engine.measure(incident.get(), calculator);
    CHECK(o.area.planar == Approx(10000.0).epsilon(1e-12));
    CHECK(o.cultivated.planar == Approx(9600.0).epsilon(1e-12));
    CHECK(o.basicFarmland.planar == Approx(5000.0).epsilon(1e-12));
    CHECK(o.cultivatedOutsideBasicFarmland.planar == Approx(5000.0).epsilon(1e-12));
    REQUIRE(o.cultivatedByClass.size() == 1);
    CHECK(o.cultivatedByClass[0].code == QStringLiteral("0103"));
    CHECK(o.cultivatedByClass[0].name == QStringLiteral("旱地"));
    CHECK(o.cultivatedByClass[0].areas.planar == Approx(9600.0).epsilon(1e-12));
    const ClassArea *orchard = findClass(o.otherByClass, QStringLiteral("0201"));
    REQUIRE(orchard);
    CHECK(orchard->name == QStringLiteral("果园")); // no DLMC value: the GB/T 21010 name
    CHECK(orchard->areas.planar == Approx(400.0).epsilon(1e-12));
    // Ellipsoidal pieces add up like planar ones: 9600 + 400 covers the incident.
    CHECK(o.cultivated.ellipsoidal + orchard->areas.ellipsoidal == Approx(o.area.ellipsoidal).epsilon(1e-9));
}

TEST_CASE("parcel classes are read as core reads DLBM: full-width codes count, suffixed codes do not")
{
    // Incident [0,100]²: the left half is "０１０３" (full-width 旱地), the right half "0103K", which
    // is no GB/T 21010-2017 cultivated code (core/land_class.h): 5000 m² cultivated, 5000 m² other.
    VectorLayer cultivated = landLayer(QStringLiteral("hand/dltb.shp"));
    addParcel(cultivated, 1, QStringLiteral("０１０３"), QString(), polygon(box(0, 0, 50, 100)));
    addParcel(cultivated, 2, QStringLiteral("0103K"), QString(), polygon(box(50, 0, 100, 100)));
    const AreaCalculator calculator(kEpsg);
    const GeosGeometryPtr incident = polygon(box(0, 0, 100, 100));
    const Occupation o = OverlayEngine(nullptr, &cultivated, kEpsg).measure(incident.get(), calculator);
    CHECK(o.cultivated.planar == Approx(5000.0).epsilon(1e-12));
    REQUIRE(o.cultivatedByClass.size() == 1);
    CHECK(o.cultivatedByClass[0].code == QStringLiteral("0103"));
    CHECK(o.cultivatedByClass[0].name == QStringLiteral("旱地"));
    const ClassArea *suffixed = findClass(o.otherByClass, QStringLiteral("0103K"));
    REQUIRE(suffixed);
    CHECK(suffixed->areas.planar == Approx(5000.0).epsilon(1e-12));
    // A rules file naming the first-level class 01 takes the suffixed code too.
    OverlayOptions options;
    options.cultivatedClasses = { QStringLiteral("01") };
    const Occupation all
        = OverlayEngine(nullptr, &cultivated, kEpsg, options).measure(incident.get(), calculator);
    CHECK(all.cultivated.planar == Approx(10000.0).epsilon(1e-12));
}

TEST_CASE("an invalid parcel is repaired once and named in a warning")
{
    // A bow-tie over [0,100]²: MakeValid gives two triangles of 2500 m² each.
    VectorLayer basic = landLayer(QStringLiteral("hand/basic.shp"));
    addParcel(basic, 42, QStringLiteral("0101"), QString(),
        polygon(QStringLiteral("(%1 %2, %3 %4, %3 %2, %1 %4, %1 %2)")
                    .arg(kX, 0, 'f', 3)
                    .arg(kY, 0, 'f', 3)
                    .arg(kX + 100, 0, 'f', 3)
                    .arg(kY + 100, 0, 'f', 3)));
    const OverlayEngine engine(&basic, nullptr, kEpsg);
    const AreaCalculator calculator(kEpsg);
    const GeosGeometryPtr incident = polygon(box(-10, -10, 110, 110));
    CHECK(engine.measure(incident.get(), calculator).basicFarmland.planar == Approx(5000.0).epsilon(1e-12));
    const QStringList warnings = engine.warnings();
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].contains(QStringLiteral("hand/basic.shp")));
    CHECK(warnings[0].contains(QStringLiteral("42")));
}

TEST_CASE("a cultivated layer without the class field is an input error naming file and field")
{
    VectorLayer cultivated;
    cultivated.sourcePath = QStringLiteral("hand/nofield.shp");
    cultivated.fields = { { QStringLiteral("BSM"), FieldType::Text } };
    cultivated.addFeature(1, { QStringLiteral("1") }, polygon(box(0, 0, 1, 1)));
    CHECK_THROWS_WITH(OverlayEngine(nullptr, &cultivated, kEpsg),
        Catch::Contains("hand/nofield.shp") && Catch::Contains("DLBM"));
}

TEST_CASE("measureAll keeps target order across threads and honours a cancel")
{
    VectorLayer basic = landLayer(QStringLiteral("hand/basic.shp"));
    addParcel(basic, 1, QStringLiteral("0101"), QString(), polygon(box(0, 0, 1000, 1000)));
    OverlayOptions options;
    options.threads = 3;
    const OverlayEngine engine(&basic, nullptr, kEpsg, options);
    // Target i is a (i+1) × 10 m strip inside the parcel: planar area 10(i+1) m².
    std::vector<GeosGeometryPtr> owned;
    std::vector<const GEOSGeometry *> targets;
    for (int i = 0; i < 40; ++i) {
        owned.push_back(polygon(box(0, 10.0 * i, i + 1.0, 10.0 * i + 10.0)));
        targets.push_back(owned.back().get());
    }
    int lastDone = -1;
    const std::vector<Occupation> results = engine.measureAll(targets, [&](int done, int total) {
        CHECK(total == 40);
        lastDone = done;
        return true;
    });
    REQUIRE(results.size() == 40);
    for (int i = 0; i < 40; ++i)
        CHECK(results[static_cast<size_t>(i)].basicFarmland.planar == Approx(10.0 * (i + 1)).epsilon(1e-12));
    CHECK(lastDone == 40);
    CHECK_THROWS_AS(engine.measureAll(targets, [](int, int) { return false; }), OverlayCancelled);
}

TEST_CASE("robust union and difference keep to their area bounds")
{
    std::vector<GeosGeometryPtr> pieces;
    pieces.push_back(polygon(box(0, 0, 60, 100)));
    pieces.push_back(polygon(box(40, 0, 100, 100)));
    pieces.push_back(nullptr);
    bool snapped = false;
    const GeosGeometryPtr u = robust::unionOf(std::move(pieces), &snapped);
    CHECK(robust::planarArea(u.get()) == Approx(10000.0).epsilon(1e-12));
    const GeosGeometryPtr inner = polygon(box(25, 25, 75, 75));
    const GeosGeometryPtr ring = robust::difference(u.get(), inner.get(), &snapped);
    CHECK(robust::planarArea(ring.get()) == Approx(7500.0).epsilon(1e-12));
    CHECK_FALSE(robust::difference(inner.get(), u.get(), &snapped)); // nothing left
    CHECK_FALSE(snapped);
    CHECK_FALSE(robust::unionOf({}, &snapped));
}
