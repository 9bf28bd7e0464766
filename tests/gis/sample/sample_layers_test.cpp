// SPDX-License-Identifier: MIT
// The committed sample county's layers: tiling, parcel variety, official areas and the
// basic-farmland flaws the analysis has to cope with.
#include "gis/sample/sample_generator.h"
#include "tests/gis/sample/sample_test_support.h"

#include <catch2/catch.hpp>

#include <QSet>

#include <cmath>

using namespace fg::gis;
using namespace fg::gis::test;

namespace {

double sumOfPlanarAreas(const VectorLayer &layer)
{
    double sum = 0;
    for (int r = 0; r < layer.featureCount(); ++r)
        sum += planarArea(layer.geometry(r));
    return sum;
}

double symmetricDifferenceArea(const GEOSGeometry *a, const GEOSGeometry *b)
{
    return planarArea(GeosGeometryPtr(GEOSSymDifference_r(geosContext(), a, b)).get());
}

double perimeter(const GEOSGeometry *g)
{
    double length = 0;
    GEOSLength_r(geosContext(), g, &length);
    return length;
}

} // namespace

TEST_CASE(
    "townships, villages and land-use parcels each tile the county without gaps or overlaps", "[sample]")
{
    const VectorLayer townships = readSampleLayer(sampleDir(), QStringLiteral("townships"));
    const GeosGeometryPtr county = unionOfRows(townships, nullptr);
    const double countyArea = planarArea(county.get());
    CHECK(townships.featureCount() >= 6);
    // A county of about 100–200 km² (the lattice is 15 km × 12 km).
    CHECK(countyArea > 100e6);
    CHECK(countyArea < 180e6);
    for (const QString &name :
        { QStringLiteral("townships"), QStringLiteral("villages"), QStringLiteral("landuse") }) {
        INFO(name.toStdString());
        const VectorLayer layer = readSampleLayer(sampleDir(), name);
        CHECK(layer.geometryCheck.invalidCount() == 0);
        const GeosGeometryPtr all = unionOfRows(layer, nullptr);
        // No overlaps: the parts add up to their union (0.5 m² over 140 km²); no gaps: the union is the
        // county.
        CHECK(std::abs(sumOfPlanarAreas(layer) - planarArea(all.get())) < 0.5);
        CHECK(symmetricDifferenceArea(all.get(), county.get()) < 0.5);
    }
}

TEST_CASE("every village names its township, and lies in it", "[sample]")
{
    const VectorLayer townships = readSampleLayer(sampleDir(), QStringLiteral("townships"));
    const VectorLayer villages = readSampleLayer(sampleDir(), QStringLiteral("villages"));
    const int xzmc = villages.fieldIndex(QStringLiteral("XZMC"));
    const int code = villages.fieldIndex(QStringLiteral("XZQDM"));
    for (int v = 0; v < villages.featureCount(); ++v) {
        const int t = rowWhere(townships, QStringLiteral("XZQMC"), villages.value(v, xzmc).toString());
        REQUIRE(t >= 0);
        CHECK(villages.value(v, code).toString().startsWith(townships.value(t, 0).toString()));
        CHECK(GEOSCoveredBy_r(geosContext(), villages.geometry(v), townships.geometry(t)) == 1);
    }
}

TEST_CASE(
    "land-use parcels carry the 三调 classes, holes, multipart parcels and their official areas", "[sample]")
{
    const VectorLayer landUse = readSampleLayer(sampleDir(), QStringLiteral("landuse"));
    const AreaCalculator calculator(4547);
    CHECK(landUse.featureCount() >= 2000);
    const int dlbm = landUse.fieldIndex(QStringLiteral("DLBM")),
              tbmj = landUse.fieldIndex(QStringLiteral("TBMJ"));
    const int kcxs = landUse.fieldIndex(QStringLiteral("KCXS")),
              tbdlmj = landUse.fieldIndex(QStringLiteral("TBDLMJ"));
    QSet<QString> classes;
    int holed = 0, multipart = 0, wrongArea = 0, wrongNetArea = 0;
    GEOSContextHandle_t ctx = geosContext();
    for (int r = 0; r < landUse.featureCount(); ++r) {
        const GEOSGeometry *g = landUse.geometry(r);
        classes.insert(landUse.value(r, dlbm).toString());
        multipart += GEOSGetNumGeometries_r(ctx, g) > 1;
        holed += GEOSGeomTypeId_r(ctx, g) == GEOS_POLYGON && GEOSGetNumInteriorRings_r(ctx, g) > 0;
        // TBMJ is the ellipsoidal area to 0.01 m²; TBDLMJ removes the deduction share.
        const double official = landUse.value(r, tbmj).toDouble();
        wrongArea += std::abs(official - calculator.area(g, AreaMethod::Ellipsoidal)) > 0.0051;
        const double net = official * (1 - landUse.value(r, kcxs).toDouble());
        wrongNetArea += std::abs(landUse.value(r, tbdlmj).toDouble() - net) > 0.0051;
    }
    CHECK(wrongArea == 0);
    CHECK(wrongNetArea == 0);
    CHECK(holed >= 5);
    CHECK(multipart >= 5);
    for (const char *c : { "0101", "0102", "0103", "0201", "0301", "0601", "0702", "1006", "1104", "1202" })
        CHECK(classes.contains(QString::fromLatin1(c)));
}

TEST_CASE(
    "basic farmland is mostly cultivated parcels, with one bow-tie, one overlapping pair and one sliver",
    "[sample]")
{
    const VectorLayer farmland = readSampleLayer(sampleDir(), QStringLiteral("basic_farmland"));
    const VectorLayer landUse = readSampleLayer(sampleDir(), QStringLiteral("landuse"));
    GEOSContextHandle_t ctx = geosContext();
    // The reader repairs invalid rings and reports them: exactly the bow-tie.
    CHECK(farmland.geometryCheck.repairedFids.size() == 1);
    CHECK(farmland.geometryCheck.skippedCount() == 0);
    int overlappingPairs = 0, slivers = 0, copies = 0;
    const int dlbm = landUse.fieldIndex(QStringLiteral("DLBM"));
    for (int r = 0; r < farmland.featureCount(); ++r) {
        const GEOSGeometry *g = farmland.geometry(r);
        for (int other : farmland.query(g))
            if (other > r && planarArea(intersection(g, farmland.geometry(other)).get()) > 1.0)
                ++overlappingPairs;
        const double area = planarArea(g);
        slivers += area < 100 && area / (perimeter(g) * perimeter(g)) < 0.01;
        for (int p : landUse.query(g)) {
            const QString code = landUse.value(p, dlbm).toString();
            if (code.startsWith(QLatin1String("010"))
                && GEOSEqualsExact_r(ctx, g, landUse.geometry(p), 1e-6) == 1) {
                ++copies;
                break;
            }
        }
    }
    CHECK(overlappingPairs == 1);
    CHECK(slivers == 1);
    // All but the three flawed features are exact copies of cultivated parcels.
    CHECK(copies == farmland.featureCount() - 3);
}

TEST_CASE("incidents carry party, violation type, source, date and township", "[sample]")
{
    const VectorLayer incidents = readSampleLayer(sampleDir(), QStringLiteral("incidents"));
    const VectorLayer townships = readSampleLayer(sampleDir(), QStringLiteral("townships"));
    CHECK(incidents.featureCount() >= 30);
    const QStringList sources { QStringLiteral("巡查"), QStringLiteral("举报"), QStringLiteral("卫片"),
        QStringLiteral("部门移送") };
    QSet<QString> ids;
    for (int r = 0; r < incidents.featureCount(); ++r) {
        ids.insert(incidents.value(r, incidents.fieldIndex(QStringLiteral("BH"))).toString());
        CHECK_FALSE(incidents.value(r, incidents.fieldIndex(QStringLiteral("DSR"))).toString().isEmpty());
        CHECK_FALSE(incidents.value(r, incidents.fieldIndex(QStringLiteral("WFLX"))).toString().isEmpty());
        CHECK(sources.contains(incidents.value(r, incidents.fieldIndex(QStringLiteral("LY"))).toString()));
        CHECK(incidents.value(r, incidents.fieldIndex(QStringLiteral("FXRQ")))
                  .toString()
                  .startsWith(QLatin1String("2024")));
        const QString township = incidents.value(r, incidents.fieldIndex(QStringLiteral("XZMC"))).toString();
        const int t = rowWhere(townships, QStringLiteral("XZQMC"), township);
        REQUIRE(t >= 0);
        CHECK(GEOSIntersects_r(geosContext(), incidents.geometry(r), townships.geometry(t)) == 1);
    }
    CHECK(ids.size() == incidents.featureCount());
}
