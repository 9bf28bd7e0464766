// SPDX-License-Identifier: MIT
#include "project_fixture.h"

#include "core/input_error.h"
#include "gis/io/layer_reader.h"
#include "gis/project/audit_log_p.h"
#include "gis/project/project_layers.h"
#include "gis/project/project_schema_p.h"
#include "gis/project/sqlite_db_p.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace fg;
using namespace fg::gis;
using fg::gis::test::SampleProjectFixture;
using fg::gis::test::tester;

namespace {

QString scalar(const QString &path, const QString &sql)
{
    const SqliteDb db(path);
    SqliteStatement query(db, sql);
    return query.next() ? query.text(0) : QString();
}

} // namespace

TEST_CASE("A new project has every domain table at the current schema, WAL and foreign keys", "[project]")
{
    SampleProjectFixture fixture(false);
    const ProjectInfo info = fixture.store->info();
    CHECK(info.schemaVersion == ProjectSchema::kCurrentVersion);
    CHECK(info.workingEpsg == 4547);
    const SqliteDb db(fixture.path);
    for (const char *table : { "parties", "cases", "case_incidents", "case_events", "transfers", "accountability",
             "officers", "attachments", "settings", "event_log", "schema_version", "incidents", "basic_farmland",
             "landuse", "townships", "villages", "rtree_incidents_geom", "rtree_basic_farmland_geom" })
        CHECK(db.hasTable(QString::fromLatin1(table)));
    CHECK(scalar(fixture.path, QStringLiteral("PRAGMA journal_mode")) == QLatin1String("wal"));
    CHECK(scalar(fixture.path, QStringLiteral("PRAGMA foreign_keys")) == QLatin1String("1"));
    CHECK(scalar(fixture.path, QStringLiteral("SELECT COUNT(*) FROM basic_farmland")) == QLatin1String("761"));
    CHECK(fixture.store->setting(QStringLiteral("working_epsg")) == QLatin1String("4547"));
    // The creation itself is on the record, by the operator who created it.
    const auto events = fixture.store->events();
    REQUIRE(!events.isEmpty());
    CHECK(events.first().entity == QLatin1String("project"));
    CHECK(events.first().who == tester().name);
    CHECK(fixture.store->verifyLog().intact());
}

TEST_CASE("GDAL lists the project's layers as QGIS would open them", "[project]")
{
    SampleProjectFixture fixture(true);
    fixture.store.reset();
    const QStringList layers = listLayers(fixture.path);
    for (const char *name : { "basic_farmland", "landuse", "townships", "villages", "incidents" })
        CHECK(layers.contains(QString::fromLatin1(name)));
    ReadOptions options;
    options.layerName = QStringLiteral("incidents");
    const VectorLayer incidents = readLayer(fixture.path, options);
    CHECK(incidents.featureCount() == 36);
    CHECK(incidents.crs.epsg == 4547);
    const QString ogrinfo = QStandardPaths::findExecutable(QStringLiteral("ogrinfo"));
    if (!ogrinfo.isEmpty()) {
        QProcess process;
        process.start(ogrinfo, { QStringLiteral("-ro"), QStringLiteral("-q"), fixture.path });
        REQUIRE(process.waitForFinished(60000));
        const QString listing = QString::fromUtf8(process.readAllStandardOutput());
        CHECK(process.exitCode() == 0);
        CHECK(listing.contains(QStringLiteral("incidents (Multi Polygon)")));
        CHECK(listing.contains(QStringLiteral("basic_farmland (Multi Polygon)")));
    }
}

TEST_CASE("A version 1 project upgrades to version 2 and keeps its data and its log", "[project]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.gpkg"));
    ProjectLayers::create(path, 4547, {});
    {
        // The file as FarmGuard with schema 1 left it: domain tables, a party, one event.
        const SqliteDb db(path);
        db.exec(QStringLiteral("UPDATE gpkg_contents SET description = 'farmguard:incidents' WHERE table_name = 'incidents'"));
        ProjectSchema::upgrade(db, 1);
        CHECK(ProjectSchema::version(db) == 1);
        CHECK_FALSE(db.hasTable(QStringLiteral("attachments")));
        SqliteTransaction transaction(db);
        db.exec(QStringLiteral("INSERT INTO parties (name) VALUES ('冯金锁')"));
        AuditLog::append(db, { QStringLiteral("老用户"), QStringLiteral("township officer") }, QStringLiteral("project"),
            QStringLiteral("old"), QStringLiteral("create"), QJsonValue(), QJsonObject { { QStringLiteral("schema_version"), 1 } });
        transaction.commit();
    }
    GpkgProjectStore store(path, tester());
    CHECK(store.info().schemaVersion == ProjectSchema::kCurrentVersion);
    CHECK(scalar(path, QStringLiteral("SELECT name FROM parties")) == QStringLiteral("冯金锁"));
    // The migration back-filled the officers from the log and is itself on the record.
    CHECK(scalar(path, QStringLiteral("SELECT name FROM officers ORDER BY id LIMIT 1")) == QStringLiteral("老用户"));
    const auto events = store.events();
    REQUIRE(events.size() == ProjectSchema::kCurrentVersion);
    CHECK(events.last().action == QLatin1String("migrate"));
    CHECK(events.last().who == tester().name);
    CHECK(store.verifyLog().intact());
    const QString id = store.addAttachment(QStringLiteral("photo.jpg"), QStringLiteral("image/jpeg"), QByteArray("\xff\xd8 photo", 8));
    CHECK(store.attachment(id) == QByteArray("\xff\xd8 photo", 8));
}

TEST_CASE("A project from a newer FarmGuard is refused, unchanged", "[project]")
{
    SampleProjectFixture fixture(false);
    fixture.store.reset();
    {
        const SqliteDb db(fixture.path);
        db.exec(QStringLiteral("INSERT INTO schema_version VALUES (99, '2030-01-01', 'future')"));
    }
    const QString before = scalar(fixture.path, QStringLiteral("SELECT COUNT(*) FROM event_log"));
    try {
        GpkgProjectStore store(fixture.path, tester());
        FAIL("a newer project was opened");
    } catch (const core::InputError &e) {
        CHECK(e.problem().contains(QStringLiteral("newer FarmGuard")));
        CHECK(e.problem().contains(QStringLiteral("99")));
    }
    CHECK(scalar(fixture.path, QStringLiteral("SELECT COUNT(*) FROM event_log")) == before);
}

namespace {
QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

TEST_CASE("A GeoPackage that is no project is refused, and so is an operator without a name", "[project]")
{
    const QString sample = QStringLiteral(FG_SAMPLE_DIR "/pingshun_sample.gpkg");
    const QByteArray before = readAll(sample);
    CHECK_THROWS_AS(GpkgProjectStore(sample, tester()), core::InputError);
    // A refused file is left exactly as it was (no switch to WAL, no new tables).
    CHECK(readAll(sample) == before);
    SampleProjectFixture fixture(false);
    fixture.store.reset();
    CHECK_THROWS_AS(GpkgProjectStore(fixture.path, { QString(), QStringLiteral("role") }), core::InputError);
}

TEST_CASE("Save a copy writes a consistent project through the online backup", "[project]")
{
    SampleProjectFixture fixture(true);
    const QString copy = fixture.dir.filePath(QStringLiteral("copy.gpkg"));
    fixture.store->saveCopy(copy);
    const auto check = GpkgProjectStore::verifyFile(copy);
    CHECK(check.integrity == QLatin1String("ok"));
    CHECK(check.report.intact());
    CHECK(check.events == fixture.store->events().size());
    GpkgProjectStore reopened(copy, tester());
    CHECK(reopened.incidents().size() == 36);
    CHECK(reopened.cases().size() == 36);
}
