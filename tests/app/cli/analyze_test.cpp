// SPDX-License-Identifier: MIT
#include "cli/cli_runner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

// Hand-made layers written as GeoJSON in EPSG:4547, rectangles given in metres from (kX, kY).
// Planar areas are then exact products of the sides; mu = m² × 3 / 2000.
constexpr double kX = 450000.0;
constexpr double kY = 4000000.0;

struct Rect
{
    QString a, b; // the two attributes (JCBH/DSR for incidents, DLBM/DLMC for parcels)
    double x0, y0, x1, y1;
};

void writeLayer(const QString &path, const QString &keyA, const QString &keyB, const std::vector<Rect> &rects)
{
    QJsonArray features;
    for (const Rect &r : rects) {
        QJsonArray ring;
        for (const auto &[x, y] :
            { std::pair { r.x0, r.y0 }, { r.x1, r.y0 }, { r.x1, r.y1 }, { r.x0, r.y1 }, { r.x0, r.y0 } })
            ring.append(QJsonArray { kX + x, kY + y });
        QJsonObject properties { { keyA, r.a } };
        if (!r.b.isEmpty())
            properties.insert(keyB, r.b);
        features.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("Feature") },
            { QStringLiteral("properties"), properties },
            { QStringLiteral("geometry"),
                QJsonObject { { QStringLiteral("type"), QStringLiteral("Polygon") },
                    { QStringLiteral("coordinates"), QJsonArray { ring } } } } });
    }
    const QJsonObject collection { { QStringLiteral("type"), QStringLiteral("FeatureCollection") },
        { QStringLiteral("crs"),
            QJsonObject { { QStringLiteral("type"), QStringLiteral("name") },
                { QStringLiteral("properties"),
                    QJsonObject {
                        { QStringLiteral("name"), QStringLiteral("urn:ogc:def:crs:EPSG::4547") } } } } },
        { QStringLiteral("features"), features } };
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(collection).toJson());
}

/// The designed cases. Basic farmland: B1 = [0,2000]×[0,1000]; P1/P2 overlap on
/// [3050,3100]×[0,100]; B2 = [3900,4200]×[-100,100]. Cultivated: C1 = B1 (水田), C2 =
/// [0,2000]×[1000,3000] (旱地), C3 = [0,2000]×[3000,3200] (果园, not cultivated).
struct Fixture
{
    QTemporaryDir dir;
    QString incidents, basic, cultivated;

    Fixture()
    {
        REQUIRE(dir.isValid());
        incidents = dir.filePath(QStringLiteral("incidents.geojson"));
        basic = dir.filePath(QStringLiteral("basic.geojson"));
        cultivated = dir.filePath(QStringLiteral("cultivated.geojson"));
        const QString wang = QStringLiteral("王五");
        writeLayer(incidents, QStringLiteral("JCBH"), QStringLiteral("DSR"),
            {
                { "JC-499", "", 100, 100, 100 + 3326.67 / 40, 140 }, // 3326.67 m² = 4.990005 mu
                { "JC-500", "", 100, 200, 100 + 3333.33 / 40, 240 }, // 3333.33 m² = 4.999995 mu
                { "JC-501", "", 100, 300, 100 + 3340.0 / 40, 340 }, // 3340 m² = 5.01 mu
                { "JC-999", "", 100, 2100, 100 + 6660.0 / 40, 2140 }, // 6660 m² = 9.99 mu
                { "JC-1000", "", 100, 2200, 100 + 6666.67 / 40, 2240 }, // 10.000005 mu
                { "JC-1001", "", 100, 2300, 100 + 6673.33 / 40, 2340 }, // 10.009995 mu
                { "JC-OV", "", 3000, 0, 3150, 20 }, // 3000 m² = 4.50 mu, 6.00 if double counted
                { "JC-P1", wang, 4000, 0, 4060, 40 }, // 2400 m² = 3.60 mu
                { "JC-P2", wang, 4030, 0, 4090, 40 }, // union with P1: 3600 m² = 5.40 mu
                { "JC-MIX", "", 700, 1000 - 80.0 / 3, 800, 1000 + 160.0 / 3 }, // 4 mu basic + 8 mu outside
                { "JC-ORCH", "", 10, 3010, 110, 3110 }, // 10000 m² of orchard only
            });
        writeLayer(basic, QStringLiteral("DLBM"), QStringLiteral("DLMC"),
            {
                { "0101", "水田", 0, 0, 2000, 1000 },
                { "0101", "水田", 3000, 0, 3100, 100 },
                { "0101", "水田", 3050, 0, 3150, 100 },
                { "0101", "水田", 3900, -100, 4200, 100 },
            });
        writeLayer(cultivated, QStringLiteral("DLBM"), QStringLiteral("DLMC"),
            {
                { "0101", "水田", 0, 0, 2000, 1000 },
                { "0103", "旱地", 0, 1000, 2000, 3000 },
                { "0201", "果园", 0, 3000, 2000, 3200 },
            });
    }

    QStringList args(const QStringList &extra = {}) const
    {
        return QStringList { QStringLiteral("analyze"), QStringLiteral("--incidents"), incidents,
            QStringLiteral("--basic-farmland"), basic, QStringLiteral("--cultivated"), cultivated,
            QStringLiteral("--id-field"), QStringLiteral("JCBH"), QStringLiteral("--party-field"),
            QStringLiteral("DSR") }
        + extra;
    }
};

QJsonObject parseJson(const CliResult &r)
{
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

QJsonObject byId(const QJsonObject &root, const QString &key, const QString &idKey, const QString &id)
{
    for (const QJsonValue &v : root.value(key).toArray())
        if (v.toObject().value(idKey).toString() == id)
            return v.toObject();
    FAIL("no " << key.toStdString() << " entry " << id.toStdString());
    return {};
}

QStringList flagsOf(const QJsonObject &o)
{
    QStringList flags;
    for (const QJsonValue &f : o.value(QStringLiteral("flags")).toArray())
        flags << f.toString();
    return flags;
}

} // namespace

TEST_CASE("analyze --format json: the designed threshold cases come out as designed")
{
    const Fixture f;
    const QJsonObject root = parseJson(runCli(f.args({ QStringLiteral("--format"), QStringLiteral("json"),
        QStringLiteral("--area-method"), QStringLiteral("planar") })));
    CHECK(root.value(QStringLiteral("area_method")).toString() == QStringLiteral("planar"));
    CHECK(root.value(QStringLiteral("working_crs")).toString() == QStringLiteral("EPSG:4547"));
    const QJsonObject rules = root.value(QStringLiteral("rules")).toObject();
    CHECK(rules.value(QStringLiteral("basic_farmland_mu")).toDouble() == 5.0);
    CHECK(rules.value(QStringLiteral("cultivated_mu")).toDouble() == 10.0);
    CHECK(rules.value(QStringLiteral("reading")).toString() == QStringLiteral("notice"));

    const auto incident = [&](const char *id) {
        return byId(root, QStringLiteral("incidents"), QStringLiteral("id"), QString::fromLatin1(id));
    };
    CHECK(incident("JC-499").value(QStringLiteral("basic_farmland_mu")).toDouble() == 4.99);
    CHECK(incident("JC-499").value(QStringLiteral("basic_farmland_m2")).toDouble() == 3326.67);
    CHECK_FALSE(incident("JC-499").value(QStringLiteral("accountability")).toBool());
    CHECK(incident("JC-500").value(QStringLiteral("basic_farmland_mu")).toDouble() == 5.00);
    CHECK(flagsOf(incident("JC-500")) == QStringList { QStringLiteral("basic_farmland") });
    CHECK(incident("JC-500").value(QStringLiteral("accountability")).toBool());
    CHECK(incident("JC-501").value(QStringLiteral("accountability")).toBool());
    CHECK(incident("JC-999").value(QStringLiteral("cultivated_mu")).toDouble() == 9.99);
    CHECK_FALSE(incident("JC-999").value(QStringLiteral("accountability")).toBool());
    CHECK(incident("JC-1000").value(QStringLiteral("cultivated_mu")).toDouble() == 10.00);
    CHECK(flagsOf(incident("JC-1000")) == QStringList { QStringLiteral("cultivated") });
    CHECK(incident("JC-1001").value(QStringLiteral("cultivated_mu")).toDouble() == 10.01);
    CHECK(incident("JC-1001").value(QStringLiteral("basic_farmland_m2")).toDouble() == 0.0);

    // Overlapping parcels counted once: 3000 m² = 4.50 mu, not 6.00.
    CHECK(incident("JC-OV").value(QStringLiteral("basic_farmland_m2")).toDouble() == 3000.00);
    CHECK(incident("JC-OV").value(QStringLiteral("basic_farmland_mu")).toDouble() == 4.50);
    CHECK_FALSE(incident("JC-OV").value(QStringLiteral("accountability")).toBool());

    // By class: 旱地 for the cultivated cases, the orchard only under other_classes.
    const QJsonArray classes = incident("JC-1000").value(QStringLiteral("by_class")).toArray();
    REQUIRE(classes.size() == 1);
    CHECK(classes[0].toObject().value(QStringLiteral("code")).toString() == QStringLiteral("0103"));
    CHECK(classes[0].toObject().value(QStringLiteral("name")).toString() == QStringLiteral("旱地"));
    CHECK(incident("JC-ORCH").value(QStringLiteral("cultivated_m2")).toDouble() == 0.0);
    CHECK(incident("JC-ORCH").value(QStringLiteral("by_class")).toArray().isEmpty());
    CHECK(incident("JC-ORCH")
              .value(QStringLiteral("other_classes"))
              .toArray()[0]
              .toObject()
              .value(QStringLiteral("m2"))
              .toDouble()
        == 10000.00);
    CHECK(incident("JC-ORCH").value(QStringLiteral("party")).isNull());

    // The accumulating party: 3.60 mu each, 5.40 mu together (7.20 if overlaps counted twice).
    CHECK_FALSE(incident("JC-P1").value(QStringLiteral("accountability")).toBool());
    CHECK(incident("JC-P1").value(QStringLiteral("party")).toString() == QStringLiteral("王五"));
    const QJsonObject wang
        = byId(root, QStringLiteral("parties"), QStringLiteral("party"), QStringLiteral("王五"));
    CHECK(wang.value(QStringLiteral("incidents")).toArray()
        == QJsonArray { QStringLiteral("JC-P1"), QStringLiteral("JC-P2") });
    CHECK(wang.value(QStringLiteral("basic_farmland_m2")).toDouble() == 3600.00);
    CHECK(wang.value(QStringLiteral("basic_farmland_mu")).toDouble() == 5.40);
    CHECK(flagsOf(wang) == QStringList { QStringLiteral("basic_farmland") });
    CHECK(wang.value(QStringLiteral("accountability")).toBool());

    const QJsonObject summary = root.value(QStringLiteral("summary")).toObject();
    CHECK(summary.value(QStringLiteral("incidents")).toInt() == 11);
    // JC-500, JC-501, JC-1000, JC-1001 and JC-MIX (12 mu cultivated under the notice reading).
    CHECK(summary.value(QStringLiteral("accountability")).toInt() == 5);
    CHECK(root.value(QStringLiteral("warnings")).toArray().isEmpty());
}

TEST_CASE("analyze --format json with FARMGUARD_EXACT_FIGURES=1 prints the figures unrounded, the verdicts unchanged")
{
    // For comparing two builds to 1e-6 m² (scripts/compare-analysis.py): the printed 0.01 hides it.
    const Fixture f;
    const QStringList args = f.args({ QStringLiteral("--format"), QStringLiteral("json"),
        QStringLiteral("--area-method"), QStringLiteral("planar") });
    const QJsonObject rounded = parseJson(runCli(args));
    qputenv("FARMGUARD_EXACT_FIGURES", "1");
    const QJsonObject exact = parseJson(runCli(args));
    qunsetenv("FARMGUARD_EXACT_FIGURES");
    const auto incident = [](const QJsonObject &root, const char *id) {
        return byId(root, QStringLiteral("incidents"), QStringLiteral("id"), QString::fromLatin1(id));
    };
    // JC-500 is 3333.33 m² = 4.999995 亩 (printed 5.00); JC-1000 6666.67 m² = 10.000005 亩.
    const double basicMu = incident(exact, "JC-500").value(QStringLiteral("basic_farmland_mu")).toDouble();
    CHECK(basicMu == Approx(4.999995).margin(1e-9));
    CHECK(basicMu != 5.0);
    CHECK(incident(exact, "JC-500").value(QStringLiteral("basic_farmland_m2")).toDouble()
        == Approx(3333.33).margin(1e-6));
    CHECK(incident(rounded, "JC-500").value(QStringLiteral("basic_farmland_mu")).toDouble() == 5.00);
    CHECK(incident(exact, "JC-1000").value(QStringLiteral("cultivated_mu")).toDouble()
        == Approx(10.000005).margin(1e-9));
    // JC-499's width is 3326.67 / 40 m: the figure is the float product, not the rounded 3326.67.
    const double jc499 = incident(exact, "JC-499").value(QStringLiteral("basic_farmland_m2")).toDouble();
    CHECK(jc499 == Approx(3326.67).margin(1e-6));
    for (const char *id : { "JC-499", "JC-500", "JC-1000", "JC-OV", "JC-MIX" }) {
        INFO(id);
        CHECK(flagsOf(incident(exact, id)) == flagsOf(incident(rounded, id)));
        CHECK(incident(exact, id).value(QStringLiteral("judged_cultivated_mu"))
            == incident(rounded, id).value(QStringLiteral("judged_cultivated_mu")));
    }
    CHECK(exact.value(QStringLiteral("summary")).toObject().value(QStringLiteral("accountability")).toInt() == 5);
}

TEST_CASE("analyze: the judicial reading counts only cultivated land outside basic farmland")
{
    const Fixture f;
    const QString rulesPath = f.dir.filePath(QStringLiteral("rules.json"));
    QFile rules(rulesPath);
    REQUIRE(rules.open(QIODevice::WriteOnly));
    rules.write(R"({"reading": "judicial"})");
    rules.close();
    const auto mixOf = [&](const QStringList &extra) {
        const QJsonObject root
            = parseJson(runCli(f.args(QStringList { QStringLiteral("--format"), QStringLiteral("json"),
                                          QStringLiteral("--area-method"), QStringLiteral("planar") }
                + extra)));
        return byId(root, QStringLiteral("incidents"), QStringLiteral("id"), QStringLiteral("JC-MIX"));
    };
    const QJsonObject notice = mixOf({});
    CHECK(notice.value(QStringLiteral("basic_farmland_mu")).toDouble() == 4.00);
    CHECK(notice.value(QStringLiteral("cultivated_mu")).toDouble() == 12.00);
    CHECK(notice.value(QStringLiteral("cultivated_outside_basic_farmland_mu")).toDouble() == 8.00);
    CHECK(notice.value(QStringLiteral("accountability")).toBool());
    const QJsonObject judicial = mixOf({ QStringLiteral("--rules"), rulesPath });
    CHECK(judicial.value(QStringLiteral("cultivated_outside_basic_farmland_mu")).toDouble() == 8.00);
    CHECK_FALSE(judicial.value(QStringLiteral("accountability")).toBool());
}

TEST_CASE("analyze on synthetic-small: planar JSON totals match the README reference answers")
{
    const QString dir = QStringLiteral(FG_SHARED_DATA_DIR "/synthetic-small/");
    const QJsonObject root = parseJson(runCli(
        { QStringLiteral("analyze"), QStringLiteral("--incidents"), dir + QStringLiteral("incidents.shp"),
            QStringLiteral("--basic-farmland"), dir + QStringLiteral("basic_farmland.shp"),
            QStringLiteral("--cultivated"), dir + QStringLiteral("cultivated.shp"),
            QStringLiteral("--id-field"), QStringLiteral("JCBH"), QStringLiteral("--area-method"),
            QStringLiteral("planar"), QStringLiteral("--format"), QStringLiteral("json") }));
    const QJsonObject summary = root.value(QStringLiteral("summary")).toObject();
    CHECK(summary.value(QStringLiteral("incidents")).toInt() == 50);
    // README: 108,714.5684 m² (basic farmland) and 164,620.2628 m² (cultivated), planar EPSG:4547.
    CHECK(summary.value(QStringLiteral("basic_farmland_m2")).toDouble() == Approx(108714.5684).margin(0.01));
    CHECK(summary.value(QStringLiteral("cultivated_m2")).toDouble() == Approx(164620.2628).margin(0.01));
    int basicHit = 0, cultivatedHit = 0;
    for (const QJsonValue &v : root.value(QStringLiteral("incidents")).toArray()) {
        basicHit += v.toObject().value(QStringLiteral("basic_farmland_m2")).toDouble() > 0 ? 1 : 0;
        cultivatedHit += v.toObject().value(QStringLiteral("cultivated_m2")).toDouble() > 0 ? 1 : 0;
    }
    CHECK(basicHit == 41);
    CHECK(cultivatedHit == 49);
}

TEST_CASE("analyze --format csv writes one row per incident, --output writes a file")
{
    const Fixture f;
    const QString output = f.dir.filePath(QStringLiteral("out.csv"));
    const CliResult r = runCli(f.args({ QStringLiteral("--format"), QStringLiteral("csv"),
        QStringLiteral("--area-method"), QStringLiteral("planar"), QStringLiteral("--output"), output }));
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.isEmpty());
    QFile file(output);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 12);
    CHECK(
        lines[0].startsWith(QStringLiteral("id,party,area_m2,area_mu,basic_farmland_m2,basic_farmland_mu")));
    CHECK(lines[2].startsWith(QStringLiteral("JC-500,,")));
    CHECK(lines[2].contains(QStringLiteral(",3333.33,5.00,")));
    CHECK(lines[2].contains(QStringLiteral(",basic_farmland,true,planar")));
    CHECK(lines[8].startsWith(QStringLiteral("JC-P1,王五,")));
}

TEST_CASE("analyze --format table has Chinese headers and marks flagged rows")
{
    const Fixture f;
    const CliResult r = runCli(f.args(), "zh_CN");
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("永久基本农田")));
    CHECK(r.out.contains(QStringLiteral("椭球")));
    const QStringList lines = r.out.split(QLatin1Char('\n'));
    bool flaggedMarked = false, unflaggedPlain = false;
    for (const QString &line : lines) {
        flaggedMarked = flaggedMarked || line.startsWith(QStringLiteral("★ JC-500"));
        unflaggedPlain = unflaggedPlain || line.startsWith(QStringLiteral("JC-499 "));
    }
    CHECK(flaggedMarked);
    CHECK(unflaggedPlain);
}

TEST_CASE("analyze usage errors exit 2")
{
    const Fixture f;
    CHECK(runCli({ QStringLiteral("analyze"), QStringLiteral("--help") }).exitCode == 0);
    CHECK(runCli({ QStringLiteral("analyze") }).exitCode == 2);
    CHECK(runCli({ QStringLiteral("analyze"), QStringLiteral("--incidents"), f.incidents }).exitCode == 2);
    const CliResult method = runCli(f.args({ QStringLiteral("--area-method"), QStringLiteral("cadastral") }));
    CHECK(method.exitCode == 2);
    CHECK(method.err.contains(QStringLiteral("cadastral")));
    CHECK(runCli(f.args({ QStringLiteral("--format"), QStringLiteral("xml") })).exitCode == 2);
    CHECK(runCli(f.args({ QStringLiteral("--crs"), QStringLiteral("GK zone 38") })).exitCode == 2);
    CHECK(runCli(f.args({ QStringLiteral("--frobnicate") })).exitCode == 2);
}

TEST_CASE("analyze bad input exits 3 naming the file, the feature or field, and the problem")
{
    const Fixture f;
    const CliResult missing = runCli({ QStringLiteral("analyze"), QStringLiteral("--incidents"),
        QStringLiteral("/nonexistent/incidents.shp"), QStringLiteral("--basic-farmland"), f.basic });
    CHECK(missing.exitCode == 3);
    CHECK(missing.err.contains(QStringLiteral("/nonexistent/incidents.shp")));

    const CliResult field = runCli(f.args({ QStringLiteral("--class-field"), QStringLiteral("TBDLBM") }));
    CHECK(field.exitCode == 3);
    CHECK(field.err.contains(f.cultivated));
    CHECK(field.err.contains(QStringLiteral("TBDLBM")));

    const QString rulesPath = f.dir.filePath(QStringLiteral("bad-rules.json"));
    QFile rules(rulesPath);
    REQUIRE(rules.open(QIODevice::WriteOnly));
    rules.write(R"({"cultivated_mu": -1})");
    rules.close();
    const CliResult badRules = runCli(f.args({ QStringLiteral("--rules"), rulesPath }));
    CHECK(badRules.exitCode == 3);
    CHECK(badRules.err.contains(rulesPath));
    CHECK(badRules.err.contains(QStringLiteral("cultivated_mu")));
}

TEST_CASE("analyze on the bundled sample: the designed cases come out as designed (data/sample/README.md)")
{
    const QString dir = QStringLiteral(FG_SAMPLE_DIR "/");
    const QStringList args { QStringLiteral("analyze"), QStringLiteral("--incidents"),
        dir + QStringLiteral("incidents.shp"), QStringLiteral("--basic-farmland"),
        dir + QStringLiteral("basic_farmland.shp"), QStringLiteral("--cultivated"),
        dir + QStringLiteral("landuse.shp"), QStringLiteral("--id-field"), QStringLiteral("BH"),
        QStringLiteral("--party-field"), QStringLiteral("DSR"), QStringLiteral("--format"),
        QStringLiteral("json") };
    const QJsonObject root = parseJson(runCli(args));
    CHECK(root.value(QStringLiteral("area_method")).toString() == QStringLiteral("ellipsoidal"));
    const auto incident = [&](const char *id) {
        return byId(root, QStringLiteral("incidents"), QStringLiteral("id"), QString::fromLatin1(id));
    };
    struct Designed
    {
        const char *id;
        double basicMu, cultivatedMu;
        bool accountability;
    };
    // The README's table of designed incidents (ellipsoidal areas, notice reading).
    const Designed designed[] = {
        { "PS2024-001", 4.99, 4.99, false },
        { "PS2024-002", 5.00, 5.00, true },
        { "PS2024-003", 5.01, 5.01, true },
        { "PS2024-004", 0.00, 9.99, false },
        { "PS2024-005", 0.00, 10.00, true },
        { "PS2024-006", 0.00, 10.01, true },
        { "PS2024-007", 3.00, 3.00, false },
        { "PS2024-008", 3.00, 3.00, false },
        { "PS2024-009", 3.00, 10.00, true },
        { "PS2024-010", 0.00, 12.00, true },
        { "PS2024-011", 4.00, 4.00, false },
    };
    for (const Designed &d : designed) {
        INFO(d.id);
        const QJsonObject o = incident(d.id);
        CHECK(o.value(QStringLiteral("basic_farmland_mu")).toDouble() == d.basicMu);
        CHECK(o.value(QStringLiteral("cultivated_mu")).toDouble() == d.cultivatedMu);
        CHECK(o.value(QStringLiteral("accountability")).toBool() == d.accountability);
    }
    // 007 + 008 of 冯金锁 accumulate to 6.00 mu of basic farmland.
    const QJsonObject feng
        = byId(root, QStringLiteral("parties"), QStringLiteral("party"), QStringLiteral("冯金锁"));
    CHECK(feng.value(QStringLiteral("basic_farmland_mu")).toDouble() == 6.00);
    CHECK(feng.value(QStringLiteral("accountability")).toBool());
    // 009 under the judicial reading: 3.00 < 5 and 7.00 outside basic farmland < 10.
    CHECK(incident("PS2024-009").value(QStringLiteral("cultivated_outside_basic_farmland_mu")).toDouble()
        == 7.00);
    // The bow-tie parcel's repair is reported, naming the layer file.
    bool repairReported = false;
    for (const QJsonValue &w : root.value(QStringLiteral("warnings")).toArray())
        repairReported = repairReported
            || (w.toString().contains(QStringLiteral("basic_farmland.shp"))
                && w.toString().contains(QStringLiteral("MakeValid")));
    CHECK(repairReported);
}
