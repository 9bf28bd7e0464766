// SPDX-License-Identifier: MIT
// A streamed project create sets GDAL's feature-count triggers aside while it writes a layer
// (GpkgCountTriggers, docs/design/create-proof.md): they must come back SQL for SQL and in
// GDAL's order (the file's schema is the whole-layer create's), the counts must be the rows
// written, and later edits must be counted again.
#include "store_fixture.h"

#include "gis/store/gpkg/gpkg_count_triggers_p.h"
#include "gis/store/gpkg/gpkg_geometry_p.h"

#include <catch2/catch.hpp>

using namespace fg;
using namespace fg::gis;
using fg::gis::test::sampleSources;
using fg::gis::test::tester;

namespace {

/// Every schema object of the file in the order SQLite keeps them (what sqlite3 .dump prints).
QStringList schemaOf(const QString &path)
{
    SqliteConnection db(path, SqliteConnection::Mode::ReadOnly);
    QStringList objects;
    for (auto rows = db.query(QStringLiteral("SELECT type || '|' || name || '|' || ifnull(sql, '') FROM sqlite_master ORDER BY rowid"));
         rows->next();)
        objects << rows->text(0);
    return objects;
}

qint64 countOf(SqliteConnection &db, const QString &table)
{
    auto rows = db.query(QStringLiteral("SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = ?1"), { table });
    REQUIRE(rows->next());
    return rows->integer(0);
}

} // namespace

TEST_CASE("A streamed create puts GDAL's feature-count triggers back where they were, and they count later edits",
    "[project][create]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QStringList schemas[2];
    for (const bool whole : { true, false }) {
        ProjectSources sources = sampleSources();
        sources.wholeLayers = whole; // the whole-layer create never drops the count triggers
        const QString path = dir.filePath(whole ? QStringLiteral("whole.gpkg") : QStringLiteral("streamed.gpkg"));
        ProjectCreated created = ProjectBuilder::create(ProjectLocation::parse(path), sources, tester());
        CHECK(created.streamed == !whole);
        created.store.reset();
        schemas[whole ? 0 : 1] = schemaOf(path);
    }
    CHECK(schemas[0].filter(QStringLiteral("trigger_insert_feature_count_landuse")).size() == 1);
    CHECK(schemas[0].filter(QStringLiteral("trigger_delete_feature_count_landuse")).size() == 1);
    REQUIRE(schemas[0].size() == schemas[1].size());
    for (int i = 0; i < schemas[0].size(); ++i) {
        INFO("schema object " << i);
        CHECK(schemas[0][i] == schemas[1][i]);
    }

    SqliteConnection db(dir.filePath(QStringLiteral("streamed.gpkg")), SqliteConnection::Mode::ReadWrite);
    registerGpkgFunctions(db.handle()); // the R-tree's triggers call ST_IsEmpty …
    const qint64 written = countOf(db, QStringLiteral("landuse"));
    {
        auto rows = db.query(QStringLiteral("SELECT COUNT(*) FROM landuse"));
        REQUIRE(rows->next());
        CHECK(written == rows->integer(0));
        CHECK(written == 2508);
    }
    db.execute(QStringLiteral("INSERT INTO landuse (geom) SELECT geom FROM landuse WHERE fid = 1"));
    CHECK(countOf(db, QStringLiteral("landuse")) == written + 1);
    db.execute(QStringLiteral("DELETE FROM landuse WHERE fid <= 2"));
    CHECK(countOf(db, QStringLiteral("landuse")) == written - 1);
}

TEST_CASE("GpkgCountTriggers sets aside only a table's own count triggers and restores them in order", "[project][create]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sample.gpkg"));
    ProjectCreated created = ProjectBuilder::create(ProjectLocation::parse(path), sampleSources(), tester());
    created.store.reset();
    const QStringList before = schemaOf(path);
    SqliteConnection db(path, SqliteConnection::Mode::ReadWrite);
    registerGpkgFunctions(db.handle());
    const QStringList triggers = GpkgCountTriggers::setAside(db, QStringLiteral("townships"));
    REQUIRE(triggers.size() == 2);
    CHECK(triggers[0].contains(QStringLiteral("trigger_insert_feature_count_townships")));
    CHECK(triggers[1].contains(QStringLiteral("trigger_delete_feature_count_townships")));
    const qint64 count = countOf(db, QStringLiteral("townships"));
    db.execute(QStringLiteral("INSERT INTO townships (geom) SELECT geom FROM townships WHERE fid = 1"));
    CHECK(countOf(db, QStringLiteral("townships")) == count); // not counted while set aside
    CHECK(countOf(db, QStringLiteral("landuse")) == 2508); // another table's triggers untouched
    db.execute(QStringLiteral("DELETE FROM townships WHERE fid = (SELECT MAX(fid) FROM townships)"));
    GpkgCountTriggers::restore(db, triggers);
    CHECK(GpkgCountTriggers::setAside(db, QStringLiteral("no_such_table")).isEmpty());
    db.execute(QStringLiteral("INSERT INTO townships (geom) SELECT geom FROM townships WHERE fid = 1"));
    CHECK(countOf(db, QStringLiteral("townships")) == count + 1);
    db.execute(QStringLiteral("DELETE FROM townships WHERE fid = (SELECT MAX(fid) FROM townships)"));
    CHECK(countOf(db, QStringLiteral("townships")) == count);
    const QStringList after = schemaOf(path);
    CHECK(after.size() == before.size());
    // The restored pair is last now, in its order; everything else as it was.
    CHECK(after.filter(QStringLiteral("feature_count_townships")) == before.filter(QStringLiteral("feature_count_townships")));
}
