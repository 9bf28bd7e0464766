// SPDX-License-Identifier: MIT
// The rows of a streamed create prepared off the writing thread (prepareRow, the checking
// threads; docs/design/create-writer.md): the values bound, the layer hash's text and the blob
// must be what the writer computed itself from the feature, or the file and its hash differ.
#include "store_fixture.h"

#include "gis/store/gpkg/gpkg_geometry_p.h"
#include "gis/store/layer_hash.h"
#include "gis/store/prepared_row.h"

#include <catch2/catch.hpp>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <cmath>
#include <limits>

using namespace fg;
using namespace fg::gis;
using fg::gis::test::tester;

namespace {

FieldDefinition field(const char *name, FieldType type)
{
    return { QString::fromLatin1(name), type };
}

QByteArray bound(const PreparedRow &row, size_t k)
{
    const PreparedRow::Value &v = row.values[k];
    REQUIRE(v.kind == PreparedRow::Kind::Text);
    return QByteArray(row.bytes.constData() + v.offset, v.size);
}

/// A shapefile in EPSG:4547 with a text, an integer, a real and a date field, @p count squares.
QString typedParcels(const QString &dir, int count)
{
    const QString path = dir + QStringLiteral("/typed.shp");
    GDALAllRegister();
    GDALDriverH driver = GDALGetDriverByName("ESRI Shapefile");
    GDALDatasetH ds = GDALCreate(driver, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
    REQUIRE(ds);
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, 4547);
    const char *utf8[] = { "ENCODING=UTF-8", nullptr };
    OGRLayerH layer = GDALDatasetCreateLayer(ds, "typed", srs, wkbPolygon, const_cast<char **>(utf8));
    OSRRelease(srs);
    const std::pair<const char *, OGRFieldType> fields[] = { { "DLMC", OFTString }, { "BSM", OFTInteger },
        { "TBMJ", OFTReal }, { "GXSJ", OFTDate } };
    for (const auto &[name, type] : fields) {
        OGRFieldDefnH def = OGR_Fld_Create(name, type);
        if (type == OFTReal)
            OGR_Fld_SetWidth(def, 19), OGR_Fld_SetPrecision(def, 3);
        OGR_L_CreateField(layer, def, TRUE);
        OGR_Fld_Destroy(def);
    }
    for (int i = 0; i < count; ++i) {
        OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        if (i % 5 != 4) // every fifth row's values are unset (NULL in the project)
            OGR_F_SetFieldString(f, 0, i % 2 ? "水田" : "旱地 (坡)");
        if (i % 5 != 4)
            OGR_F_SetFieldInteger(f, 1, i * 1000 - 7);
        OGR_F_SetFieldDouble(f, 2, 0.1 * i + 1.0 / 3.0);
        if (i % 5 != 4)
            OGR_F_SetFieldDateTime(f, 3, 2019 + i % 3, 1 + i % 12, 1 + i % 28, 0, 0, 0, 0);
        const double x = 446000.125 + (i % 80) * 30.5, y = 4007000.375 + (i / 80) * 30.5;
        const QByteArray wkt = QStringLiteral("POLYGON ((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2))")
                                   .arg(x, 0, 'f', 3).arg(y, 0, 'f', 3).arg(x + 20, 0, 'f', 3).arg(y + 20, 0, 'f', 3)
                                   .toUtf8();
        char *text = const_cast<char *>(wkt.constData());
        OGRGeometryH g = nullptr;
        OGR_G_CreateFromWkt(&text, nullptr, &g);
        OGR_F_SetGeometryDirectly(f, g);
        REQUIRE(OGR_L_CreateFeature(layer, f) == OGRERR_NONE);
        OGR_F_Destroy(f);
    }
    GDALClose(ds);
    return path;
}

QStringList rowsAndHash(const QString &path)
{
    QStringList all;
    SqliteConnection db(path, SqliteConnection::Mode::ReadOnly);
    for (auto rows = db.query(QStringLiteral("SELECT quote(fid) || '|' || quote(geom) || '|' || quote(DLMC) || '|' || "
                                             "quote(BSM) || '|' || quote(TBMJ) || '|' || quote(GXSJ) FROM landuse ORDER BY fid"));
         rows->next();)
        all << rows->text(0);
    for (auto rows = db.query(QStringLiteral("SELECT table_name || '|' || features || '|' || sha256 FROM layer_hashes "
                                             "ORDER BY table_name"));
         rows->next();)
        all << rows->text(0);
    return all;
}

} // namespace

TEST_CASE("A row prepared off the writer holds the values, hash text and blob the writer stores", "[project][create]")
{
    const std::vector<FieldDefinition> fields { field("MC", FieldType::Text), field("N", FieldType::Integer),
        field("M", FieldType::Integer), field("A", FieldType::Real), field("B", FieldType::Real),
        field("C", FieldType::Real), field("D", FieldType::Text), field("E", FieldType::Date),
        field("F", FieldType::DateTime), field("G", FieldType::DateTime), field("H", FieldType::Date) };
    const std::vector<QVariant> values { QStringLiteral("龙溪镇"), QVariant(qlonglong(-42)), QVariant(7), 0.1, 1e21,
        std::numeric_limits<double>::quiet_NaN(), QVariant(), QDate(2020, 1, 5),
        QDateTime(QDate(2020, 1, 5), QTime(8, 30, 0)), QStringLiteral("2020-01-05T08:30:00"),
        QStringLiteral("2020-01-05 extra") };
    const QByteArray wkb = QByteArray::fromHex("0106000000010000000103000000010000000400000000000000000000000000000000000000"
                                               "000000000000f03f0000000000000000000000000000f03f000000000000f03f"
                                               "00000000000000000000000000000000");
    const double envelope[4] = { 0, 1, 0, 1 };
    PreparedRow row;
    prepareRow(values, fields, wkb, envelope, 4547, row);
    REQUIRE(row.values.size() == fields.size());
    CHECK(row.hashable);
    // What SQLite is given: text as UTF-8, integers, doubles (a NaN as it is: SQLite stores NULL).
    CHECK(bound(row, 0) == QByteArray("龙溪镇"));
    CHECK(row.values[1].kind == PreparedRow::Kind::Integer);
    CHECK(row.values[1].integer == -42);
    CHECK(row.values[2].integer == 7);
    CHECK(row.values[3].kind == PreparedRow::Kind::Real);
    CHECK(row.values[3].real == 0.1);
    CHECK(std::isnan(row.values[5].real));
    CHECK(row.values[6].kind == PreparedRow::Kind::Null);
    CHECK(bound(row, 7) == QByteArray("2020-01-05"));
    CHECK(bound(row, 8) == QByteArray("2020-01-05T08:30:00.000"));
    CHECK(bound(row, 9) == QByteArray("2020-01-05T08:30:00")); // stored as given ...
    CHECK(bound(row, 10) == QByteArray("2020-01-05 extra"));
    // ... and hashed as the store reads it back (sql_rows::fieldValue, then QVariant::toString).
    const QByteArray parts = QByteArray(row.hashParts(), row.hashSize);
    CHECK(parts == QByteArray("9:龙溪镇3:-421:73:0.15:1e+210:0:10:2020-01-0523:2020-01-05T08:30:00.000"
                              "23:2020-01-05T08:30:00.00010:2020-01-05"));
    LayerHash one, other;
    one.addFid(1);
    one.addFieldParts(row.hashParts(), size_t(row.hashSize));
    other.addFid(1);
    for (const char *text : { "龙溪镇", "-42", "7", "0.1", "1e+21", "", "", "2020-01-05", "2020-01-05T08:30:00.000",
             "2020-01-05T08:30:00.000", "2020-01-05" })
        other.addField(QString::fromUtf8(text));
    CHECK(one.hex() == other.hex());
    // The blob: GeoPackage header with srs_id 4547 and the envelope, then the WKB as given.
    CHECK(row.srsId == 4547);
    CHECK(row.blob == gpkgBlobWithEnvelope(wkb, envelope, 4547));
    CHECK(row.blob.size() == 8 + 32 + wkb.size());
    CHECK(row.blob.right(wkb.size()) == wkb);
    CHECK(row.canonicalWkb); // hashed as it is

    // A date text SQLite's affinity keeps as a number: the layer is hashed from its rows later.
    PreparedRow numeric;
    prepareRow({ QStringLiteral("20200105") }, { field("E", FieldType::Date) }, wkb, nullptr, 4547, numeric);
    CHECK_FALSE(numeric.hashable);
    CHECK(bound(numeric, 0) == QByteArray("20200105"));
    CHECK(numeric.blob.size() == 8 + wkb.size()); // empty: no envelope
    PreparedRow cut; // a WKB with a byte too many is not what GEOS writes: the writer hashes GEOS's
    prepareRow({}, {}, wkb + QByteArray(1, '\0'), envelope, 4547, cut);
    CHECK_FALSE(cut.canonicalWkb);
    CHECK(cut.hashSize == 0);
}

TEST_CASE("Integer, real and date fields are written and hashed as the whole-layer create does", "[project][create]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ProjectSources sources = fg::gis::test::sampleSources();
    sources.cultivated = typedParcels(dir.path(), 5000); // three chunks
    QStringList built[2];
    for (const bool whole : { true, false }) {
        sources.wholeLayers = whole;
        const QString path = dir.filePath(whole ? QStringLiteral("whole.gpkg") : QStringLiteral("streamed.gpkg"));
        ProjectCreated created = ProjectBuilder::create(ProjectLocation::parse(path), sources, tester());
        CHECK(created.streamed == !whole);
        created.store.reset();
        LogCheckOptions full;
        full.layerContent = true;
        const LogCheck check = ProjectStores::verify(ProjectLocation::parse(path), full);
        CHECK(check.passed());
        built[whole ? 0 : 1] = rowsAndHash(path);
    }
    REQUIRE(built[0].size() == 5000 + 4);
    CHECK(built[0][4].endsWith(QStringLiteral("|NULL|NULL|0.733|NULL"))); // fid 5: 0.4 + 1/3 to 3 decimals
    CHECK(built[0][1].endsWith(QStringLiteral("'水田'|993|0.433|'2020-02-02'")));
    CHECK(built[0].filter(QStringLiteral("landuse|5000|")).size() == 1);
    REQUIRE(built[0].size() == built[1].size());
    for (int i = 0; i < built[0].size(); ++i) {
        INFO("line " << i);
        REQUIRE(built[0][i] == built[1][i]);
    }
}
