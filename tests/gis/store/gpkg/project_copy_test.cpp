// SPDX-License-Identifier: MIT
#include "store_fixture.h"

#include "../digest_sink.h"
#include "core/input_error.h"
#include "gis/io/layer_reader.h"
#include "gis/store/assessment_records.h"
#include "gis/usecases/sample_project.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace fg;
using namespace fg::gis;
using fg::gis::test::DigestSink;
using fg::gis::test::openProject;
using fg::gis::test::tester;

namespace {

QByteArray digestOf(const QString &path, DigestSink *sink = nullptr)
{
    DigestSink own;
    DigestSink &target = sink ? *sink : own;
    openProject(path, tester(), OpenMode::ReadOnly)->dump(target);
    return target.digest();
}

/// The sample county with its cases, grid, officers, plan and track (every table has rows).
const QString &sampleProject()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString p = dir.filePath(QStringLiteral("sample.gpkg"));
        SampleProject::create(ProjectLocation::parse(p), QStringLiteral(FG_SAMPLE_DIR), QDateTime::currentDateTime());
        return p;
    }();
    return path;
}

} // namespace

TEST_CASE("A GeoPackage copied to a GeoPackage dumps identically and both logs verify", "[store][copy]")
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source.gpkg"));
    QFile::copy(sampleProject(), source);
    const QString target = dir.filePath(QStringLiteral("copy.gpkg"));
    const qint64 eventsBefore = openProject(source, tester(), OpenMode::ReadOnly)->events().size();

    double last = 0;
    ProjectStores::copy(ProjectLocation::parse(source), ProjectLocation::parse(target), [&last](double f) {
        CHECK(f >= last);
        last = f;
        return true;
    });
    DigestSink original;
    const QByteArray a = digestOf(source, &original);
    const QByteArray b = digestOf(target);
    CHECK(a == b);
    // Every table travelled, with rows: reference layers, incidents, cases, the patrol tables, the log.
    for (const char *table : { "basic_farmland", "landuse", "townships", "villages", "incidents", "cases", "event_log",
             "grid_cells", "patrol_plans", "patrol_tracks", "patrol_records", "transfers", "attachments" })
        CHECK(original.tables.contains(QString::fromLatin1(table)));
    CHECK(original.rows > 3000);
    // The copy added no event anywhere: both logs verify and have as many events as before.
    for (const QString &path : { source, target }) {
        const LogCheck check = ProjectStores::verify(ProjectLocation::parse(path));
        CHECK(check.report.intact());
        CHECK(check.integrity == QLatin1String("ok"));
        CHECK(check.events == eventsBefore);
    }
    // The copy is a project QGIS reads as any GeoPackage, and FarmGuard opens for editing.
    ReadOptions options;
    options.layerName = QStringLiteral("landuse");
    CHECK(readLayer(target, options).featureCount() == 2508);
    const auto copy = openProject(target);
    CHECK(copy->cases().size() == 7);
    CHECK(copy->assessment().targets().size() == 8); // the sample's targets travel with the copy
    CHECK(copy->patrol().currentPlan().has_value());
    CHECK(copy->verifyLog().intact());
}

TEST_CASE("A copy refuses an existing destination and a failed copy leaves nothing behind", "[store][copy]")
{
    QTemporaryDir dir;
    const QString taken = dir.filePath(QStringLiteral("taken.gpkg"));
    QFile file(taken);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("someone's file");
    file.close();
    CHECK_THROWS_AS(ProjectStores::copy(ProjectLocation::parse(sampleProject()), ProjectLocation::parse(taken)),
        core::InputError);
    CHECK(QFile(taken).size() == qint64(sizeof("someone's file") - 1));

    const QString cancelled = dir.filePath(QStringLiteral("cancelled.gpkg"));
    int calls = 0;
    CHECK_THROWS_AS(ProjectStores::copy(ProjectLocation::parse(sampleProject()), ProjectLocation::parse(cancelled),
                        [&calls](double) { return ++calls < 3; }),
        ReadCancelled);
    for (const char *suffix : { "", "-wal", "-shm", "-journal" })
        CHECK_FALSE(QFile::exists(cancelled + QLatin1String(suffix)));
    CHECK_THROWS_AS(ProjectStores::copy(ProjectLocation::parse(dir.filePath(QStringLiteral("missing.gpkg"))),
                        ProjectLocation::parse(dir.filePath(QStringLiteral("never.gpkg")))),
        core::InputError);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("never.gpkg"))));
}

TEST_CASE("A PostGIS location parses without its password, and a server nobody runs is named", "[store][copy]")
{
    const ProjectLocation pg = ProjectLocation::parse(QStringLiteral("postgresql://fg@db.example:5433/county?schema=pingshun"));
    CHECK(pg.isPostGis());
    CHECK(pg.schema() == QLatin1String("pingshun"));
    CHECK(pg.name() == QLatin1String("pingshun"));
    CHECK_FALSE(pg.conninfo().contains(QLatin1String("schema")));
    try {
        openProject(QStringLiteral("postgresql://fg:secret@127.0.0.1:1/county?schema=pingshun&connect_timeout=2"));
        FAIL("opened a PostGIS project on a port nobody listens on");
    } catch (const core::InputError &e) {
        CHECK(e.problem().contains(QStringLiteral("cannot reach the FarmGuard server at 127.0.0.1:1")));
        CHECK_FALSE(e.message().contains(QStringLiteral("secret")));
    }
    CHECK_THROWS_AS(ProjectLocation::parse(QStringLiteral("postgresql://host/db?schema=Bad-Name")), core::InputError);
    const ProjectLocation secret = ProjectLocation::parse(QStringLiteral("postgresql://fg:secret@host/db"));
    CHECK_FALSE(secret.display().contains(QLatin1String("secret")));
    CHECK(secret.schema() == QLatin1String("farmguard"));
}
