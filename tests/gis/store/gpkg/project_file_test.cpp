// SPDX-License-Identifier: MIT
// The project file itself (issue 13 item 4): a read-only file opens read-only, reading leaves no
// -wal/-shm behind, a damaged file opens read-only with a plain message, incidents with a NULL or
// unreadable geometry are named, and an interrupted create leaves no project.
#include "store_fixture.h"

#include "core/store_errors.h"
#include "gis/io/layer_reader.h"
#include "gis/store/gpkg/gpkg_geometry_p.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

#include <unistd.h>

using namespace fg;
using namespace fg::gis;
using fg::gis::test::SampleProjectFixture;

namespace {

QStringList folder(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

/// Overwrites the start of the first page of @p table with garbage (the file closed).
void damageTable(const QString &path, const QString &table)
{
    qint64 page = 0, size = 0;
    {
        const SqliteConnection db(path, SqliteConnection::Mode::ReadOnly);
        auto rows = db.query(QStringLiteral("SELECT rootpage, (SELECT page_size FROM pragma_page_size) FROM sqlite_master "
                                            "WHERE name = ?1"),
            { table });
        REQUIRE(rows->next());
        page = rows->integer(0);
        size = rows->integer(1);
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek((page - 1) * size));
    file.write(QByteArray(32, '\xff'));
}

} // namespace

TEST_CASE("A read-only project file opens read-only: it lists, refuses writes with the reason, makes no files",
    "[project][file]")
{
    SampleProjectFixture fixture(true);
    fixture.store.reset();
    const QStringList before = folder(fixture.dir);
    QFile::setPermissions(fixture.path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther); // 0444
    {
        const auto store = fg::gis::test::openProject(fixture.path); // read-write asked for
        CHECK(store->rights().readOnly);
        CHECK_FALSE(store->rights().logBroken);
        CHECK(store->rights().readOnlyReason.contains(QStringLiteral("read-only")));
        CHECK(store->incidents().size() == 39);
        CHECK(store->cases().size() == 39);
        try {
            store->setSetting(QStringLiteral("x"), QStringLiteral("y"));
            FAIL("a read-only file was written");
        } catch (const core::ProjectReadOnly &error) {
            CHECK(error.problem().contains(QStringLiteral("read-only")));
        }
        CHECK(folder(fixture.dir) == before); // not even -wal and -shm
    }
    CHECK(folder(fixture.dir) == before);
    CHECK(ProjectStores::verify(ProjectLocation::parse(fixture.path)).passed());
    CHECK(folder(fixture.dir) == before);
}

TEST_CASE("Reading a project (verify, read-only open) leaves no -wal or -shm file behind", "[project][file]")
{
    SampleProjectFixture fixture(true);
    fixture.store.reset();
    const QStringList before = folder(fixture.dir);
    CHECK(ProjectStores::verify(ProjectLocation::parse(fixture.path)).passed());
    CHECK(folder(fixture.dir) == before);
    {
        const auto store = fg::gis::test::openProject(fixture.path, fg::gis::test::tester(), OpenMode::ReadOnly);
        CHECK(store->cases().size() == 39);
    }
    CHECK(folder(fixture.dir) == before);
}

TEST_CASE("A damaged project file opens read-only with a plain message, verify names the damage", "[project][file]")
{
    SampleProjectFixture fixture(true);
    fixture.store.reset();
    damageTable(fixture.path, QStringLiteral("event_log"));
    const LogCheck check = ProjectStores::verify(ProjectLocation::parse(fixture.path));
    CHECK(check.integrity != QLatin1String("ok"));
    CHECK_FALSE(check.passed());
    const auto store = fg::gis::test::openProject(fixture.path);
    CHECK(store->rights().readOnly);
    CHECK(store->rights().logBroken);
    CHECK(store->rights().readOnlyReason.contains(QStringLiteral("damaged")));
    try {
        store->setSetting(QStringLiteral("x"), QStringLiteral("y"));
        FAIL("a damaged file was written");
    } catch (const core::ProjectReadOnly &error) {
        CHECK(error.problem().contains(QStringLiteral("damaged")));
    }
}

TEST_CASE("An incident whose geometry is NULL or unreadable is kept (without a polygon) and named by the check",
    "[project][file]")
{
    SampleProjectFixture fixture(true);
    fixture.store.reset();
    {
        SqliteConnection db(fixture.path, SqliteConnection::Mode::ReadWrite);
        registerGpkgFunctions(db.handle());
        db.script(QStringLiteral("UPDATE incidents SET geom = NULL WHERE incident_id = 'PS2024-001'; "
                                 "UPDATE incidents SET geom = X'47500003E61100000000' WHERE incident_id = 'PS2024-002'"));
    }
    const auto store = fg::gis::test::openProject(fixture.path, fg::gis::test::tester(), OpenMode::ReadOnly);
    const std::vector<IncidentRecord> incidents = store->incidents(true);
    REQUIRE(incidents.size() == 39);
    CHECK_FALSE(incidents[0].geometry);
    CHECK_FALSE(incidents[1].geometry);
    const LogCheck check = store->checkLog();
    REQUIRE(check.findings.size() == 2);
    CHECK(check.findings[0].id == QStringLiteral("PS2024-001"));
    CHECK(check.findings[0].stored == QStringLiteral("(no geometry)"));
    CHECK(check.findings[1].id == QStringLiteral("PS2024-002"));
    CHECK(check.findings[1].stored == QStringLiteral("(unreadable geometry)"));
}

TEST_CASE("A cancelled create leaves no file, a killed create's leftover is removed by the next create",
    "[project][file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.gpkg"));
    // A create killed before it finished (its process is gone): a hidden file, never the project.
    const QString stale = dir.filePath(QStringLiteral(".new.gpkg.building-4194301.gpkg"));
    QFile::copy(SampleProjectFixture::templatePath(false), stale);
    bool populated = false;
    auto spec = std::make_unique<NewProject>();
    spec->workingEpsg = 4547;
    spec->populate = [&populated](ProjectStore &store) {
        populated = true;
        CHECK_FALSE(QFile::exists(QFileInfo(store.info().location).filePath())); // not under its name yet
        throw ReadCancelled();
    };
    CHECK_THROWS_AS(ProjectStores::create(ProjectLocation::parse(path), *spec, fg::gis::test::tester()), ReadCancelled);
    CHECK(populated);
    CHECK(folder(dir).isEmpty()); // neither the project, its staging file, nor the stale one
    spec->populate = {};
    const auto store = ProjectStores::create(ProjectLocation::parse(path), *spec, fg::gis::test::tester());
    CHECK(store->info().location == path);
    CHECK(store->info().name == QStringLiteral("new"));
    CHECK(folder(dir).contains(QStringLiteral("new.gpkg")));
    CHECK(store->checkLog().passed());
}

TEST_CASE("A project whose working CRS was changed to a bogus one is refused with a plain message, and verify names it",
    "[project][file]")
{
    SampleProjectFixture fixture(false);
    fixture.store.reset();
    fg::gis::test::exec(fixture.path, QStringLiteral("PRAGMA foreign_keys = OFF; UPDATE gpkg_geometry_columns SET srs_id = 999999"));
    try {
        fg::gis::test::openProject(fixture.path);
        FAIL("a project without a usable working CRS was opened");
    } catch (const core::ProjectReadOnly &error) {
        CHECK(error.problem().contains(QStringLiteral("EPSG:999999")));
    }
    const LogCheck check = ProjectStores::verify(ProjectLocation::parse(fixture.path));
    CHECK_FALSE(check.passed());
    CHECK(check.integrity.contains(QStringLiteral("working CRS")));
}
