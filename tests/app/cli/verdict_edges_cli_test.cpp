// SPDX-License-Identifier: MIT
// Issue 16 items 4–6 on the command line: split plots (化整为零), 临界 by the digitising tolerance
// and provenance in `analyze` JSON, `project cases` JSON and the reports' text.
#include "cli_json.h"
#include "cli_runner.h"
#include "pdf_text.h"
#include "sample_project.h"

#include "gis/store/project_stores.h"
#include "gis/usecases/provenance.h"

#include <QDate>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

const QString kSample = QStringLiteral(FG_SAMPLE_DIR);

/// What sha256sum prints for @p path: the independent hash.
QString sha256sum(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("sha256sum"), { path });
    REQUIRE(process.waitForFinished(30000));
    return QString::fromLatin1(process.readAllStandardOutput()).section(QLatin1Char(' '), 0, 0);
}

QJsonObject json(const CliResult &r)
{
    return cliJson(r);
}

QJsonObject incident(const QJsonObject &root, const QString &id)
{
    return analysedIncident(root, id);
}

const QStringList kGroup { QStringLiteral("PS2024-037"), QStringLiteral("PS2024-038"), QStringLiteral("PS2024-039") };

/// The sample's split-plot group: three designed squares of 2.40, 2.10 and 2.60 mu of basic
/// farmland (gis/sample/sample_split_plots.cpp), disjoint, so together 7.10 mu.
void checkSampleGroup(const QJsonArray &groups)
{
    REQUIRE(groups.size() == 1);
    const QJsonObject group = groups.first().toObject();
    CHECK(group.value(QStringLiteral("name")).toString() == QStringLiteral("SP-PS2024-037"));
    QStringList members;
    for (const QJsonValue &id : group.value(QStringLiteral("incidents")).toArray())
        members << id.toString();
    CHECK(members == kGroup);
    CHECK(group.value(QStringLiteral("basic_farmland_mu")).toDouble() == 7.10);
    CHECK(group.value(QStringLiteral("crosses")).toArray().contains(QStringLiteral("basic_farmland")));
    CHECK_FALSE(group.value(QStringLiteral("party")).toString().isEmpty());
}

} // namespace

TEST_CASE("analyze JSON: split plots, 临界 by ±0.5 m and the provenance of every file", "[cli][edges]")
{
    const QString incidents = QDir(kSample).filePath(QStringLiteral("incidents.shp"));
    const QString basic = QDir(kSample).filePath(QStringLiteral("basic_farmland.shp"));
    const QString landUse = QDir(kSample).filePath(QStringLiteral("landuse.shp"));
    const QJsonObject root = json(runCli({ QStringLiteral("analyze"), QStringLiteral("--incidents"), incidents,
        QStringLiteral("--basic-farmland"), basic, QStringLiteral("--cultivated"), landUse, QStringLiteral("--id-field"),
        QStringLiteral("BH"), QStringLiteral("--party-field"), QStringLiteral("DSR"), QStringLiteral("--date-field"),
        QStringLiteral("FXRQ"), QStringLiteral("--format"), QStringLiteral("json") }));
    checkSampleGroup(root.value(QStringLiteral("split_plots")).toArray());
    // Found a month apart (sample_split_plots.cpp): the group's dates span 60 days.
    const QJsonObject group = root.value(QStringLiteral("split_plots")).toArray().first().toObject();
    const QDate from = QDate::fromString(group.value(QStringLiteral("from")).toString(), Qt::ISODate);
    CHECK(from.daysTo(QDate::fromString(group.value(QStringLiteral("to")).toString(), Qt::ISODate)) == 60);
    for (const QString &id : kGroup)
        CHECK_FALSE(incident(root, id).value(QStringLiteral("accountability")).toBool());
    CHECK(incident(root, QStringLiteral("PS2024-037")).value(QStringLiteral("basic_farmland_mu")).toDouble() == 2.40);
    CHECK(incident(root, QStringLiteral("PS2024-038")).value(QStringLiteral("basic_farmland_mu")).toDouble() == 2.10);
    CHECK(incident(root, QStringLiteral("PS2024-039")).value(QStringLiteral("basic_farmland_mu")).toDouble() == 2.60);

    // The designed 5.00 mu case: its boundary moved by 0.5 m spans the threshold — 临界 by the
    // tolerance, not by 田坎 — and the range holds the figure.
    const QJsonObject five = incident(root, QStringLiteral("PS2024-002"));
    CHECK(five.value(QStringLiteral("basic_farmland_mu")).toDouble() == 5.00);
    CHECK(five.value(QStringLiteral("borderline")).toBool());
    CHECK(five.value(QStringLiteral("borderline_tolerance")).toBool());
    CHECK_FALSE(five.value(QStringLiteral("borderline_net")).toBool());
    const QJsonObject range = five.value(QStringLiteral("tolerance")).toObject();
    CHECK(range.value(QStringLiteral("tolerance_m")).toDouble() == 0.5);
    const QJsonArray bf = range.value(QStringLiteral("basic_farmland_mu")).toArray();
    CHECK(bf.at(0).toDouble() < 5.0);
    CHECK(bf.at(1).toDouble() > 5.0);
    // A ~3333 m² blob has a perimeter near 220 m: ±0.5 m moves ~110 m² ≈ 0.17 mu each way.
    CHECK(bf.at(1).toDouble() - bf.at(0).toDouble() == Approx(0.33).margin(0.12));

    const QJsonObject provenance = root.value(QStringLiteral("provenance")).toObject();
    CHECK(provenance.value(QStringLiteral("software_version")).toString() == QStringLiteral("0.1.0"));
    CHECK(provenance.value(QStringLiteral("working_crs")).toString() == QStringLiteral("EPSG:4547"));
    CHECK(provenance.value(QStringLiteral("area_method")).toString() == QStringLiteral("ellipsoidal"));
    CHECK(provenance.value(QStringLiteral("rules_sha256")).toString().size() == 64);
    QStringList names;
    for (const QJsonValue &value : provenance.value(QStringLiteral("files")).toArray()) {
        const QJsonObject file = value.toObject();
        const QString path = file.value(QStringLiteral("path")).toString();
        names << QFileInfo(path).fileName();
        CHECK(file.value(QStringLiteral("sha256")).toString() == sha256sum(path));
    }
    for (const char *name : { "incidents.shp", "incidents.shx", "incidents.dbf", "incidents.prj", "basic_farmland.dbf",
             "landuse.shp" })
        CHECK(names.contains(QString::fromLatin1(name)));
}

TEST_CASE("a project's cases JSON lists the split plots, analyze --project carries the layers and the log head",
    "[cli][edges]")
{
    QTemporaryDir dir;
    const QString project = sampleProjectCopy(dir);
    const QJsonObject cases = json(runCli({ QStringLiteral("project"), QStringLiteral("cases"), project,
        QStringLiteral("--format"), QStringLiteral("json") }));
    checkSampleGroup(cases.value(QStringLiteral("split_plots")).toArray());
    // The sample project opens cases for six incidents (none of the group's): the designed
    // 5.00 mu PS2024-002 is one, 临界 by ±0.5 m, its range in its judged figures.
    bool found = false;
    for (const QJsonValue &value : cases.value(QStringLiteral("cases")).toArray()) {
        const QJsonObject c = value.toObject();
        if (c.value(QStringLiteral("id")).toString() != QStringLiteral("PS2024-002"))
            continue;
        found = true;
        CHECK(c.value(QStringLiteral("borderline")).toBool());
        const QJsonObject range
            = c.value(QStringLiteral("figures")).toObject().value(QStringLiteral("tolerance")).toObject();
        CHECK(range.value(QStringLiteral("flips")).toBool());
        CHECK(range.value(QStringLiteral("basic_farmland_mu")).toArray().at(0).toDouble() < 5.0);
    }
    CHECK(found);

    const QJsonObject analysed = json(runCli({ QStringLiteral("analyze"), QStringLiteral("--project"), project,
        QStringLiteral("--format"), QStringLiteral("json") }));
    checkSampleGroup(analysed.value(QStringLiteral("split_plots")).toArray());
    const QJsonObject provenance = analysed.value(QStringLiteral("provenance")).toObject();
    CHECK(provenance.value(QStringLiteral("log_head")) == analysed.value(QStringLiteral("log_head")));
    CHECK(provenance.value(QStringLiteral("layers")).toArray().size() >= 3);
    CHECK(provenance.value(QStringLiteral("files")).toArray().isEmpty());
}

namespace {

/// The provenance closes the report (after @p firstSection), and every footer's "of N" is the
/// PDF's own page count: a first layout pass that printed the provenance first counted one page
/// too many.
void checkEndsWithProvenance(const QString &text, const QString &firstSection)
{
    const qsizetype provenance = text.lastIndexOf(QStringLiteral("Provenance"));
    REQUIRE(text.indexOf(firstSection) >= 0);
    CHECK(text.indexOf(QStringLiteral("Provenance")) > text.indexOf(firstSection));
    CHECK(provenance > text.lastIndexOf(firstSection));
    const qsizetype pages = text.count(QLatin1Char('\f'));
    REQUIRE(pages > 0);
    for (qsizetype page = 1; page <= pages; ++page)
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
    CHECK_FALSE(text.contains(QStringLiteral("of %1").arg(pages + 1)));
}

} // namespace

TEST_CASE("the reports print 临界 with its range, the split plots and the provenance", "[cli][edges][report]")
{
    QTemporaryDir dir;
    const QString project = sampleProjectCopy(dir);
    const QString township = dir.filePath(QStringLiteral("township.pdf"));
    CliResult r = runCli({ QStringLiteral("report"), QStringLiteral("township"), project, QStringLiteral("--output"),
        township });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QString text = pdfText(township);
    CHECK(text.contains(QStringLiteral("疑似化整为零")));
    CHECK(text.contains(QStringLiteral("SP-PS2024-037")));
    CHECK(text.contains(QStringLiteral("Provenance")));
    CHECK(text.contains(QStringLiteral("FarmGuard 0.1.0")));
    checkEndsWithProvenance(text, QStringLiteral("1. Summary by township"));

    const QString caseReport = dir.filePath(QStringLiteral("case.pdf"));
    r = runCli({ QStringLiteral("report"), QStringLiteral("case"), project, QStringLiteral("--case"),
        QStringLiteral("PS2024-002"), QStringLiteral("--output"), caseReport });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    checkEndsWithProvenance(pdfText(caseReport), QStringLiteral("1. Map of the incident"));
    text = pdfText(caseReport).simplified();
    CHECK(text.contains(QStringLiteral("±0.5 m")));
    CHECK(text.contains(QStringLiteral("re-measure on site")));
    CHECK(text.contains(QStringLiteral("content SHA-256")));

    const QString member = dir.filePath(QStringLiteral("member.pdf"));
    r = runCli({ QStringLiteral("report"), QStringLiteral("case"), project, QStringLiteral("--case"),
        QStringLiteral("PS2024-038"), QStringLiteral("--output"), member },
        "zh_CN");
    REQUIRE(r.exitCode == 0);
    text = pdfText(member).simplified();
    CHECK(text.contains(QStringLiteral("疑似化整为零")));
    CHECK(text.contains(QStringLiteral("7.10")));
}

TEST_CASE("analyze --project hashes the reference layers while it analyses: the hashes of ProvenanceBuilder alone",
    "[cli][edges]")
{
    // Issue 15: the layer hashes are computed on a second thread during the analysis; they must
    // be those a hash of each layer on its own gives, in the store's order, with the counts.
    QTemporaryDir dir;
    const QString project = sampleProjectCopy(dir);
    const QJsonObject analysed = json(runCli({ QStringLiteral("analyze"), QStringLiteral("--project"), project,
        QStringLiteral("--format"), QStringLiteral("json") }));
    const QJsonArray layers = analysed.value(QStringLiteral("provenance")).toObject().value(QStringLiteral("layers")).toArray();
    const std::unique_ptr<fg::gis::ProjectStore> store = fg::gis::ProjectStores::open(
        fg::gis::ProjectLocation::parse(project), { QStringLiteral("test"), QStringLiteral("test") },
        fg::gis::OpenMode::ReadOnly);
    const std::vector<fg::gis::ReferenceLayerInfo> infos = store->referenceLayers();
    REQUIRE(layers.size() == int(infos.size()));
    REQUIRE(infos.size() >= 3);
    for (size_t i = 0; i < infos.size(); ++i) {
        const QJsonObject layer = layers.at(int(i)).toObject();
        qint64 features = 0;
        CHECK(layer.value(QStringLiteral("table")).toString() == infos[i].table);
        CHECK(layer.value(QStringLiteral("sha256")).toString()
            == fg::gis::ProvenanceBuilder::layerHash(*store, infos[i].table, &features));
        CHECK(layer.value(QStringLiteral("features")).toInteger() == features);
        CHECK(features == infos[i].featureCount);
    }
    CHECK(analysed.value(QStringLiteral("provenance")).toObject().value(QStringLiteral("log_broken")).toBool() == false);
}
