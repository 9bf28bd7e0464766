// SPDX-License-Identifier: MIT
#include "store_fixture.h"

#include "core/input_error.h"
#include "core/store_errors.h"
#include "gis/io/layer_reader.h"
#include "gis/store/gpkg/gpkg_schema_p.h"
#include "gis/store/project_tables.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

using namespace fg;
using namespace fg::gis;
using fg::gis::test::SampleProjectFixture;
using fg::gis::test::exec;
using fg::gis::test::openProject;
using fg::gis::test::scalar;
using fg::gis::test::tester;

TEST_CASE("A new project has every domain table at the current schema, WAL and foreign keys", "[project]")
{
    SampleProjectFixture fixture(false);
    const ProjectInfo info = fixture.store->info();
    CHECK(info.schemaVersion == ProjectSchema::kCurrentVersion);
    CHECK(info.workingEpsg == 4547);
    const SqliteConnection db(fixture.path, SqliteConnection::Mode::ReadOnly);
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
    CHECK(incidents.featureCount() == 39);
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
    // The file as FarmGuard with schema 1 left it: domain tables, a party, one event.
    fg::gis::test::makeOldProject(path, 1);
    CHECK(scalar(path, QStringLiteral("SELECT MAX(version) FROM schema_version")) == QLatin1String("1"));
    CHECK(scalar(path, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'attachments'")) == QLatin1String("0"));
    const auto opened = openProject(path);
    ProjectStore &store = *opened;
    CHECK(store.info().schemaVersion == ProjectSchema::kCurrentVersion);
    CHECK(scalar(path, QStringLiteral("SELECT name FROM parties")) == QStringLiteral("冯金锁"));
    // The migration back-filled the officers from the log and is itself on the record.
    CHECK(scalar(path, QStringLiteral("SELECT name FROM officers ORDER BY id LIMIT 1")) == QStringLiteral("老用户"));
    const auto events = store.events();
    // The first event, then one migrate per step of this build above 1 (step 9 is another branch's).
    const auto steps = std::count_if(std::begin(ProjectSchema::kSteps), std::end(ProjectSchema::kSteps),
        [](int step) { return step > 1; });
    REQUIRE(events.size() == 1 + steps);
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
    exec(fixture.path, QStringLiteral("INSERT INTO schema_version VALUES (99, '2030-01-01', 'future')"));
    const QString before = scalar(fixture.path, QStringLiteral("SELECT COUNT(*) FROM event_log"));
    try {
        openProject(fixture.path);
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
    CHECK_THROWS_AS(openProject(sample), core::InputError);
    CHECK_THROWS_AS(openProject(sample, tester(), OpenMode::ReadOnly), core::InputError);
    // A refused file is left exactly as it was (no switch to WAL, no new tables).
    CHECK(readAll(sample) == before);
    SampleProjectFixture fixture(false);
    fixture.store.reset();
    CHECK_THROWS_AS(openProject(fixture.path, { QString(), QStringLiteral("role") }), core::InputError);
}

TEST_CASE("A read-only open writes nothing and refuses every edit, a read-only file opens read-only", "[project]")
{
    SampleProjectFixture fixture(false);
    fixture.store.reset();
    const QString before = scalar(fixture.path, QStringLiteral("SELECT COUNT(*) FROM event_log"));
    {
        const auto store = openProject(fixture.path, { QStringLiteral("读者"), QStringLiteral("viewer") }, OpenMode::ReadOnly);
        CHECK(store->rights().readOnly);
        CHECK(store->rights().scope == StoreRights::Scope::All);
        CHECK_THROWS_AS(store->setSetting(QStringLiteral("x"), QStringLiteral("y")), core::ProjectReadOnly);
        CHECK(store->setting(QStringLiteral("working_epsg")) == QLatin1String("4547"));
    }
    CHECK(scalar(fixture.path, QStringLiteral("SELECT COUNT(*) FROM event_log")) == before);
    CHECK(scalar(fixture.path, QStringLiteral("SELECT COUNT(*) FROM officers WHERE name = '读者'")) == QLatin1String("0"));
    QFile::setPermissions(fixture.path, QFile::ReadOwner);
    const auto store = openProject(fixture.path); // even root: the permissions say read-only
    CHECK(store->rights().readOnly);
    CHECK_THROWS_AS(store->setSetting(QStringLiteral("x"), QStringLiteral("y")), core::ProjectReadOnly);
}

TEST_CASE("Save a copy of the open project writes a consistent project without a second connection", "[project]")
{
    SampleProjectFixture fixture(true);
    const QString copy = fixture.dir.filePath(QStringLiteral("copy.gpkg"));
    ProjectStores::copy(*fixture.store, ProjectLocation::parse(copy));
    const auto check = ProjectStores::verify(ProjectLocation::parse(copy));
    CHECK(check.integrity == QLatin1String("ok"));
    CHECK(check.report.intact());
    CHECK(check.events == fixture.store->events().size());
    const auto reopened = openProject(copy);
    CHECK(reopened->incidents().size() == 39);
    CHECK(reopened->cases().size() == 39);
}
