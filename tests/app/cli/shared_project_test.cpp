// SPDX-License-Identifier: MIT
// The shared record through farmguard-cli processes: several writers on one project (PostGIS and,
// for comparison, a GeoPackage) and the county scenario of issue 11 with its logins. The PostGIS
// parts need FARMGUARD_TEST_PG (scripts/postgis-up.sh; scripts/test.sh sets it) and WARN that
// they are skipped without it.
#include "cli_runner.h"

#include "gis/io/layer_reader.h"
#include "gis/store/pg/pg_connection_p.h"
#include "gis/store/project_stores.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <vector>

namespace {

QString testServer()
{
    const QString uri = qEnvironmentVariable("FARMGUARD_TEST_PG");
    if (uri.isEmpty())
        WARN("PostGIS part skipped: FARMGUARD_TEST_PG is not set (scripts/postgis-up.sh prints a server URI; "
             "scripts/test.sh sets it)");
    return uri;
}

/// A schema with a random name on the test server for one test, dropped with its roles and the
/// logins named through login() at the end.
struct SharedProject
{
    QString server;
    QString schema = QStringLiteral("fgcli_%1").arg(QRandomGenerator::global()->generate64(), 0, 36);
    QStringList logins;

    explicit SharedProject(QString uri)
        : server(std::move(uri))
    {
    }
    ~SharedProject()
    {
        try {
            fg::gis::ProjectStores::discard(fg::gis::ProjectLocation::parse(as(QString())));
            fg::gis::PgConnection db(server, QString(), server);
            for (const QString &login : logins)
                db.script(QStringLiteral("DROP ROLE IF EXISTS %1").arg(db.identifier(login)));
        } catch (const std::exception &error) {
            WARN("could not drop " << schema.toStdString() << ": " << error.what());
        }
    }
    /// The project's URI for @p login (empty: the server's own user, the owner).
    QString as(const QString &login) const
    {
        QUrl url(server);
        if (!login.isEmpty())
            url.setUserName(login);
        return url.toString() + QStringLiteral("?schema=") + schema;
    }
    QString login(const QString &suffix)
    {
        logins << schema + QLatin1Char('_') + suffix;
        return logins.last();
    }
};

QStringList args(std::initializer_list<const char *> words, const QStringList &more = {})
{
    QStringList result;
    for (const char *word : words)
        result << QString::fromUtf8(word);
    return result + more;
}

/// Starts every command line at once, each in its own farmguard-cli process.
std::vector<std::unique_ptr<QProcess>> startAll(const std::vector<QStringList> &commands)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    for (const QStringList &command : commands) {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FARMGUARD_LANG"), QStringLiteral("en"));
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(FG_CLI_PATH), command);
        processes.push_back(std::move(process));
    }
    return processes;
}

/// Waits for started processes; results in order.
std::vector<CliResult> finishAll(std::vector<std::unique_ptr<QProcess>> &processes)
{
    std::vector<CliResult> results;
    for (auto &process : processes) {
        process->waitForFinished(300000);
        results.push_back({ process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1,
            QString::fromUtf8(process->readAllStandardOutput()), QString::fromUtf8(process->readAllStandardError()) });
    }
    return results;
}

/// Runs every command line at once, each in its own farmguard-cli process; results in order.
std::vector<CliResult> runTogether(const std::vector<QStringList> &commands)
{
    std::vector<std::unique_ptr<QProcess>> processes = startAll(commands);
    return finishAll(processes);
}

QStringList incidentIds(const QString &project)
{
    const auto store = fg::gis::ProjectStores::open(
        fg::gis::ProjectLocation::parse(project), { QStringLiteral("test"), QStringLiteral("test") }, fg::gis::OpenMode::ReadOnly);
    QStringList ids;
    for (const auto &incident : store->incidents())
        ids << incident.id;
    return ids;
}

qsizetype eventCount(const QString &project)
{
    return fg::gis::ProjectStores::verify(fg::gis::ProjectLocation::parse(project)).events;
}

/// Four writers at once, three rounds, each opening a case on its own incident; then two writers
/// advancing one case from the same revision.
void raceOn(const QString &project)
{
    const QStringList incidents = incidentIds(project);
    REQUIRE(incidents.size() >= 12);
    const qsizetype before = eventCount(project);
    int opened = 0;
    for (int round = 0; round < 3; ++round) {
        std::vector<QStringList> commands;
        for (int writer = 0; writer < 4; ++writer) {
            const QString id = QStringLiteral("R%1-%2").arg(round).arg(writer);
            commands.push_back(args({ "project", "open-case" }, { project, id, incidents.at(opened++),
                QStringLiteral("--operator"), QStringLiteral("writer %1").arg(writer), QStringLiteral("--role"), QStringLiteral("race") }));
        }
        for (const CliResult &r : runTogether(commands)) {
            INFO(r.err.toStdString());
            CHECK(r.exitCode == 0);
        }
    }
    // Each open-case logs two events, the case and its judged facts: no append lost.
    CHECK(eventCount(project) == before + 2 * 12);
    const CliResult check = runCli({ QStringLiteral("verify-log"), project });
    INFO(check.out.toStdString() + check.err.toStdString());
    CHECK(check.exitCode == 0);

    // The same case from the same revision: one step wins, the other exits 5 and writes nothing.
    const CliResult shown = runCli(args({ "project", "case" }, { project, QStringLiteral("R0-0"), QStringLiteral("--format"), QStringLiteral("json") }));
    REQUIRE(shown.exitCode == 0);
    const QString revision = QString::number(QJsonDocument::fromJson(shown.out.toUtf8()).object().value(QStringLiteral("revision")).toInteger());
    std::vector<QStringList> rivals;
    for (const char *who : { "甲", "乙" })
        rivals.push_back(args({ "project", "advance" }, { project, QStringLiteral("R0-0"), QStringLiteral("verify"),
            QStringLiteral("--actor"), QString::fromUtf8(who), QStringLiteral("--role"), QStringLiteral("所长"),
            QStringLiteral("--revision"), revision }));
    const std::vector<CliResult> raced = runTogether(rivals);
    std::vector<int> codes { raced[0].exitCode, raced[1].exitCode };
    std::sort(codes.begin(), codes.end());
    CHECK(codes == std::vector<int> { 0, 5 });
    const CliResult after = runCli(args({ "project", "case" }, { project, QStringLiteral("R0-0"), QStringLiteral("--format"), QStringLiteral("json") }));
    CHECK(QJsonDocument::fromJson(after.out.toUtf8()).object().value(QStringLiteral("steps")).toArray().size() == 2);
    CHECK(eventCount(project) == before + 2 * 12 + 1);
    CHECK(runCli({ QStringLiteral("verify-log"), project }).exitCode == 0);
}

} // namespace

TEST_CASE("Concurrent farmguard-cli writers keep one chain and lose no update, the loser of a race exits 5",
    "[cli][shared]")
{
    QTemporaryDir dir;
    const QString gpkg = dir.filePath(QStringLiteral("county.gpkg"));
    REQUIRE(runCli({ QStringLiteral("project"), QStringLiteral("create-sample"), gpkg }).exitCode == 0);
    SECTION("GeoPackage")
    {
        raceOn(gpkg);
    }
    SECTION("PostGIS")
    {
        const QString server = testServer();
        if (server.isEmpty())
            return;
        SharedProject shared(server);
        const CliResult copied = runCli(args({ "project", "copy" }, { gpkg, shared.as(QString()) }));
        INFO(copied.err.toStdString());
        REQUIRE(copied.exitCode == 0);
        raceOn(shared.as(QString()));
    }
}

namespace {

/// One incident, a 30 m square inside @p township of the sample county, as GeoJSON (EPSG:4547).
QString incidentIn(const QString &path, const QString &township, const QString &id)
{
    const fg::gis::VectorLayer townships = fg::gis::readLayer(QStringLiteral(FG_SAMPLE_DIR "/townships.shp"));
    const int name = townships.fieldIndex(QStringLiteral("XZQMC"));
    GEOSContextHandle_t ctx = fg::gis::geosContext();
    double x = 0, y = 0;
    for (int row = 0; row < townships.featureCount(); ++row) {
        if (townships.value(row, name).toString() != township)
            continue;
        const fg::gis::GeosGeometryPtr inside(GEOSPointOnSurface_r(ctx, townships.geometry(row)));
        GEOSGeomGetX_r(ctx, inside.get(), &x);
        GEOSGeomGetY_r(ctx, inside.get(), &y);
    }
    REQUIRE(x != 0);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral(R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4547"}},)"
                              R"("features":[{"type":"Feature","properties":{"BH":"%1","DSR":"王某"},"geometry":{"type":"Polygon",)"
                              R"("coordinates":[[[%2,%3],[%4,%3],[%4,%5],[%2,%5],[%2,%3]]]}}]})")
                   .arg(id)
                   .arg(x - 15, 0, 'f', 2)
                   .arg(y - 15, 0, 'f', 2)
                   .arg(x + 15, 0, 'f', 2)
                   .arg(y + 15, 0, 'f', 2)
                   .toUtf8());
    return path;
}

/// @p count incidents "PREFIX-NN", 20 m squares 35 m apart in a row @p row of a block near a
/// point inside @p township, as GeoJSON (EPSG:4547).
QString incidentsIn(const QString &path, const QString &township, const QString &prefix, int count, int row)
{
    const fg::gis::VectorLayer townships = fg::gis::readLayer(QStringLiteral(FG_SAMPLE_DIR "/townships.shp"));
    const int name = townships.fieldIndex(QStringLiteral("XZQMC"));
    GEOSContextHandle_t ctx = fg::gis::geosContext();
    double x = 0, y = 0;
    for (int r = 0; r < townships.featureCount(); ++r) {
        if (townships.value(r, name).toString() != township)
            continue;
        const fg::gis::GeosGeometryPtr inside(GEOSPointOnSurface_r(ctx, townships.geometry(r)));
        GEOSGeomGetX_r(ctx, inside.get(), &x);
        GEOSGeomGetY_r(ctx, inside.get(), &y);
    }
    REQUIRE(x != 0);
    QStringList features;
    for (int i = 0; i < count; ++i) {
        const double x0 = x + 35.0 * i, y0 = y + 35.0 * row;
        features << QStringLiteral(R"({"type":"Feature","properties":{"BH":"%1-%2","DSR":"王某"},"geometry":{"type":)"
                                   R"("Polygon","coordinates":[[[%3,%4],[%5,%4],[%5,%6],[%3,%6],[%3,%4]]]}})")
                        .arg(prefix)
                        .arg(i, 2, 10, QLatin1Char('0'))
                        .arg(x0, 0, 'f', 2)
                        .arg(y0, 0, 'f', 2)
                        .arg(x0 + 20, 0, 'f', 2)
                        .arg(y0 + 20, 0, 'f', 2);
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral(R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4547"}},)"
                              R"("features":[%1]})")
                   .arg(features.join(QLatin1Char(',')))
                   .toUtf8());
    return path;
}

CliResult expect(const QStringList &command, int code)
{
    const CliResult r = runCli(command);
    INFO(command.join(QLatin1Char(' ')).toStdString() << "\n" << r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == code);
    return r;
}

} // namespace

TEST_CASE("The county on one PostGIS project: 龙溪镇 records, the bureau transfers to 公安, 公安 replies, others see "
          "nothing, verify-log passes", "[cli][shared]")
{
    const QString server = testServer();
    if (server.isEmpty())
        return;
    SharedProject county(server);
    const QString owner = county.as(QString());
    const QDir sample(QStringLiteral(FG_SAMPLE_DIR));
    expect({ QStringLiteral("project"), QStringLiteral("create"), owner, QStringLiteral("--basic-farmland"),
               sample.filePath(QStringLiteral("basic_farmland.shp")), QStringLiteral("--cultivated"),
               sample.filePath(QStringLiteral("landuse.shp")), QStringLiteral("--boundaries"),
               sample.filePath(QStringLiteral("townships.shp")), QStringLiteral("--villages"),
               sample.filePath(QStringLiteral("villages.shp")), QStringLiteral("--operator"), QStringLiteral("县局管理员"),
               QStringLiteral("--role"), QStringLiteral("县自然资源局") },
        0);
    const QString officer = county.login(QStringLiteral("longxi")), other = county.login(QStringLiteral("shicheng")),
                  police = county.login(QStringLiteral("gongan")), analyst = county.login(QStringLiteral("analyst"));
    expect(args({ "project", "grant" }, { owner, officer, QStringLiteral("--township"), QStringLiteral("龙溪镇") }), 0);
    expect(args({ "project", "grant" }, { owner, other, QStringLiteral("--township"), QStringLiteral("石城镇") }), 0);
    expect(args({ "project", "grant" }, { owner, police, QStringLiteral("--department"), QStringLiteral("public_security") }), 0);
    expect(args({ "project", "grant" }, { owner, analyst, QStringLiteral("--bureau") }), 0);
    expect(args({ "project", "grant" }, { county.as(officer), officer, QStringLiteral("--bureau") }), 6); // not the owner

    // The officer of 龙溪镇 records an incident (another township's is refused).
    QTemporaryDir dir;
    const QString incident = incidentIn(dir.filePath(QStringLiteral("lx.geojson")), QStringLiteral("龙溪镇"), QStringLiteral("LX-2024-001"));
    const QString foreign = incidentIn(dir.filePath(QStringLiteral("sc.geojson")), QStringLiteral("石城镇"), QStringLiteral("SC-2024-001"));
    const auto import = [&](const QString &who, const QString &file) {
        return args({ "project", "import-incidents" }, { county.as(who), file, QStringLiteral("--id-field"), QStringLiteral("BH"),
            QStringLiteral("--party-field"), QStringLiteral("DSR"), QStringLiteral("--no-cases"), QStringLiteral("--operator"),
            QStringLiteral("李建国"), QStringLiteral("--role"), QStringLiteral("龙溪镇国土所") });
    };
    expect(import(officer, incident), 0);
    const CliResult refused = expect(import(officer, foreign), 6);
    CHECK(refused.err.contains(officer));

    // The bureau's analyst sees it, analyses it, opens a case and transfers it to 公安.
    const CliResult analysed = expect({ QStringLiteral("analyze"), QStringLiteral("--project"), county.as(analyst) }, 0);
    CHECK(analysed.out.contains(QStringLiteral("LX-2024-001")));
    CHECK_FALSE(analysed.out.contains(QStringLiteral("SC-2024-001")));
    expect(args({ "project", "open-case" }, { county.as(analyst), QStringLiteral("AJ-LX-001"), QStringLiteral("LX-2024-001"),
               QStringLiteral("--operator"), QStringLiteral("赵分析"), QStringLiteral("--role"), QStringLiteral("县自然资源局") }),
        0);
    expect(args({ "project", "transfer" }, { county.as(analyst), QStringLiteral("AJ-LX-001"), QStringLiteral("--to"),
               QStringLiteral("public_security"), QStringLiteral("--reason"), QStringLiteral("涉嫌非法占用农用地罪"),
               QStringLiteral("--operator"), QStringLiteral("赵分析"), QStringLiteral("--role"), QStringLiteral("县自然资源局") }),
        0);

    // The officer of another township sees neither the incident nor the case.
    expect(args({ "project", "case" }, { county.as(other), QStringLiteral("AJ-LX-001") }), 3);
    const CliResult otherView = expect({ QStringLiteral("analyze"), QStringLiteral("--project"), county.as(other) }, 0);
    CHECK_FALSE(otherView.out.contains(QStringLiteral("LX-2024-001")));

    // 公安 reads only that case and adds its reply, once; it may do nothing else.
    const CliResult listed = expect(args({ "project", "cases" }, { county.as(police), QStringLiteral("--format"), QStringLiteral("json") }), 0);
    const QJsonArray cases = QJsonDocument::fromJson(listed.out.toUtf8()).object().value(QStringLiteral("cases")).toArray();
    REQUIRE(cases.size() == 1);
    CHECK(cases.first().toObject().value(QStringLiteral("id")).toString() == QStringLiteral("AJ-LX-001"));
    expect(args({ "project", "reply" }, { county.as(police), QStringLiteral("AJ-LX-001"), QStringLiteral("--transfer"),
               QStringLiteral("T1"), QStringLiteral("--text"), QStringLiteral("已立案侦查"), QStringLiteral("--operator"), QStringLiteral("公安刘"), QStringLiteral("--role"),
               QStringLiteral("县公安局") }),
        0);
    const CliResult again = runCli(args({ "project", "reply" }, { county.as(police), QStringLiteral("AJ-LX-001"),
        QStringLiteral("--transfer"), QStringLiteral("T1"), QStringLiteral("--text"), QStringLiteral("改口"), QStringLiteral("--operator"), QStringLiteral("公安刘") }));
    CHECK(again.exitCode != 0);
    expect(args({ "project", "advance" }, { county.as(police), QStringLiteral("AJ-LX-001"), QStringLiteral("verify"),
               QStringLiteral("--actor"), QStringLiteral("公安刘"), QStringLiteral("--role"), QStringLiteral("县公安局") }),
        6);

    const CliResult shown = expect(args({ "project", "case" }, { county.as(analyst), QStringLiteral("AJ-LX-001"),
                                       QStringLiteral("--format"), QStringLiteral("json") }),
        0);
    const QJsonObject file = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    CHECK(file.value(QStringLiteral("status")).toString() == QStringLiteral("clue"));
    CHECK(file.value(QStringLiteral("transfers")).toArray().first().toObject().value(QStringLiteral("reply")).toString()
        == QStringLiteral("已立案侦查"));
    expect({ QStringLiteral("verify-log"), county.as(analyst) }, 0);
    expect({ QStringLiteral("verify-log"), county.as(officer) }, 6); // the whole log is the bureau's
}

TEST_CASE("Many farmguard-cli processes on one GeoPackage: writers wait instead of failing, readers and verify-log see "
          "one consistent snapshot, the loser of each same-case race exits 5", "[cli][shared]")
{
    // Issue 13: 16 of 85 concurrent imports, 8 of 20 same-case advance pairs and 1 of 26 readers
    // failed with "database is locked"; verify-log during an import said events were deleted.
    QTemporaryDir dir;
    const QString gpkg = dir.filePath(QStringLiteral("county.gpkg"));
    REQUIRE(runCli({ QStringLiteral("project"), QStringLiteral("create-sample"), gpkg }).exitCode == 0);
    int imported = 0, reads = 0;
    for (int round = 0; round < 2; ++round) {
        std::vector<QStringList> commands;
        for (int writer = 0; writer < 8; ++writer) {
            const QString prefix = QStringLiteral("CC%1%2").arg(round).arg(writer);
            const QString file = incidentsIn(dir.filePath(prefix + QStringLiteral(".geojson")), QStringLiteral("龙溪镇"),
                prefix, 12, round * 8 + writer);
            commands.push_back(args({ "project", "import-incidents" }, { gpkg, file, QStringLiteral("--id-field"),
                QStringLiteral("BH"), QStringLiteral("--party-field"), QStringLiteral("DSR"), QStringLiteral("--operator"),
                QStringLiteral("writer %1").arg(writer) }));
            imported += 12;
        }
        std::vector<std::unique_ptr<QProcess>> writers = startAll(commands);
        // Readers one after the other while the writers run (verify-log found "deleted" events in
        // 20 of 25 such runs when it read the log and the head outside one transaction).
        while (std::any_of(writers.begin(), writers.end(), [](const auto &w) { return w->state() != QProcess::NotRunning; })) {
            for (const QStringList &reader : { QStringList { QStringLiteral("verify-log"), gpkg },
                     args({ "project", "case" }, { gpkg, QStringLiteral("PS2024-002") }) }) {
                const CliResult r = runCli(reader);
                INFO(reader.join(QLatin1Char(' ')).toStdString() << "\n" << r.out.toStdString() << r.err.toStdString());
                CHECK(r.exitCode == 0);
                ++reads;
            }
            for (auto &w : writers)
                w->waitForFinished(0);
        }
        const std::vector<CliResult> results = finishAll(writers);
        for (size_t k = 0; k < results.size(); ++k) {
            INFO(commands[k].join(QLatin1Char(' ')).toStdString() << "\n" << results[k].out.toStdString()
                                                                   << results[k].err.toStdString());
            CHECK(results[k].exitCode == 0);
            CHECK_FALSE(results[k].err.contains(QStringLiteral("locked")));
        }
    }
    CHECK(reads >= 4);
    CHECK(incidentIds(gpkg).size() == 39 + imported);
    CHECK(runCli({ QStringLiteral("verify-log"), gpkg }).exitCode == 0);

    // Ten pairs racing for the same case without naming a revision: one verifies it, the other
    // is refused by the workflow (exit 5) — never "database is locked".
    for (int pair = 0; pair < 10; ++pair) {
        const QString caseId = QStringLiteral("CC0%1-%2").arg(pair % 8).arg(pair / 8, 2, 10, QLatin1Char('0'));
        std::vector<QStringList> rivals;
        for (const char *who : { "甲", "乙" })
            rivals.push_back(args({ "project", "advance" }, { gpkg, caseId, QStringLiteral("verify"), QStringLiteral("--actor"),
                QString::fromUtf8(who), QStringLiteral("--role"), QStringLiteral("所长") }));
        const std::vector<CliResult> raced = runTogether(rivals);
        std::vector<int> codes { raced[0].exitCode, raced[1].exitCode };
        std::sort(codes.begin(), codes.end());
        INFO(caseId.toStdString() << ": " << raced[0].err.toStdString() << raced[1].err.toStdString());
        CHECK(codes == std::vector<int> { 0, 5 });
    }
    CHECK(runCli({ QStringLiteral("verify-log"), gpkg }).exitCode == 0);
}
