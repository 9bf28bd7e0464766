// SPDX-License-Identifier: MIT
// project create's raw read takes the attributes straight from the .dbf (DbfRecords); these tests
// pin that every value is OGR's — type, text after decoding, number bits, dates, NULLs — and
// that what the fast path does not know is left to OGR, record by record or for the layer.
#include "fixture_writer.h"
#include "raw_rows.h"
#include "gis/io/dbf_records.h"
#include "gis/io/layer_stream.h"
#include "gis/io/raw_feature.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>

#include <cmath>
#include <cstring>
#include <vector>

using namespace fg::gis;

namespace {

struct Read : fixture::RawRows
{
    bool directValues = false;
};

/// Every row of @p path as LayerStream::nextRaw gives it (the .shp records' geometries both
/// ways), values from the .dbf or (@p ogr) OGR's sequential read, and the layer's warnings.
Read readAll(const QString &path, bool ogr)
{
    LayerStream stream(path, ReadOptions {});
    if (ogr)
        stream.readAttributesThroughOgr();
    Read read;
    read.directValues = stream.readsAttributesDirectly();
    static_cast<fixture::RawRows &>(read) = fixture::readRawRows(stream, 700);
    return read;
}

/// Equal as stored: the same type, NULL the same, a double's bits the same (-0 and 0 differ).
bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.metaType() != b.metaType() || a.isNull() != b.isNull())
        return false;
    if (a.metaType().id() == QMetaType::Double) {
        const double x = a.toDouble(), y = b.toDouble();
        return std::memcmp(&x, &y, sizeof x) == 0;
    }
    return a == b;
}

/// Both reads give the same rows (fid, every value, WKB) and warnings; returns the direct read.
Read requireSameValues(const QString &path)
{
    INFO(path.toStdString());
    Read direct = readAll(path, false);
    const Read ogr = readAll(path, true);
    REQUIRE_FALSE(ogr.directValues);
    REQUIRE(direct.rows.size() == ogr.rows.size());
    for (size_t i = 0; i < direct.rows.size(); ++i) {
        const RawFeature &a = direct.rows[i], &b = ogr.rows[i];
        INFO("feature " << b.fid);
        REQUIRE(a.fid == b.fid);
        REQUIRE(a.values.size() == b.values.size());
        for (size_t f = 0; f < a.values.size(); ++f) {
            INFO("field " << f << ": " << a.values[f].toString().toStdString() << " / "
                          << b.values[f].toString().toStdString());
            REQUIRE(sameValue(a.values[f], b.values[f]));
        }
        REQUIRE(a.wkb == b.wkb);
        REQUIRE(a.verdict == b.verdict);
    }
    REQUIRE(direct.warnings == ogr.warnings);
    return direct;
}

void put32le(QByteArray &b, qint32 v)
{
    char c[4];
    qToLittleEndian<qint32>(v, c);
    b.append(c, 4);
}

struct DbfField
{
    QByteArray name;
    char type;
    int length;
    int decimals = 0;
};

/// A dBASE III table: @p records are (flag, raw field bytes padded to each field's length).
QByteArray dbfBytes(const std::vector<DbfField> &fields, const std::vector<std::pair<char, std::vector<QByteArray>>> &records)
{
    int recordLength = 1;
    for (const DbfField &f : fields)
        recordLength += f.length;
    const int headerLength = 32 + 32 * int(fields.size()) + 1;
    QByteArray d;
    d.append(char(3)).append(char(124)).append(char(1)).append(char(1));
    put32le(d, qint32(records.size()));
    d.append(char(headerLength & 0xff)).append(char(headerLength >> 8));
    d.append(char(recordLength & 0xff)).append(char(recordLength >> 8));
    d.append(20, '\0');
    for (const DbfField &f : fields) {
        d.append(f.name.leftJustified(11, '\0', true)).append(f.type).append(4, '\0');
        d.append(char(f.length)).append(char(f.decimals)).append(14, '\0');
    }
    d.append('\r');
    for (const auto &[flag, values] : records) {
        d.append(flag);
        for (size_t i = 0; i < fields.size(); ++i)
            d.append(values[i].leftJustified(fields[i].length, ' ', true));
    }
    d.append('\x1a');
    return d;
}

/// A polygon shapefile of @p count squares written by GDAL, its .dbf then replaced by @p dbf.
QString squaresWithTable(const QString &dir, const QString &name, int count, const QByteArray &dbf, const char *cpg)
{
    fixture::ShapefileSpec spec;
    spec.name = name;
    spec.fields = { QStringLiteral("ID") };
    for (int i = 0; i < count; ++i)
        spec.features.push_back({ fixture::squareWkt(i * 10.0, 0, 5), { QString::number(i) } });
    spec.cpg = QString::fromLatin1(cpg);
    const QString path = fixture::writeShapefile(dir, spec);
    fixture::writeBytes(dir + QLatin1Char('/') + name + ".dbf", dbf);
    return path;
}

} // namespace

TEST_CASE("The attributes read from the .dbf equal OGR's on every row", "[io][dbf_records]")
{
    // The sample county (GBK, Chinese text, numbers, dates), the shared synthetic county, offices'
    // shapefiles in GBK without .cpg and UTF-8 with and without .cpg (N reals and integers of
    // many widths, F reals, long C fields), GDAL's polygon files.
    for (const char *name : { "landuse", "basic_farmland", "townships", "villages", "approvals", "incidents" })
        CHECK(requireSameValues(QStringLiteral(FG_SAMPLE_DIR "/%1.shp").arg(QLatin1String(name))).directValues);
    for (const char *name : { "cultivated", "basic_farmland", "townships", "county", "incidents" })
        CHECK(requireSameValues(QStringLiteral(FG_SHARED_DATA_DIR "/synthetic-small/%1.shp").arg(QLatin1String(name)))
                  .directValues);
    const QString shared = QStringLiteral(FG_SHARED_DATA_DIR "/");
    for (const char *path : { "landuse/textbook_townshp_gbk/townshp.shp", "landuse/changsha_hydro_admin_utf8/xianjie.shp",
             "landuse/changsha_hydro_admin_utf8/shuiku.shp", "boundaries/ngcc_bou2_4p_gbk/bou2_4p.shp",
             "boundaries/amap_garybikini_changzhi/长治市.shp", "gdal-autotest-shp/testpoly.shp",
             "gdal-autotest-shp/Stacks.shp" })
        CHECK(requireSameValues(shared + QString::fromUtf8(path)).directValues); // N, F, C: all known here
    for (const char *path : { "gdal-autotest-shp/gjmultipoly.shp", "gdal-autotest-shp/CoHI_GCS12.shp" })
        requireSameValues(shared + QString::fromUtf8(path));
    // Counties made for the benchmarks, when named (p10k, p150k …: ':'-separated .shp).
    for (const QString &path : qEnvironmentVariable("FG_DBF_FILES").split(QLatin1Char(':'), Qt::SkipEmptyParts))
        CHECK(requireSameValues(path).directValues);
}

TEST_CASE("Values the .dbf path does not know are OGR's, record by record", "[io][dbf_records]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::vector<DbfField> fields { { "NAME", 'C', 12 }, { "COUNT", 'N', 9 }, { "BIG", 'N', 15 },
        { "AREA", 'N', 14, 4 }, { "DAY", 'D', 8 } };
    // GBK "耕地" is B8 FB B5 D8.
    const QByteArray farmland("\xB8\xFB\xB5\xD8");
    const std::vector<std::pair<char, std::vector<QByteArray>>> records {
        { ' ', { farmland, "42", "123456789012", "1234.5600", "20230115" } }, // 0: all fast
        { ' ', { "  " + farmland + "  ", "   -7", "-5", "-0.0000", "00000000" } }, // 1: trimmed, -0, NULL date
        { ' ', { "", "", "", "", "" } }, // 2: every NULL form: blank text, blank numbers, blank date (OGR's)
        { ' ', { QByteArray("a\0b", 3), "*********", "***************", "**************", "20231399" } }, // 3: NUL, '*', month 13
        { '*', { "gone", "1", "1", "1", "20230101" } }, // 4: deleted: skipped, as OGR skips it
        { ' ', { "x", "+5", "1e3", "1.5E+02", "2023-1-1" } }, // 5: plus sign, exponents, a dashed date: OGR's
        { ' ', { "y", "12.5", "99999999999999", ".5", "19991231" } }, // 6: a fraction in an integer, ".5": OGR's
        { ' ', { farmland.left(3), "2147483647", "7", "3.", "20000229" } }, // 7: a cut GBK tail, 10 digits in int32
        { '#', { "odd flag", "8", "8", "8", "20200202" } }, // 8: neither ' ' nor '*': OGR decides
    };
    const QString path = squaresWithTable(dir.path(), QStringLiteral("odd"), int(records.size()),
        dbfBytes(fields, records), "GBK");
    const Read read = requireSameValues(path);
    REQUIRE(read.directValues);
    // What OGR gives, pinned by hand: 8 rows (the deleted one skipped) and the deleted record said.
    REQUIRE(read.rows.size() == 8);
    CHECK(read.rows[3].fid == 3);
    CHECK(read.rows[4].fid == 5);
    const auto &first = read.rows[0].values;
    CHECK(first[0].toString() == QStringLiteral("耕地"));
    CHECK(first[1].metaType().id() == QMetaType::LongLong);
    CHECK(first[1].toLongLong() == 42);
    CHECK(first[2].toLongLong() == 123456789012LL);
    CHECK(first[3].toDouble() == 1234.56);
    CHECK(first[4].toDate() == QDate(2023, 1, 15));
    const auto &second = read.rows[1].values;
    CHECK(second[0].toString() == QStringLiteral("耕地"));
    CHECK(second[1].toLongLong() == -7);
    CHECK(std::signbit(second[3].toDouble()));
    CHECK(second[4].isNull());
    for (size_t f = 0; f < 4; ++f)
        CHECK(read.rows[2].values[f].isNull());
    CHECK(read.rows[3].values[0].toString() == QStringLiteral("a"));
    CHECK(read.rows[3].values[1].isNull());
    CHECK(read.warnings.join('\n').contains(QLatin1String("1 of 9 records in the .dbf were not read")));
}

TEST_CASE("A table the .dbf path does not know is read through OGR whole", "[io][dbf_records]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::vector<std::pair<char, std::vector<QByteArray>>> twoRows { { ' ', { "T", "a" } }, { ' ', { "F", "b" } } };
    // A logical field: not decoded here, the whole layer's values are OGR's.
    const QString logical = squaresWithTable(dir.path(), QStringLiteral("logical"), 2,
        dbfBytes({ { "OK", 'L', 1 }, { "NAME", 'C', 4 } }, twoRows), "UTF-8");
    CHECK_FALSE(requireSameValues(logical).directValues);
    // A memo field (its block numbers, without the .dbt): OGR's too.
    const QString memo = squaresWithTable(dir.path(), QStringLiteral("memo"), 2,
        dbfBytes({ { "NOTE", 'M', 1 }, { "NAME", 'C', 4 } }, twoRows), "UTF-8");
    CHECK_FALSE(requireSameValues(memo).directValues);
    // The same table with a text field instead: read here.
    const QString text = squaresWithTable(dir.path(), QStringLiteral("text"), 2,
        dbfBytes({ { "NOTE", 'C', 1 }, { "NAME", 'C', 4 } }, twoRows), "UTF-8");
    CHECK(requireSameValues(text).directValues);
    // OGR recoding the text (no raw text) never happens for a shapefile; a layer read through
    // OGR's geometries reads its attributes through OGR too.
    LayerStream stream(QStringLiteral(FG_SAMPLE_DIR "/landuse.shp"), ReadOptions {});
    CHECK(stream.readsAttributesDirectly());
    stream.readShapesThroughOgr();
    CHECK_FALSE(stream.readsAttributesDirectly());
}
