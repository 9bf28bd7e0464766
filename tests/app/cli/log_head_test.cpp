// SPDX-License-Identifier: MIT
// Issue 13, item 1 (what reports and JSON print): the audit log's head on every report footer and
// in `analyze --project` / `project case` JSON, so a later rewrite is caught against any printout;
// incidents whose stored geometry is NULL or garbage are listed by `analyze --project`, never
// silently dropped.
#include "cli_runner.h"
#include "pdf_text.h"
#include "sample_project.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

QJsonObject jsonOf(const CliResult &r)
{
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonDocument document = QJsonDocument::fromJson(r.out.toUtf8());
    REQUIRE(document.isObject());
    return document.object();
}

/// The head as verify-log prints it: "#SEQ HASH".
QString verifiedHead(const QString &project)
{
    const CliResult r = runCli({ QStringLiteral("verify-log"), project });
    REQUIRE(r.exitCode == 0);
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("log head (#\\d+ [0-9a-f]{64})")).match(r.out);
    REQUIRE(m.hasMatch());
    return m.captured(1);
}

QString headText(const QJsonObject &object)
{
    const QJsonObject head = object.value(QStringLiteral("log_head")).toObject();
    return QStringLiteral("#%1 %2")
        .arg(head.value(QStringLiteral("seq")).toInteger())
        .arg(head.value(QStringLiteral("hash")).toString());
}

/// Sets one incident's stored geometry to NULL and another's to a truncated blob, as a person with
/// the file and the sqlite3 shell would (dropping the R-tree triggers that need GeoPackage functions).
void damageGeometries(const QString &project)
{
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"),
        { project,
            QStringLiteral(
                "DROP TRIGGER rtree_incidents_geom_update1; DROP TRIGGER rtree_incidents_geom_update2; "
                "DROP TRIGGER rtree_incidents_geom_update3; DROP TRIGGER rtree_incidents_geom_update4; "
                "UPDATE incidents SET geom = NULL WHERE incident_id = 'PS2024-001'; "
                "UPDATE incidents SET geom = X'47500003E61100000000' WHERE incident_id = 'PS2024-002';") });
    REQUIRE(sqlite.waitForFinished(30000));
    INFO(sqlite.readAllStandardError().toStdString());
    REQUIRE(sqlite.exitCode() == 0);
}

} // namespace

TEST_CASE("The log head is printed on every report footer and in analyze --project and project case JSON",
    "[cli][evidence]")
{
    QTemporaryDir dir;
    const QString project = sampleProjectCopy(dir);
    const QString head = verifiedHead(project);

    CHECK(headText(jsonOf(runCli({ QStringLiteral("analyze"), QStringLiteral("--project"), project,
              QStringLiteral("--format"), QStringLiteral("json") })))
        == head);
    CHECK(headText(jsonOf(runCli({ QStringLiteral("project"), QStringLiteral("case"), project,
              QStringLiteral("PS2024-003"), QStringLiteral("--format"), QStringLiteral("json") })))
        == head);
    CHECK(headText(jsonOf(runCli({ QStringLiteral("project"), QStringLiteral("cases"), project,
              QStringLiteral("--format"), QStringLiteral("json") })))
        == head);
    CHECK(runCli({ QStringLiteral("project"), QStringLiteral("case"), project, QStringLiteral("PS2024-003") })
              .out.contains(QStringLiteral("Audit log head ") + head));

    const QDate today = QDate::currentDate();
    const QList<QStringList> reports {
        { QStringLiteral("case"), project, QStringLiteral("--case"), QStringLiteral("PS2024-003") },
        { QStringLiteral("township"), project },
        { QStringLiteral("public-map"), project, QStringLiteral("--township"), QStringLiteral("石城镇") },
        { QStringLiteral("patrol"), project, QStringLiteral("--township"), QStringLiteral("石城镇"),
            QStringLiteral("--from"), today.addDays(-30).toString(Qt::ISODate), QStringLiteral("--to"),
            today.addDays(30).toString(Qt::ISODate) },
    };
    for (const QStringList &report : reports) {
        const QString pdf = dir.filePath(report.first() + QStringLiteral(".pdf"));
        const CliResult r = runCli(QStringList { QStringLiteral("report") } + report
            + QStringList { QStringLiteral("--output"), pdf });
        INFO(report.first().toStdString() << ": " << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const QString text = pdfText(pdf);
        const int pages = text.count(QChar(0x0C)); // pdftotext ends every page with a form feed
        CHECK(pages > 0);
        CHECK(text.count(QStringLiteral("Audit log head ") + head) == pages);
    }
}

TEST_CASE("analyze --project lists incidents whose geometry is NULL or garbage instead of dropping them",
    "[cli][evidence]")
{
    QTemporaryDir dir;
    const QString project = sampleProjectCopy(dir);
    damageGeometries(project);

    const QJsonObject json = jsonOf(runCli({ QStringLiteral("analyze"), QStringLiteral("--project"), project,
        QStringLiteral("--format"), QStringLiteral("json") }));
    CHECK(json.value(QStringLiteral("unmeasured_incidents")).toArray()
        == QJsonArray { QStringLiteral("PS2024-001"), QStringLiteral("PS2024-002") });
    const QStringList warnings = json.value(QStringLiteral("warnings")).toVariant().toStringList();
    CHECK(warnings.filter(QStringLiteral("feature PS2024-001: no measurable geometry")).size() == 1);
    CHECK(warnings.filter(QStringLiteral("failed its audit log check")).size() == 1);

    const CliResult table = runCli({ QStringLiteral("analyze"), QStringLiteral("--project"), project });
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("feature PS2024-002: no measurable geometry")));
    const CliResult csv = runCli({ QStringLiteral("analyze"), QStringLiteral("--project"), project,
        QStringLiteral("--format"), QStringLiteral("csv") });
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.err.contains(QStringLiteral("warning: ")));
    CHECK(csv.err.contains(QStringLiteral("feature PS2024-001: no measurable geometry")));
}
