// SPDX-License-Identifier: MIT
// `farmguard-cli analyze --project` and `project rules` through the project analysis use case:
// the output it gave before, the project's own rules, either backend.
#include "cli_json.h"
#include "cli_runner.h"
#include "sample_project.h"

#include "gis/store/project_stores.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUrl>

namespace {

QJsonObject analyzed(const QString &project, const QStringList &extra = {})
{
    return cliJson(runCli(QStringList { QStringLiteral("analyze"), QStringLiteral("--project"), project,
                              QStringLiteral("--format"), QStringLiteral("json") }
        + extra));
}

QJsonObject incident(const QJsonObject &root, const QString &id)
{
    return analysedIncident(root, id);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

/// What a judicial project gives: PS2024-009 (3.00 mu basic farmland, 7.00 mu cultivated outside
/// it) is below both thresholds, its figures unchanged.
void checkJudicial(const QJsonObject &root)
{
    CHECK(root.value(QStringLiteral("rules")).toObject().value(QStringLiteral("reading")).toString()
        == QStringLiteral("judicial"));
    const QJsonObject tested = incident(root, QStringLiteral("PS2024-009"));
    CHECK_FALSE(tested.value(QStringLiteral("accountability")).toBool());
    CHECK(tested.value(QStringLiteral("flags")).toArray().isEmpty());
    CHECK(tested.value(QStringLiteral("basic_farmland_mu")).toDouble() == 3.0);
    CHECK(tested.value(QStringLiteral("cultivated_outside_basic_farmland_mu")).toDouble() == 7.0);
}

/// Every key of @p before is in @p now with the same value (objects recursively, arrays element
/// by element): new keys may be added, none changed.
bool keepsEveryKey(const QJsonValue &now, const QJsonValue &before)
{
    if (before.isObject()) {
        const QJsonObject b = before.toObject(), n = now.toObject();
        for (auto it = b.begin(); it != b.end(); ++it)
            if (!n.contains(it.key()) || !keepsEveryKey(n.value(it.key()), it.value())) {
                UNSCOPED_INFO("key " << it.key().toStdString());
                return false;
            }
        return now.isObject();
    }
    if (before.isArray()) {
        const QJsonArray b = before.toArray(), n = now.toArray();
        if (b.size() != n.size())
            return false;
        for (int i = 0; i < b.size(); ++i)
            if (!keepsEveryKey(n.at(i), b.at(i)))
                return false;
        return true;
    }
    return now == before;
}

} // namespace

TEST_CASE("analyze --project prints for the sample project exactly what it printed before the project "
          "analysis use case",
    "[cli][project][analysis]")
{
    QTemporaryDir dir;
    const QString project = sampleProjectCopy(dir);
    QFile before(QStringLiteral(FG_TEST_DATA_DIR "/sample_project_analyze.json"));
    REQUIRE(before.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(before.readAll()).object();
    REQUIRE_FALSE(expected.isEmpty());
    const QJsonObject now = analyzed(project);
    // Issue 12 adds keys (net of 田坎, 临界, the accumulation rule, …); every key printed before
    // keeps its value.
    CHECK(keepsEveryKey(now, expected));
    // The log head (it differs per build of the sample, whose dates follow today) and the
    // incidents without a measurable geometry (none here).
    CHECK(now.value(QStringLiteral("log_head")).toObject().value(QStringLiteral("seq")).toInteger() > 0);
    CHECK(now.value(QStringLiteral("unmeasured_incidents")).toArray().isEmpty());
    CHECK(now.value(QStringLiteral("incidents")).toArray().size() == expected.value(QStringLiteral("incidents")).toArray().size());
    // The new keys: PS2024-005 is 10.00 mu of dry land gross; with its parcels' KCXS 0.05 net
    // 6666.67 × 0.95 = 6333.33 m² = 9.50 mu, so its verdict depends on the reading: 临界.
    const QJsonObject five = incident(now, QStringLiteral("PS2024-005"));
    CHECK(five.value(QStringLiteral("net_known")).toBool());
    CHECK(five.value(QStringLiteral("cultivated_net_mu")).toDouble() == 9.50);
    CHECK(five.value(QStringLiteral("judged_cultivated_mu")).toDouble() == 10.00);
    CHECK(five.value(QStringLiteral("borderline")).toBool());
    CHECK(five.value(QStringLiteral("occupation")).toBool());
    CHECK(now.value(QStringLiteral("rules")).toObject().value(QStringLiteral("cultivated_area")).toString()
        == QStringLiteral("gross"));
    CHECK(now.value(QStringLiteral("accumulation")).toString().contains(QStringLiteral("累计计算")));
    CHECK(now.value(QStringLiteral("possible_same_parties")).toArray().isEmpty());
}

TEST_CASE("analyze --project judges with the project's rules setting, on the GeoPackage and on PostGIS",
    "[cli][project][rules]")
{
    QTemporaryDir dir;
    const QString project = sampleProjectCopy(dir);
    const QJsonObject notice = analyzed(project);
    REQUIRE(incident(notice, QStringLiteral("PS2024-009")).value(QStringLiteral("accountability")).toBool());

    const QString judicialFile
        = writeFile(dir, QStringLiteral("judicial.json"), R"({"reading": "judicial"})");
    const CliResult set = runCli({ QStringLiteral("project"), QStringLiteral("rules"), project,
        QStringLiteral("--set"), judicialFile, QStringLiteral("--operator"), QStringLiteral("分析员") });
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    const CliResult shown = runCli({ QStringLiteral("project"), QStringLiteral("rules"), project });
    CHECK(shown.out.contains(QStringLiteral("\"reading\":\"judicial\"")));
    CHECK(runCli({ QStringLiteral("verify-log"), project }).exitCode == 0); // the change is in the log
    const QJsonObject judged = analyzed(project);
    checkJudicial(judged);
    CHECK(runCli({ QStringLiteral("analyze"), QStringLiteral("--project"), project })
              .out.contains(QStringLiteral("judicial reading")));
    // --rules replaces the project's rules for one run.
    const QString noticeFile = writeFile(dir, QStringLiteral("notice.json"), R"({"reading": "notice"})");
    CHECK(incident(analyzed(project, { QStringLiteral("--rules"), noticeFile }), QStringLiteral("PS2024-009"))
              .value(QStringLiteral("accountability"))
              .toBool());
    // Invalid rules are refused and nothing is recorded.
    const QString bad = writeFile(dir, QStringLiteral("bad.json"), R"({"reading": "literal"})");
    CHECK(
        runCli({ QStringLiteral("project"), QStringLiteral("rules"), project, QStringLiteral("--set"), bad })
            .exitCode
        == 3);
    checkJudicial(analyzed(project));

    const QString server = qEnvironmentVariable("FARMGUARD_TEST_PG");
    if (server.isEmpty()) {
        WARN(
            "PostGIS part skipped: FARMGUARD_TEST_PG is not set (scripts/postgis-up.sh prints a server URI)");
        return;
    }
    // The same project copied into PostGIS (settings travel with it) gives the same figures.
    const QString uri
        = server + QStringLiteral("?schema=fgrules_%1").arg(QRandomGenerator::global()->generate64(), 0, 36);
    const CliResult copied = runCli({ QStringLiteral("project"), QStringLiteral("copy"), project, uri });
    INFO(copied.err.toStdString());
    REQUIRE(copied.exitCode == 0);
    const QJsonObject shared = analyzed(uri);
    checkJudicial(shared);
    CHECK(shared.value(QStringLiteral("incidents")) == judged.value(QStringLiteral("incidents")));
    CHECK(shared.value(QStringLiteral("parties")) == judged.value(QStringLiteral("parties")));
    fg::gis::ProjectStores::discard(fg::gis::ProjectLocation::parse(uri));
}
