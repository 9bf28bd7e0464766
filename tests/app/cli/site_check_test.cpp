// SPDX-License-Identifier: MIT
// `farmguard-cli site-check` (issue 16 item 2) on the sample project's designed sites: JSON for
// each, the refusals of bad input (exit 3, one line naming the file and the problem), the PDF.
#include "cli_runner.h"
#include "pdf_text.h"
#include "sample_project.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

QString site(const char *name)
{
    return QDir(QStringLiteral(FG_SAMPLE_DIR)).filePath(QStringLiteral("sites/%1").arg(QLatin1String(name)));
}

QJsonObject siteJson(const QString &project, const QString &file, const QString &kind)
{
    const CliResult r
        = runCli({ QStringLiteral("site-check"), QStringLiteral("--site"), file, QStringLiteral("--project"),
            project, QStringLiteral("--kind"), kind, QStringLiteral("--format"), QStringLiteral("json") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    REQUIRE(doc.isObject());
    return doc.object();
}

QStringList strings(const QJsonValue &array, const QString &key = {})
{
    QStringList list;
    for (const QJsonValue &v : array.toArray())
        list << (key.isEmpty() ? v.toString() : v.toObject().value(key).toString());
    return list;
}

void writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
}

/// Runs a site check expected to refuse its input: exit 3, one stderr line naming @p named.
void refused(const QStringList &siteArgs, const QString &project, const QString &named, const char *problem)
{
    const CliResult r = runCli(QStringList { QStringLiteral("site-check") } + siteArgs
        + QStringList {
            QStringLiteral("--project"), project, QStringLiteral("--format"), QStringLiteral("json") });
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 3);
    CHECK(r.out.isEmpty());
    CHECK(r.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(r.err.contains(named));
    CHECK(r.err.contains(QLatin1String(problem), Qt::CaseInsensitive));
}

} // namespace

TEST_CASE("site-check answers for the sample's designed sites in JSON", "[cli][site]")
{
    QTemporaryDir dir;
    const QString project = sampleProjectCopy(dir);
    // The sample project holds the county's approvals (create-sample imports them), among them
    // 平政转批〔2024〕3号 under site_approved.

    // On basic farmland: 8.00 亩 of it (and of cultivated land), a construction project.
    const QJsonObject onBf
        = siteJson(project, site("site_basic_farmland.geojson"), QStringLiteral("construction"));
    CHECK(onBf.value("kind").toString() == "construction");
    CHECK(onBf.value("method").toString() == "ellipsoidal");
    CHECK(onBf.value("area_mu").toDouble() == 8.00);
    CHECK(onBf.value("area_m2").toDouble() == Approx(5333.33).margin(0.05));
    CHECK(onBf.value("basic_farmland_mu").toDouble() == 8.00);
    CHECK(onBf.value("cultivated_mu").toDouble() == 8.00);
    CHECK(onBf.value("cultivated_outside_basic_farmland_mu").toDouble() == 0.00);
    CHECK(onBf.value("open_cases").toArray().isEmpty());
    CHECK(strings(onBf.value("procedures"), "code").contains("basic_farmland_state_council"));
    const QStringList departments = strings(onBf.value("departments"));
    CHECK(departments.contains("development_reform"));
    CHECK(departments.contains("transport"));
    CHECK(departments.contains("housing_construction"));
    CHECK(onBf.value("log_head").toObject().value("seq").toInt() > 0);
    CHECK(onBf.value("rules").toString().contains("SHA-256"));

    // Inside the approval 平政转批〔2024〕3号 (ended 2026-03-07): 6.00 亩, 4.40 亩 of it cultivated.
    const QJsonObject approved
        = siteJson(project, site("site_approved.geojson"), QStringLiteral("construction"));
    CHECK(approved.value("area_mu").toDouble() == 6.00);
    CHECK(approved.value("basic_farmland_mu").toDouble() == 0.00);
    CHECK(approved.value("cultivated_mu").toDouble() == 4.40);
    const QJsonArray approvals = approved.value("approvals").toArray();
    REQUIRE(approvals.size() == 1);
    CHECK(approvals.at(0).toObject().value("document_number").toString()
        == QString::fromUtf8("平政转批〔2024〕3号"));
    CHECK(approvals.at(0).toObject().value("overlap_mu").toDouble() == 6.00);
    CHECK(approvals.at(0).toObject().value("valid_until").toString() == "2026-03-07");
    CHECK_FALSE(approvals.at(0).toObject().value("in_force").toBool());
    CHECK(strings(approved.value("procedures"), "code").contains("approved_land"));

    // Clear of everything: 3.00 亩 of non-cultivated land, a homestead (宅基地 in Chinese works too).
    const QJsonObject clear = siteJson(project, site("site_clear.geojson"), QString::fromUtf8("宅基地"));
    CHECK(clear.value("kind").toString() == "homestead");
    CHECK(clear.value("area_mu").toDouble() == 3.00);
    CHECK(clear.value("basic_farmland_mu").toDouble() == 0.00);
    CHECK(clear.value("cultivated_mu").toDouble() == 0.00);
    CHECK(strings(clear.value("procedures"), "code") == QStringList { "homestead_approval" });
    CHECK(clear.value("open_cases").toArray().isEmpty());
    CHECK(clear.value("approvals").toArray().isEmpty());
}

TEST_CASE("site-check refuses bad sites with exit 3 and one line naming the file", "[cli][site]")
{
    QTemporaryDir dir;
    const QString project = sampleProjectCopy(dir);
    const QString bowTie = dir.filePath(QStringLiteral("bowtie.txt"));
    writeText(bowTie, "J1,4011000,450000\nJ2,4011100,450100\nJ3,4011000,450100\nJ4,4011100,450000\n");
    refused({ QStringLiteral("--points"), bowTie }, project, bowTie, "Self-intersection");

    const QString empty = dir.filePath(QStringLiteral("empty.geojson"));
    writeText(empty, R"({"type":"FeatureCollection","features":[]})");
    refused({ QStringLiteral("--site"), empty }, project, empty, "polygon");

    const QString far = dir.filePath(QStringLiteral("far.geojson"));
    writeText(far,
        R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4547"}},"features":[
{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[300000,3800000],[300100,3800000],[300100,3800100],[300000,3800000]]]}}]})");
    refused({ QStringLiteral("--site"), far }, project, far, "outside the project's townships");

    const QString wrongCrs = dir.filePath(QStringLiteral("wrongcrs.geojson"));
    writeText(wrongCrs,
        R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4490"}},"features":[
{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[450000,4011000],[450100,4011000],[450100,4011100],[450000,4011000]]]}}]})");
    refused({ QStringLiteral("--site"), wrongCrs }, project, wrongCrs, "");

    const CliResult kind
        = runCli({ QStringLiteral("site-check"), QStringLiteral("--site"), site("site_clear.geojson"),
            QStringLiteral("--project"), project, QStringLiteral("--kind"), QStringLiteral("factory") });
    CHECK(kind.exitCode == 2);
    CHECK(kind.err.contains("factory"));
}

TEST_CASE("site-check writes the one-page site check opinion naming the site", "[cli][site]")
{
    QTemporaryDir dir;
    const QString project = sampleProjectCopy(dir);
    const QString pdf = dir.filePath(QStringLiteral("opinion.pdf"));
    const CliResult r = runCli(
        { QStringLiteral("site-check"), QStringLiteral("--site"), site("site_basic_farmland.geojson"),
            QStringLiteral("--project"), project, QStringLiteral("--pdf"), pdf });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains("8.00"));
    REQUIRE(QFile::exists(pdf));
    const QString text = pdfText(pdf);
    CHECK(text.count(QLatin1Char('\f')) == 1); // one page
    CHECK(text.contains("Site Check Opinion"));
    CHECK(text.contains("site_basic_farmland"));
    CHECK(text.contains("8.00"));
    CHECK(text.contains("State Council"));
    CHECK(text.contains("Audit log head #"));
}
