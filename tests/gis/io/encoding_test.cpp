// SPDX-License-Identifier: MIT
// Attribute text encoding: fixtures written byte for byte as offices deliver them, and real files.
#include "fixture_writer.h"
#include "gis/io/dbf_encoding.h"
#include "gis/io/layer_reader.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace fg::gis;

namespace {

const QString kShared = QStringLiteral(FG_SHARED_DATA_DIR "/");
const QChar kReplacement(0xFFFD);

/// Two parcels with Chinese text in two Chinese-named fields.
fixture::ShapefileSpec parcels(const QString &encoding, std::optional<QString> cpg)
{
    fixture::ShapefileSpec spec;
    spec.fields = { QStringLiteral("地类"), QStringLiteral("坐落") };
    spec.features = { { QStringLiteral("POLYGON((0 0,1 0,1 1,0 0))"),
                          { QStringLiteral("旱地"), QStringLiteral("下邱沟村") } },
        { QStringLiteral("POLYGON((2 0,3 0,3 1,2 0))"),
            { QStringLiteral("水浇地"), QStringLiteral("青羊镇东寺头村") } } };
    spec.encoding = encoding;
    spec.cpg = std::move(cpg);
    return spec;
}

void requireParcelText(const VectorLayer &layer)
{
    REQUIRE(layer.featureCount() == 2);
    REQUIRE(layer.fields.size() == 2);
    CHECK(layer.fields[0].name == QStringLiteral("地类"));
    CHECK(layer.fields[1].name == QStringLiteral("坐落"));
    CHECK(layer.value(0, 0).toString() == QStringLiteral("旱地"));
    CHECK(layer.value(0, 1).toString() == QStringLiteral("下邱沟村"));
    CHECK(layer.value(1, 0).toString() == QStringLiteral("水浇地"));
    CHECK(layer.value(1, 1).toString() == QStringLiteral("青羊镇东寺头村"));
}

int replacementCount(const VectorLayer &layer)
{
    int n = 0;
    for (int row = 0; row < layer.featureCount(); ++row)
        for (size_t f = 0; f < layer.fields.size(); ++f)
            n += layer.value(row, int(f)).toString().count(kReplacement);
    return n;
}

} // namespace

TEST_CASE("GBK without .cpg or LDID is detected as GB18030 and decodes values and field names")
{
    QTemporaryDir dir;
    const VectorLayer layer
        = readLayer(fixture::writeShapefile(dir.path(), parcels(QStringLiteral("CP936"), std::nullopt)));
    CHECK(layer.encoding.encoding == QStringLiteral("GB18030"));
    CHECK_FALSE(layer.encoding.overridden);
    CHECK(layer.encoding.evidence.contains(QStringLiteral("no .cpg")));
    requireParcelText(layer);
}

TEST_CASE("a .cpg that says UTF-8 over GBK bytes is caught as a lie")
{
    QTemporaryDir dir;
    const VectorLayer layer = readLayer(
        fixture::writeShapefile(dir.path(), parcels(QStringLiteral("CP936"), QStringLiteral("UTF-8"))));
    CHECK(layer.encoding.encoding == QStringLiteral("GB18030"));
    CHECK(layer.encoding.evidence.contains(QStringLiteral("the .cpg is wrong")));
    requireParcelText(layer);
}

TEST_CASE("a .cpg that says GBK over UTF-8 bytes is caught as a lie")
{
    QTemporaryDir dir;
    const VectorLayer layer = readLayer(
        fixture::writeShapefile(dir.path(), parcels(QStringLiteral("UTF-8"), QStringLiteral("GBK"))));
    CHECK(layer.encoding.encoding == QStringLiteral("UTF-8"));
    CHECK(layer.encoding.evidence.contains(QStringLiteral("the .cpg is wrong")));
    requireParcelText(layer);
}

TEST_CASE("UTF-8 is read as UTF-8 with and without a .cpg")
{
    QTemporaryDir dir;
    for (const auto &cpg : { std::optional<QString>(QStringLiteral("UTF-8")), std::optional<QString>() }) {
        fixture::ShapefileSpec spec = parcels(QStringLiteral("UTF-8"), cpg);
        spec.name = cpg ? QStringLiteral("with_cpg") : QStringLiteral("without_cpg");
        const VectorLayer layer = readLayer(fixture::writeShapefile(dir.path(), spec));
        INFO(spec.name.toStdString());
        CHECK(layer.encoding.encoding == QStringLiteral("UTF-8"));
        CHECK_FALSE(layer.encoding.evidence.contains(QStringLiteral("wrong")));
        requireParcelText(layer);
    }
}

TEST_CASE("characters only GB18030 has (four-byte sequences) survive")
{
    QTemporaryDir dir;
    fixture::ShapefileSpec spec = parcels(QStringLiteral("GB18030"), std::nullopt);
    // U+3400 and U+20000 are outside GBK: GB18030 writes them as four-byte sequences.
    const QString rare = QStringLiteral("㐀") + QString::fromUcs4(U"\U00020000") + QStringLiteral("村");
    spec.features[0].values[1] = rare;
    const VectorLayer layer = readLayer(fixture::writeShapefile(dir.path(), spec));
    CHECK(layer.encoding.encoding == QStringLiteral("GB18030"));
    CHECK(layer.encoding.evidence.contains(QStringLiteral("2 four-byte GB18030 sequences")));
    CHECK(layer.value(0, 1).toString() == rare);
    CHECK(layer.value(1, 1).toString() == QStringLiteral("青羊镇东寺头村"));
}

TEST_CASE("the LDID byte 0x4D is reported as evidence for CP936")
{
    QTemporaryDir dir;
    fixture::ShapefileSpec spec = parcels(QStringLiteral("CP936"), std::nullopt);
    spec.ldid = 0x4D;
    const VectorLayer layer = readLayer(fixture::writeShapefile(dir.path(), spec));
    CHECK(layer.encoding.encoding == QStringLiteral("GB18030"));
    CHECK(layer.encoding.evidence.contains(QStringLiteral("LDID 0x4d")));
    requireParcelText(layer);
}

TEST_CASE("an --encoding override wins over detection, and the evidence says when the bytes disagree")
{
    QTemporaryDir dir;
    const QString path = fixture::writeShapefile(dir.path(), parcels(QStringLiteral("CP936"), std::nullopt));
    ReadOptions gbk;
    gbk.encoding = QStringLiteral("GBK");
    const VectorLayer right = readLayer(path, gbk);
    CHECK(right.encoding.overridden);
    CHECK(right.encoding.encoding == QStringLiteral("GB18030"));
    requireParcelText(right);

    ReadOptions utf8;
    utf8.encoding = QStringLiteral("UTF-8");
    const VectorLayer wrong = readLayer(path, utf8);
    CHECK(wrong.encoding.overridden);
    CHECK(wrong.encoding.encoding == QStringLiteral("UTF-8"));
    // 4 values and 2 field names carry Chinese text.
    CHECK(wrong.encoding.evidence.contains(QStringLiteral("as UTF-8: 6 of 6 strings invalid")));
    CHECK(replacementCount(wrong) > 0);
}

TEST_CASE("pure ASCII text takes the hint, saying every encoding reads it alike")
{
    const EncodingDecision d
        = decideTextEncoding({ QByteArray("BSM"), QByteArray("0101") }, { QStringLiteral("GBK"), 0 }, {});
    CHECK(d.encoding == QStringLiteral("GB18030"));
    CHECK(d.evidence.contains(QStringLiteral("ASCII")));
}

TEST_CASE("shared data: GBK without marker (NGCC 1:4M provinces) decodes every name")
{
    const VectorLayer layer = readLayer(kShared + QStringLiteral("boundaries/ngcc_bou2_4p_gbk/bou2_4p.shp"));
    CHECK(layer.encoding.encoding == QStringLiteral("GB18030"));
    REQUIRE(layer.featureCount() == 925);
    const int name = layer.fieldIndex(QStringLiteral("NAME"));
    const int adcode = layer.fieldIndex(QStringLiteral("ADCODE99"));
    int shanxi = 0;
    for (int row = 0; row < layer.featureCount(); ++row)
        if (layer.value(row, adcode).toLongLong() == 140000) {
            CHECK(layer.value(row, name).toString() == QStringLiteral("山西省"));
            ++shanxi;
        }
    CHECK(shanxi >= 1);
    CHECK(replacementCount(layer) == 0);
}

TEST_CASE("shared data: textbook townships are GBK without marker")
{
    const VectorLayer layer = readLayer(kShared + QStringLiteral("landuse/textbook_townshp_gbk/townshp.shp"));
    CHECK(layer.encoding.encoding == QStringLiteral("GB18030"));
    REQUIRE(layer.featureCount() == 73);
    CHECK(
        layer.value(0, layer.fieldIndex(QStringLiteral("CON_NAME"))).toString() == QStringLiteral("志远县"));
    CHECK(replacementCount(layer) == 0);
}

TEST_CASE("shared data: LDID 0x4D files (Shanxi outline, GDAL's chinese.dbf)")
{
    const VectorLayer shanxi
        = readLayer(kShared + QStringLiteral("boundaries/nmc_shanxi_outline_cp936/山西.shp"));
    CHECK(shanxi.encoding.evidence.contains(QStringLiteral("LDID 0x4d")));
    CHECK(shanxi.value(0, shanxi.fieldIndex(QStringLiteral("NAME"))).toString() == QStringLiteral("山西省"));
    const VectorLayer table = readLayer(kShared + QStringLiteral("gdal-autotest-shp/chinese.dbf"));
    REQUIRE(table.fields.size() == 1);
    CHECK(table.fields[0].name == QStringLiteral("中国"));
    CHECK(table.value(0, 0).toString() == QStringLiteral("中国"));
}

TEST_CASE("shared data: UTF-8 without .cpg or LDID (AMap Changzhi) is not garbled as GBK")
{
    const VectorLayer layer
        = readLayer(kShared + QStringLiteral("boundaries/amap_garybikini_changzhi/长治市.shp"));
    CHECK(layer.encoding.encoding == QStringLiteral("UTF-8"));
    REQUIRE(layer.featureCount() == 12);
    CHECK(layer.fid(7) == 7);
    CHECK(layer.value(7, layer.fieldIndex(QStringLiteral("name"))).toString() == QStringLiteral("平顺县"));
    CHECK(replacementCount(layer) == 0);
}

TEST_CASE("shared data: UTF-8 with .cpg keeps the Chinese field names 面积 and 周长")
{
    const VectorLayer layer
        = readLayer(kShared + QStringLiteral("landuse/changsha_hydro_admin_utf8/xianjie.shp"));
    CHECK(layer.encoding.encoding == QStringLiteral("UTF-8"));
    CHECK(layer.featureCount() == 3);
    CHECK(layer.fieldIndex(QStringLiteral("面积")) >= 0);
    CHECK(layer.fieldIndex(QStringLiteral("周长")) >= 0);
    CHECK(
        layer.value(0, layer.fieldIndex(QStringLiteral("ADMANAME"))).toString() == QStringLiteral("宁乡县"));
}

TEST_CASE("shared data: the synthetic county's GBK parcels decode to the three cultivated classes")
{
    const VectorLayer layer = readLayer(kShared + QStringLiteral("synthetic-small/cultivated.shp"));
    REQUIRE(layer.featureCount() == 2000);
    const int dlmc = layer.fieldIndex(QStringLiteral("DLMC"));
    const QStringList classes { QStringLiteral("水田"), QStringLiteral("水浇地"), QStringLiteral("旱地") };
    int outside = 0;
    for (int row = 0; row < layer.featureCount(); ++row)
        outside += classes.contains(layer.value(row, dlmc).toString()) ? 0 : 1;
    CHECK(outside == 0);
    CHECK(replacementCount(layer) == 0);
}

TEST_CASE("the bundled sample's parcel layer decodes every Chinese value without a replacement character")
{
    const VectorLayer layer = readLayer(QStringLiteral(FG_SAMPLE_DIR "/landuse.shp"));
    REQUIRE(layer.featureCount() > 1000);
    CHECK(layer.encoding.encoding == QStringLiteral("GB18030"));
    CHECK(replacementCount(layer) == 0);
    int chinese = 0;
    for (int row = 0; row < layer.featureCount(); ++row)
        chinese += layer.value(row, layer.fieldIndex(QStringLiteral("DLMC")))
                       .toString()
                       .contains(QStringLiteral("地"))
            ? 1
            : 0;
    CHECK(chinese > 0);
}

TEST_CASE("repeated values count once per occurrence in the trials (each distinct value decoded once)")
{
    // 1,000 parcels of 旱地 and 10 of 水浇地 in GBK, 3 copies of a broken byte pair and one UTF-8
    // value: every count is over all 1,014 non-ASCII strings, as when each was decoded.
    const QByteArray dryland = QByteArray("\xBA\xB5\xB5\xD8"); // 旱地 in GBK
    const QByteArray irrigated = QByteArray("\xCB\xAE\xBD\xBD\xB5\xD8"); // 水浇地 in GBK
    const QByteArray broken = QByteArray("\xFF\xFF");
    std::vector<QByteArray> samples(1000, dryland);
    samples.insert(samples.end(), 10, irrigated);
    samples.insert(samples.end(), 3, broken);
    samples.push_back(QByteArray("BSM")); // ASCII: left out of the trials
    samples.push_back(QStringLiteral("耕地").toUtf8());
    const EncodingDecision d = decideTextEncoding(samples, {}, {});
    CHECK(d.encoding == QStringLiteral("GB18030"));
    CAPTURE(d.evidence.toStdString());
    CHECK(d.evidence.contains(QStringLiteral("1014 strings (values, field names) with non-ASCII bytes")));
    // UTF-8: the 1,010 GBK values and the 3 broken ones fail; the UTF-8 one passes.
    CHECK(d.evidence.contains(QStringLiteral("as UTF-8: 1013 of 1014 strings invalid")));
    // GB18030: only the 3 broken values fail (0xFF is never a lead byte; 耕地's UTF-8 bytes are
    // three valid GB18030 pairs).
    CHECK(d.evidence.contains(QStringLiteral("as GB18030: 3 of 1014 strings invalid")));
}
