// SPDX-License-Identifier: MIT
// project create's raw read takes polygon geometries straight from the mapped .shp
// (shapefilePolygonWkb); these tests pin that its rows are OGR's, byte for byte, and that
// everything it does not know is left to OGR with OGR's own messages.
#include "core/input_error.h"
#include "gis/io/layer_stream.h"
#include "gis/io/raw_feature.h"
#include "gis/io/shapefile_records.h"
#include "gis/io/shapefile_wkb.h"
#include "raw_rows.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>

#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

using namespace fg::gis;

namespace {

using Ring = std::vector<std::pair<double, double>>;

/// One record of a hand-made polygon shapefile: its type (0 null, 5 polygon), its rings, and
/// whether its record header names another record number (a record shapelib may refuse).
struct Shape
{
    qint32 type = 5;
    std::vector<Ring> rings;
    bool wrongNumber = false;
};

void put32be(QByteArray &b, qint32 v)
{
    char c[4];
    qToBigEndian<qint32>(v, c);
    b.append(c, 4);
}

void put32le(QByteArray &b, qint32 v)
{
    char c[4];
    qToLittleEndian<qint32>(v, c);
    b.append(c, 4);
}

void putDouble(QByteArray &b, double v)
{
    b.append(reinterpret_cast<const char *>(&v), 8);
}

QByteArray header(qint64 bytes, double minX, double minY, double maxX, double maxY)
{
    QByteArray h;
    put32be(h, 9994);
    h.append(20, '\0');
    put32be(h, qint32(bytes / 2));
    put32le(h, 1000);
    put32le(h, 5);
    for (double v : { minX, minY, maxX, maxY, 0.0, 0.0, 0.0, 0.0 })
        putDouble(h, v);
    return h;
}

/// A .dbf of @p records records with one character field ID ("r0", "r1" …).
QByteArray dbfOf(int records)
{
    QByteArray d;
    d.append(char(3)).append(char(124)).append(char(1)).append(char(1));
    put32le(d, records);
    d.append(char(65)).append(char(0)).append(char(11)).append(char(0)); // header 65, record 11
    d.append(20, '\0');
    QByteArray field("ID");
    field.append(9, '\0');
    d.append(field).append('C').append(4, '\0').append(char(10)).append(char(0)).append(14, '\0');
    d.append('\r');
    for (int i = 0; i < records; ++i)
        d.append(' ').append(QByteArray("r" + QByteArray::number(i)).leftJustified(10, ' '));
    d.append('\x1a');
    return d;
}

QString writeShapefile(const QString &dir, const QString &name, const std::vector<Shape> &shapes)
{
    QByteArray records, index;
    qint64 at = 100;
    for (size_t i = 0; i < shapes.size(); ++i) {
        const Shape &s = shapes[i];
        QByteArray content;
        put32le(content, s.type);
        if (s.type != 0) {
            double box[4] = { 0, 0, 1000, 1000 };
            for (double v : box)
                putDouble(content, v);
            qint32 points = 0;
            for (const Ring &r : s.rings)
                points += qint32(r.size());
            put32le(content, qint32(s.rings.size()));
            put32le(content, points);
            qint32 start = 0;
            for (const Ring &r : s.rings) {
                put32le(content, start);
                start += qint32(r.size());
            }
            for (const Ring &r : s.rings)
                for (const auto &[x, y] : r) {
                    putDouble(content, x);
                    putDouble(content, y);
                }
        }
        put32be(records, qint32(s.wrongNumber ? i + 7 : i + 1));
        put32be(records, qint32(content.size() / 2));
        records.append(content);
        put32be(index, qint32(at / 2));
        put32be(index, qint32(content.size() / 2));
        at += 8 + content.size();
    }
    const QString base = dir + QLatin1Char('/') + name;
    QFile shp(base + ".shp"), shx(base + ".shx"), dbf(base + ".dbf");
    REQUIRE(shp.open(QIODevice::WriteOnly));
    shp.write(header(at, 0, 0, 1000, 1000) + records);
    REQUIRE(shx.open(QIODevice::WriteOnly));
    shx.write(header(100 + index.size(), 0, 0, 1000, 1000) + index);
    REQUIRE(dbf.open(QIODevice::WriteOnly));
    dbf.write(dbfOf(int(shapes.size())));
    return base + ".shp";
}

/// A copy of a shapefile that comes without its .dbf, given one (OGR's rows need a table).
QString withTable(const QString &dir, const QString &shpPath)
{
    const QString base = dir + QLatin1Char('/') + QFileInfo(shpPath).completeBaseName();
    QFile::copy(shpPath, base + ".shp");
    QString shx = shpPath;
    shx.chop(4);
    QFile::copy(shx + ".shx", base + ".shx");
    QFile dbf(base + ".dbf");
    REQUIRE(dbf.open(QIODevice::WriteOnly));
    dbf.write(dbfOf(int((QFileInfo(base + ".shx").size() - 100) / 8)));
    return base + ".shp";
}

struct Read : fixture::RawRows
{
    bool direct = false;
};

/// Every row of @p path as LayerStream::nextRaw gives it, checked and settled, and the
/// layer's warnings; through the .shp records, or (@p ogr) OGR's geometries.
Read readAll(const QString &path, bool ogr)
{
    LayerStream stream(path, ReadOptions {});
    if (ogr)
        stream.readShapesThroughOgr();
    Read read;
    read.direct = stream.readsShapesDirectly();
    static_cast<fixture::RawRows &>(read) = fixture::readRawRows(stream, 1000);
    return read;
}

/// The two reads' rows are equal (fid, values, WKB bytes, verdicts) and so are the warnings.
/// Returns the number of rows with a WKB.
int requireSameRows(const QString &path)
{
    INFO(path.toStdString());
    const Read direct = readAll(path, false), ogr = readAll(path, true);
    REQUIRE_FALSE(ogr.direct);
    CHECK(direct.direct);
    REQUIRE(direct.rows.size() == ogr.rows.size());
    int withWkb = 0;
    for (size_t i = 0; i < direct.rows.size(); ++i) {
        const RawFeature &a = direct.rows[i], &b = ogr.rows[i];
        INFO("feature " << b.fid);
        REQUIRE(a.fid == b.fid);
        REQUIRE(a.values == b.values);
        REQUIRE(a.wkb == b.wkb);
        REQUIRE(a.unreadable == b.unreadable);
        REQUIRE(a.verdict == b.verdict);
        REQUIRE(a.asRead == b.asRead);
        withWkb += a.wkb.isEmpty() ? 0 : 1;
    }
    REQUIRE(direct.warnings == ogr.warnings);
    return withWkb;
}

} // namespace

TEST_CASE("The raw rows read from the .shp records equal OGR's, byte for byte", "[io][shapefile_wkb]")
{
    // The sample county (GBK, repaired flaws, holes), the shared synthetic county.
    for (const char *name : { "landuse", "basic_farmland", "townships", "villages", "approvals", "incidents" })
        CHECK(requireSameRows(QStringLiteral(FG_SAMPLE_DIR "/%1.shp").arg(QLatin1String(name))) > 0);
    for (const char *name : { "cultivated", "basic_farmland", "townships", "county", "incidents" })
        CHECK(requireSameRows(QStringLiteral(FG_SHARED_DATA_DIR "/synthetic-small/%1.shp").arg(QLatin1String(name)))
            > 0);
    // GDAL's own odd polygon shapefiles: multi-part, empty parts, a broken multipolygon.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString autotest = QStringLiteral(FG_SHARED_DATA_DIR "/gdal-autotest-shp/");
    for (const char *name : { "testpoly", "gjmultipoly", "emptymultipoly", "CoHI_GCS12" })
        requireSameRows(autotest + QLatin1String(name) + ".shp");
    requireSameRows(withTable(dir.path(), autotest + "buggymultipoly.shp"));
    // Counties made by hand for the benchmarks, when named (p10k, p150k …: ':'-separated .shp).
    for (const QString &path : qEnvironmentVariable("FG_SHAPE_WKB_FILES").split(QLatin1Char(':'), Qt::SkipEmptyParts))
        CHECK(requireSameRows(path) > 0);
}

TEST_CASE("Records the .shp path does not know are left to OGR, with OGR's messages", "[io][shapefile_wkb]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Ring square { { 0, 0 }, { 0, 100 }, { 100, 100 }, { 100, 0 }, { 0, 0 } }; // clockwise: outer
    const Ring hole { { 10, 10 }, { 20, 10 }, { 20, 20 }, { 10, 20 }, { 10, 10 } }; // counter-clockwise
    const Ring far { { 500, 500 }, { 500, 600 }, { 600, 600 }, { 600, 500 }, { 500, 500 } };
    const Ring unclosed { { 0, 0 }, { 0, 100 }, { 100, 100 }, { 100, 0 } };
    const Ring triangle { { 0, 0 }, { 0, 100 }, { 0, 0 } };
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const Ring nanRing { { 0, 0 }, { 0, 100 }, { nan, 100 }, { 100, 0 }, { 0, 0 } };
    const Ring nanEnds { { nan, 0 }, { 0, 100 }, { 100, 100 }, { 100, 0 }, { nan, 0 } }; // NaN != NaN: "unclosed"
    const Ring bowtie { { 0, 0 }, { 100, 100 }, { 100, 0 }, { 0, 100 }, { 0, 0 } };
    const std::vector<Shape> shapes {
        { 5, { square }, false }, // 0: fast
        { 0, {}, false }, // 1: null shape, no geometry
        { 5, { square, hole }, false }, // 2: a hole: OGR organises the rings
        { 5, { square, far }, false }, // 3: two outer rings: a MultiPolygon
        { 5, { unclosed }, false }, // 4: OGR warns about the unclosed ring
        { 5, { triangle }, false }, // 5: fewer than four points
        { 5, { nanRing }, false }, // 6: fast: NaN copied as OGR copies it (skipped by the check)
        { 5, { square }, true }, // 7: a record header naming another record
        { 5, { bowtie }, false }, // 8: fast, repaired by the check
        { 5, { far }, false }, // 9: fast
        { 5, { nanEnds }, false }, // 10: NaN first and last points: OGR's
    };
    const QString path = writeShapefile(dir.path(), QStringLiteral("odd"), shapes);

    const ShapefileRecords records(path, dir.path() + "/odd.shx");
    REQUIRE(records.ok());
    QByteArray wkb;
    const std::vector<ShapeWkb> expected { ShapeWkb::Written, ShapeWkb::None, ShapeWkb::AskOgr, ShapeWkb::AskOgr,
        ShapeWkb::AskOgr, ShapeWkb::AskOgr, ShapeWkb::Written, ShapeWkb::AskOgr, ShapeWkb::Written,
        ShapeWkb::Written, ShapeWkb::AskOgr };
    for (qint64 i = 0; i < qint64(shapes.size()); ++i) {
        INFO("record " << i);
        CHECK(shapefilePolygonWkb(records, i, wkb) == expected[size_t(i)]);
        CHECK(wkb.isEmpty() == (expected[size_t(i)] != ShapeWkb::Written));
    }
    // The square as WKB: NDR, Polygon, one ring, five points as stored (clockwise, closed).
    REQUIRE(shapefilePolygonWkb(records, 0, wkb) == ShapeWkb::Written);
    REQUIRE(wkb.size() == 13 + 5 * 16);
    CHECK(wkb.left(13).toHex() == "01030000000100000005000000");
    double x = 0, y = 0;
    std::memcpy(&x, wkb.constData() + 13 + 16, 8);
    std::memcpy(&y, wkb.constData() + 13 + 24, 8);
    CHECK(x == 0.0);
    CHECK(y == 100.0);

    // The whole read equals OGR's: the fallback rows, the unclosed ring's GDAL warning, the
    // skipped null, NaN and unreadable rows, the repaired bowtie.
    REQUIRE(requireSameRows(path) >= 6);
    const Read direct = readAll(path, false);
    REQUIRE(direct.direct);
    CHECK(direct.warnings.join('\n').contains(QLatin1String("Non closed ring")));
    CHECK(direct.rows[2].wkb.mid(1, 4).toHex() == "03000000"); // a polygon with its hole
    CHECK(direct.rows[3].wkb.mid(1, 4).toHex() == "06000000"); // two outer rings
}

TEST_CASE("A PolygonZ or MultiPatch shapefile is read through OGR whole", "[io][shapefile_wkb]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const char *name : { "polygonm_with_m", "polygonm_without_m" }) {
        const QString path
            = withTable(dir.path(), QStringLiteral(FG_SHARED_DATA_DIR "/gdal-autotest-shp/%1.shp").arg(QLatin1String(name)));
        LayerStream stream(path, ReadOptions {});
        CHECK_FALSE(stream.readsShapesDirectly());
    }
}
