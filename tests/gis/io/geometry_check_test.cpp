// SPDX-License-Identifier: MIT
// What the reader does with invalid, empty, multipart, 3-D and wrong-kind geometries.
#include "core/input_error.h"
#include "fixture_writer.h"
#include "gis/io/layer_reader.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace fg::gis;

namespace {

const QString kShared = QStringLiteral(FG_SHARED_DATA_DIR "/");

double area(const GEOSGeometry *g)
{
    double a = 0;
    GEOSArea_r(geosContext(), g, &a);
    return a;
}

QString writeFeatures(const QTemporaryDir &dir, const std::vector<fixture::Feature> &features,
    const QString &type = QStringLiteral("POLYGON"))
{
    fixture::ShapefileSpec spec;
    spec.fields = { QStringLiteral("ID") };
    spec.features = features;
    spec.geometryType = type;
    spec.epsg = 4547;
    return fixture::writeShapefile(dir.path(), spec);
}

} // namespace

TEST_CASE("a self-intersecting ring is repaired with MakeValid, keeps its area and is listed")
{
    QTemporaryDir dir;
    // Bow-tie: the diagonals cross at (5,5), leaving two triangles of 10 x 5 / 2 = 25 m² each.
    const VectorLayer layer = readLayer(writeFeatures(dir,
        { { QStringLiteral("POLYGON((0 0,10 0,10 10,0 10,0 0))"), { QStringLiteral("a") } },
            { QStringLiteral("POLYGON((0 0,10 10,10 0,0 10,0 0))"), { QStringLiteral("bow") } } }));
    REQUIRE(layer.featureCount() == 2);
    CHECK(layer.geometryCheck.repairedFids == std::vector<qint64> { 1 });
    CHECK(layer.geometryCheck.invalidCount() == 1);
    CHECK(GEOSisValid_r(geosContext(), layer.geometry(1)) == 1);
    CHECK(area(layer.geometry(1)) == Approx(50.0));
    REQUIRE(layer.warnings.filter(QStringLiteral("repaired")).size() == 1);
    CHECK(
        layer.warnings.filter(QStringLiteral("repaired")).first().contains(QStringLiteral("feature ids: 1")));
}

TEST_CASE("null and empty geometries are skipped with a warning naming them")
{
    QTemporaryDir dir;
    const VectorLayer layer = readLayer(writeFeatures(dir,
        { { QStringLiteral("POLYGON((0 0,10 0,10 10,0 0))"), { QStringLiteral("a") } },
            { QString(), { QStringLiteral("null") } },
            { QStringLiteral("POLYGON((20 0,30 0,30 10,20 0))"), { QStringLiteral("b") } } }));
    CHECK(layer.featureCount() == 2);
    CHECK(layer.fid(1) == 2);
    CHECK(layer.geometryCheck.emptyFids == std::vector<qint64> { 1 });
    CHECK(layer.warnings.filter(QStringLiteral("null or empty geometry, feature ids: 1")).size() == 1);

    const VectorLayer gdal = readLayer(kShared + QStringLiteral("gdal-autotest-shp/emptymultipoly.shp"));
    CHECK(gdal.featureCount() == 0);
    CHECK(gdal.geometryCheck.emptyFids == std::vector<qint64> { 0 });
}

TEST_CASE("holes and multiparts are kept, Z is dropped")
{
    QTemporaryDir dir;
    // 10 x 10 with a 2 x 2 hole, plus a separate 10 x 10: 100 - 4 + 100 = 196 m².
    const VectorLayer layer = readLayer(writeFeatures(dir,
        { { QStringLiteral(
                "MULTIPOLYGON Z(((0 0 5,10 0 5,10 10 5,0 10 5,0 0 5),(2 2 5,2 4 5,4 4 5,4 2 5,2 2 5)),"
                "((20 20 5,30 20 5,30 30 5,20 30 5,20 20 5)))"),
            { QStringLiteral("m") } } },
        QStringLiteral("POLYGONZ")));
    REQUIRE(layer.featureCount() == 1);
    const GEOSGeometry *g = layer.geometry(0);
    CHECK(GEOSGetNumGeometries_r(geosContext(), g) == 2);
    CHECK(GEOSGetNumInteriorRings_r(geosContext(), GEOSGetGeometryN_r(geosContext(), g, 0)) == 1);
    CHECK(area(g) == Approx(196.0));
    CHECK(GEOSHasZ_r(geosContext(), g) == 0);
    CHECK(layer.geometryCheck.invalidCount() == 0);
}

TEST_CASE("a point layer given as parcels is refused with a clear message")
{
    QTemporaryDir dir;
    const QString path = writeFeatures(
        dir, { { QStringLiteral("POINT(1 2)"), { QStringLiteral("p") } } }, QStringLiteral("POINT"));
    ReadOptions parcels;
    parcels.expectedKind = GeometryKind::Polygon;
    try {
        readLayer(path, parcels);
        FAIL("expected InputError");
    } catch (const fg::core::InputError &e) {
        CHECK(e.file() == path);
        CHECK(e.problem().contains(QStringLiteral("point layer")));
        CHECK(e.problem().contains(QStringLiteral("polygon layer is needed")));
    }
    ReadOptions lines;
    lines.expectedKind = GeometryKind::Polygon;
    CHECK_THROWS_AS(
        readLayer(kShared + QStringLiteral("boundaries/nmc_shanxi_outline_cp936/山西.shp"), lines),
        fg::core::InputError);
    CHECK(readLayer(path).geometryKind == GeometryKind::Point);
}

TEST_CASE("shared data: invalid rings are counted and repaired, parcels with rounding damage too")
{
    const VectorLayer testpoly = readLayer(kShared + QStringLiteral("gdal-autotest-shp/testpoly.shp"));
    CHECK(testpoly.featureCount() + testpoly.geometryCheck.skippedCount() == 14);
    CHECK(testpoly.geometryCheck.invalidCount() == 1);
    const VectorLayer nested = readLayer(kShared + QStringLiteral("gdal-autotest-shp/gjmultipoly.shp"));
    CHECK(nested.geometryCheck.repairedFids == std::vector<qint64> { 0 });
    const VectorLayer stacks = readLayer(kShared + QStringLiteral("gdal-autotest-shp/Stacks.shp"));
    REQUIRE(stacks.featureCount() == 1);
    CHECK(GEOSGetNumGeometries_r(geosContext(), stacks.geometry(0)) == 2);

    // SOURCES.md: 260 of 2728 parcels and 16 of 23 boundary parts are invalid after rounding.
    const VectorLayer parcels = readLayer(kShared + QStringLiteral("landuse/sjz_dixiao_geojson/dxxztb.json"));
    CHECK(parcels.featureCount() + parcels.geometryCheck.skippedCount() == 2728);
    CHECK(parcels.geometryCheck.invalidCount() == 260);
    const VectorLayer boundary
        = readLayer(kShared + QStringLiteral("landuse/sjz_dixiao_geojson/czkfbj.json"));
    CHECK(boundary.featureCount() == 23);
    CHECK(boundary.geometryCheck.invalidCount() == 16);
    for (int row = 0; row < parcels.featureCount(); ++row)
        REQUIRE(GEOSisValid_r(geosContext(), parcels.geometry(row)) == 1);
}

TEST_CASE("a MultiPatch read for a polygon role keeps its polygonal parts")
{
    ReadOptions parcels;
    parcels.expectedKind = GeometryKind::Polygon;
    const VectorLayer layer
        = readLayer(kShared + QStringLiteral("gdal-autotest-shp/multipatch.shp"), parcels);
    REQUIRE(layer.featureCount() == 1);
    CHECK(layer.geometryKind == GeometryKind::Polygon);
    CHECK(GEOSHasZ_r(geosContext(), layer.geometry(0)) == 0);
}

TEST_CASE("progress is reported and cancelling stops the read")
{
    std::vector<double> seen;
    ReadOptions options;
    options.progress = [&seen](double p) {
        seen.push_back(p);
        return true;
    };
    readLayer(kShared + QStringLiteral("synthetic-small/cultivated.shp"), options);
    REQUIRE(seen.size() >= 2);
    CHECK(seen.back() == 1.0);
    options.progress = [](double) { return false; };
    CHECK_THROWS_AS(
        readLayer(kShared + QStringLiteral("synthetic-small/cultivated.shp"), options), ReadCancelled);
}
