// SPDX-License-Identifier: MIT
// The formats users bring besides shapefiles: GeoPackage, GeoJSON (also as a bare array), KML,
// GPX, CSV with WKT or X/Y columns, Esri FileGDB.
#include "fixture_writer.h"
#include "gis/io/layer_reader.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace fg::gis;

namespace {

const QString kShared = QStringLiteral(FG_SHARED_DATA_DIR "/");

const std::vector<fixture::Feature> kParcels {
    { QStringLiteral("POLYGON((450000 4010000,450100 4010000,450100 4010100,450000 4010000))"),
        { QStringLiteral("旱地") } },
    { QStringLiteral("POLYGON((450200 4010000,450300 4010000,450300 4010100,450200 4010000))"),
        { QStringLiteral("水田") } }
};

void requireParcels(const VectorLayer &layer, const QString &driver)
{
    CHECK(layer.driver == driver);
    REQUIRE(layer.featureCount() == 2);
    CHECK(layer.geometryKind == GeometryKind::Polygon);
    CHECK(layer.value(0, layer.fieldIndex(QStringLiteral("name"))).toString() == QStringLiteral("旱地"));
    CHECK(layer.value(1, layer.fieldIndex(QStringLiteral("name"))).toString() == QStringLiteral("水田"));
}

} // namespace

TEST_CASE("GeoPackage, GeoJSON and FileGDB layers read with their CRS")
{
    QTemporaryDir dir;
    const VectorLayer gpkg = readLayer(
        fixture::writeOgr(dir.filePath(QStringLiteral("p.gpkg")), QStringLiteral("GPKG"), kParcels, 4547));
    requireParcels(gpkg, QStringLiteral("GPKG"));
    CHECK(gpkg.crs.epsg == 4547);
    CHECK(gpkg.encoding.encoding == QStringLiteral("UTF-8"));

    const VectorLayer gdb = readLayer(fixture::writeOgr(
        dir.filePath(QStringLiteral("p.gdb")), QStringLiteral("OpenFileGDB"), kParcels, 4547));
    requireParcels(gdb, QStringLiteral("OpenFileGDB"));
    CHECK(gdb.crs.epsg == 4547);

    const std::vector<fixture::Feature> lonLat {
        { QStringLiteral("POLYGON((113.4 36.2,113.41 36.2,113.41 36.21,113.4 36.2))"),
            { QStringLiteral("旱地") } },
        { QStringLiteral("POLYGON((113.5 36.2,113.51 36.2,113.51 36.21,113.5 36.2))"),
            { QStringLiteral("水田") } }
    };
    const VectorLayer json = readLayer(fixture::writeOgr(
        dir.filePath(QStringLiteral("p.geojson")), QStringLiteral("GeoJSON"), lonLat, 4326));
    requireParcels(json, QStringLiteral("GeoJSON"));
    CHECK(json.crs.epsg == 4326);
    CHECK(json.warnings.filter(QStringLiteral("GCJ-02")).size() == 1);
}

TEST_CASE("a GeoJSON whose top level is a bare array of Features is wrapped and read")
{
    const VectorLayer layer
        = readLayer(kShared + QStringLiteral("boundaries/datav_gmap_bare_array/140425.json"));
    REQUIRE(layer.featureCount() == 1);
    CHECK(layer.value(0, layer.fieldIndex(QStringLiteral("name"))).toString() == QStringLiteral("平顺县"));
    CHECK(layer.warnings.filter(QStringLiteral("bare array")).size() == 1);
    CHECK(layer.geometryKind == GeometryKind::Polygon);
}

TEST_CASE("KML and GPX: the first layer with features is read")
{
    QTemporaryDir dir;
    const std::vector<fixture::Feature> lonLat { { QStringLiteral("POINT(113.4 36.2)"),
        { QStringLiteral("青羊镇") } } };
    const VectorLayer kml = readLayer(
        fixture::writeOgr(dir.filePath(QStringLiteral("p.kml")), QStringLiteral("KML"), lonLat, 4326));
    REQUIRE(kml.featureCount() == 1);
    CHECK(kml.geometryKind == GeometryKind::Point);
    CHECK(kml.value(0, kml.fieldIndex(QStringLiteral("Name"))).toString() == QStringLiteral("青羊镇"));

    const QString gpx = fixture::writeBytes(dir.filePath(QStringLiteral("t.gpx")),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx version=\"1.1\" creator=\"test\" "
        "xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><name>巡查</name><trkseg>"
        "<trkpt lat=\"36.2\" lon=\"113.4\"/><trkpt lat=\"36.21\" lon=\"113.41\"/></trkseg></trk></gpx>\n");
    const VectorLayer track = readLayer(gpx);
    CHECK(track.name == QStringLiteral("tracks"));
    REQUIRE(track.featureCount() == 1);
    CHECK(track.geometryKind == GeometryKind::Line);
    CHECK(track.crs.epsg == 4326);
}

TEST_CASE("CSV with a WKT column or X/Y columns, GBK text detected")
{
    QTemporaryDir dir;
    const QString wkt = fixture::writeBytes(dir.filePath(QStringLiteral("wkt.csv")),
        QStringLiteral("WKT,名称\n\"POINT (450000 4010000)\",下邱沟村\n\"POINT (450100 4010100)\",东寺头村\n")
            .toUtf8());
    const VectorLayer a = readLayer(wkt);
    REQUIRE(a.featureCount() == 2);
    CHECK(a.geometryKind == GeometryKind::Point);
    CHECK(a.encoding.encoding == QStringLiteral("UTF-8"));
    CHECK(a.value(1, a.fieldIndex(QStringLiteral("名称"))).toString() == QStringLiteral("东寺头村"));

    QByteArray gbk;
    for (const char *line :
        { "lon,lat,name\n", "113.4,36.2,", "\xCF\xC2\xC7\xF1\xB9\xB5\xB4\xE5\n" }) // 下邱沟村 in GBK
        gbk += line;
    const VectorLayer b = readLayer(fixture::writeBytes(dir.filePath(QStringLiteral("xy.csv")), gbk));
    REQUIRE(b.featureCount() == 1);
    CHECK(b.encoding.encoding == QStringLiteral("GB18030"));
    CHECK(b.value(0, b.fieldIndex(QStringLiteral("name"))).toString() == QStringLiteral("下邱沟村"));
    CHECK(b.crs.epsg == 4490);
    const QRectF e = b.extent();
    CHECK(e.left() == Approx(113.4));
    CHECK(e.top() == Approx(36.2));
}
