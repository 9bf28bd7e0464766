// SPDX-License-Identifier: MIT
#include "pg_test_server.h"

#include "gis/io/layer_reader.h"
#include "gis/store/pg/pg_layers_p.h"
#include "gis/store/pg/pg_schema_p.h"

#include <catch2/catch.hpp>

#include <set>

using fg::gis::FeatureQuery;
using fg::gis::PgLayers;
using fg::gis::PgSchema;
using fg::gis::SqlTransaction;
using fg::gis::VectorLayer;
using fg::gis::test::pgTestServer;
using fg::gis::test::ScratchSchema;

namespace {

VectorLayer sampleLayer(const char *name)
{
    fg::gis::ReadOptions options;
    options.expectedKind = fg::gis::GeometryKind::Polygon;
    return fg::gis::readLayer(QStringLiteral(FG_SAMPLE_DIR "/%1.shp").arg(QLatin1String(name)), options);
}

fg::gis::CrsDecision crs4547()
{
    fg::gis::CrsDecision crs;
    crs.epsg = 4547;
    return crs;
}

} // namespace

TEST_CASE("A reference layer copied into PostGIS reads back with the same fids, fields, values and shapes", "[pg]")
{
    const auto server = pgTestServer();
    if (!server)
        return;
    ScratchSchema schema(*server);
    auto db = schema.connect();
    const VectorLayer source = sampleLayer("villages");
    REQUIRE(source.featureCount() > 10);
    {
        SqlTransaction transaction(*db);
        PgSchema::create(*db, 4547);
        PgLayers::load(*db, QStringLiteral("villages"), source, 4547);
        transaction.commit();
    }
    const VectorLayer read = PgLayers::read(*db, QStringLiteral("villages"), {}, {}, crs4547());
    REQUIRE(read.featureCount() == source.featureCount());
    REQUIRE(source.fid(0) != 1); // the shapefile's fids start at 0: renumbering is seen
    REQUIRE(read.fields.size() == source.fields.size());
    for (size_t k = 0; k < source.fields.size(); ++k) {
        CHECK(read.fields[k].name == source.fields[k].name);
        CHECK(read.fields[k].type == source.fields[k].type);
    }
    for (int row = 0; row < source.featureCount(); ++row) {
        REQUIRE(read.fid(row) == row + 1); // numbered 1…n in the layer's order, as in a GeoPackage
        for (size_t k = 0; k < source.fields.size(); ++k)
            REQUIRE(read.value(row, int(k)) == source.value(row, int(k)));
        // Polygons are stored as MultiPolygons: the coordinates must be the same bytes.
        REQUIRE(fg::gis::pgMultiPolygonWkb(read.geometry(row)) == fg::gis::pgMultiPolygonWkb(source.geometry(row)));
    }
    // A new feature gets an id after the copied ones.
    auto next = db->query(QStringLiteral("INSERT INTO villages (geom) SELECT geom FROM villages LIMIT 1 RETURNING fid"));
    REQUIRE(next->next());
    CHECK(next->integer(0) == source.featureCount() + 1);
}

TEST_CASE("Boxes select through the GiST index exactly what the envelopes meet, fids select by id", "[pg]")
{
    const auto server = pgTestServer();
    if (!server)
        return;
    ScratchSchema schema(*server);
    auto db = schema.connect();
    VectorLayer source = sampleLayer("basic_farmland");
    {
        SqlTransaction transaction(*db);
        PgSchema::create(*db, 4547);
        PgLayers::load(*db, QStringLiteral("basic_farmland"), source, 4547);
        transaction.commit();
    }
    const QRectF extent = source.extent();
    const std::vector<QRectF> boxes { QRectF(extent.center(), QSizeF(extent.width() / 20, extent.height() / 20)),
        QRectF(extent.topLeft(), QSizeF(extent.width() / 10, extent.height() / 10)),
        QRectF(extent.center() - QPointF(100, 100), QSizeF(150, 150)) }; // overlaps the first
    std::set<qint64> expected; // the in-memory STRtree's answer, independent of PostGIS
    for (const QRectF &box : boxes)
        for (const int row : source.query(box))
            expected.insert(row + 1);
    REQUIRE(expected.size() > 2);
    FeatureQuery query;
    query.boxes = boxes;
    const VectorLayer read = PgLayers::read(*db, QStringLiteral("basic_farmland"), query, {}, crs4547());
    std::set<qint64> got;
    for (int row = 0; row < read.featureCount(); ++row)
        got.insert(read.fid(row));
    CHECK(got == expected);
    CHECK(size_t(read.featureCount()) == got.size()); // each feature once though two boxes meet it

    FeatureQuery byFid;
    byFid.fids = { 4, 2, 999999999 };
    const VectorLayer two = PgLayers::read(*db, QStringLiteral("basic_farmland"), byFid, {}, crs4547());
    REQUIRE(two.featureCount() == 2);
    CHECK(two.fid(0) == 2);
    CHECK(two.fid(1) == 4);

    int calls = 0;
    CHECK_THROWS_AS(PgLayers::read(*db, QStringLiteral("basic_farmland"), {},
                        [&calls](double) { return ++calls < 2; }, crs4547()),
        fg::gis::ReadCancelled);
    auto after = db->query(QStringLiteral("SELECT count(*) FROM basic_farmland"));
    REQUIRE(after->next());
    CHECK(after->integer(0) == source.featureCount());
}
