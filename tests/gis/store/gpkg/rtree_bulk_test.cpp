// SPDX-License-Identifier: MIT
// project create packs each reference layer's R-tree once after its rows (gis/store/gpkg/gpkg_rtree*)
// instead of growing it by GDAL's insert trigger per row. The packed tree must hold exactly the
// boxes the trigger would have stored, answer box queries with the same rows, pass SQLite's own
// rtreecheck(), and leave the trigger in place for later edits.
#include "store_fixture.h"

#include "gis/geos_context.h"
#include "gis/sample/sample_layer.h"
#include "gis/sample/sample_layer_writer.h"
#include "gis/store/gpkg/gpkg_geometry_p.h"
#include "gis/store/gpkg/gpkg_rtree_p.h"

#include <catch2/catch.hpp>

#include <QtEndian>

#include <algorithm>
#include <random>
#include <vector>

using namespace fg;
using namespace fg::gis;

namespace {

struct Box
{
    qint64 id;
    double minX, maxX, minY, maxY;
    bool operator==(const Box &o) const
    {
        return id == o.id && minX == o.minX && maxX == o.maxX && minY == o.minY && maxY == o.maxY;
    }
};

std::vector<Box> boxes(SqliteConnection &db, const QString &rtree, const QString &where = {}, const SqlParams &params = {})
{
    auto rows = db.query(QStringLiteral("SELECT id, minx, maxx, miny, maxy FROM %1 %2 ORDER BY id").arg(rtree, where), params);
    std::vector<Box> result;
    while (rows->next())
        result.push_back({ rows->integer(0), rows->real(1), rows->real(2), rows->real(3), rows->real(4) });
    return result;
}

qint64 count(SqliteConnection &db, const QString &sql)
{
    auto rows = db.query(sql);
    REQUIRE(rows->next());
    return rows->integer(0);
}

/// 3,600 quadrilaterals in the sample county, of varied size and non-round coordinates (so
/// that most do not fit a 32-bit float and are rounded outward): more than 51 × 51 rows.
QString writeGrid(const QString &dir)
{
    gis::sample::SampleLayer layer;
    layer.name = QStringLiteral("grid");
    layer.fields.push_back({ QStringLiteral("BH"), FieldType::Text, 20, 0 });
    for (int i = 0; i < 3600; ++i) {
        const double x = 445000.123 + (i % 60) * 37.31, y = 4003500.457 + (i / 60) * 41.17;
        const double w = 11.1 + (i % 7) * 2.9, h = 9.7 + (i % 5) * 3.3;
        layer.add({ QStringLiteral("G%1").arg(i) },
            fromWkt(QStringLiteral("POLYGON((%1 %2,%3 %2,%3 %4,%1 %4,%1 %2))")
                        .arg(x, 0, 'f', 4)
                        .arg(y, 0, 'f', 4)
                        .arg(x + w, 0, 'f', 4)
                        .arg(y + h, 0, 'f', 4)));
    }
    gis::sample::SampleLayerWriter(4547).writeShapefile(layer, dir);
    return QDir(dir).filePath(QStringLiteral("grid.shp"));
}

/// The sample county's project with the grid as its basic farmland, created in @p dir.
QString createdWithGrid(const QTemporaryDir &dir, const QString &name)
{
    ProjectSources sources = test::sampleSources();
    sources.basicFarmland = writeGrid(dir.path());
    const QString path = dir.filePath(name);
    ProjectBuilder::create(ProjectLocation::parse(path), sources, test::tester()).store.reset();
    return path;
}

} // namespace

TEST_CASE("project create packs each R-tree once: the trigger's boxes, the same query answers, rtreecheck ok",
    "[store][gpkg][rtree]")
{
    QTemporaryDir dir;
    SqliteConnection db(createdWithGrid(dir, QStringLiteral("packed.gpkg")), SqliteConnection::Mode::ReadWrite);
    registerGpkgFunctions(db.handle());
    for (const char *table : { "basic_farmland", "landuse", "townships", "villages" }) {
        INFO(table);
        const QString rtree = QStringLiteral("rtree_%1_geom").arg(QString::fromLatin1(table));
        auto check = db.query(QStringLiteral("SELECT rtreecheck(?1)"), { rtree });
        REQUIRE(check->next());
        CHECK(check->text(0) == QStringLiteral("ok"));
        check.reset();
        // The insert trigger is back for later edits.
        CHECK(db.query(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?1"),
                    { rtree + QStringLiteral("_insert") })
                  ->next());
        // What GDAL's trigger would have stored: the same rows through SQLite's rtree module.
        db.script(QStringLiteral("DROP TABLE IF EXISTS ref; CREATE VIRTUAL TABLE ref USING rtree(id, minx, maxx, miny, maxy); "
                                 "INSERT INTO ref SELECT fid, ST_MinX(geom), ST_MaxX(geom), ST_MinY(geom), ST_MaxY(geom) "
                                 "FROM \"%1\" WHERE geom NOT NULL AND NOT ST_IsEmpty(geom)")
                      .arg(QString::fromLatin1(table)));
        const std::vector<Box> packed = boxes(db, rtree), triggered = boxes(db, QStringLiteral("ref"));
        CHECK(qint64(packed.size()) == count(db, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(QString::fromLatin1(table))));
        CHECK(packed == triggered); // every row's box, bit for bit
        std::mt19937 random(4547);
        std::uniform_real_distribution<double> x(444000, 448500), y(4002500, 4007000), size(1, 600);
        for (int round = 0; round < 40; ++round) {
            const double x0 = x(random), y0 = y(random), x1 = x0 + size(random), y1 = y0 + size(random);
            const QString where = QStringLiteral("WHERE maxx >= ?1 AND minx <= ?2 AND maxy >= ?3 AND miny <= ?4");
            CHECK(boxes(db, rtree, where, { x0, x1, y0, y1 }) == boxes(db, QStringLiteral("ref"), where, { x0, x1, y0, y1 }));
        }
    }
    // 3,600 rows at 51 cells a node: 71 leaves, 2 inner nodes, the root above them (depth 2).
    auto root = db.query(QStringLiteral("SELECT data FROM rtree_basic_farmland_geom_node WHERE nodeno = 1"));
    REQUIRE(root->next());
    const QByteArray data = root->blob(0);
    CHECK(qFromBigEndian<quint16>(data.constData()) == 2);
    CHECK(qFromBigEndian<quint16>(data.constData() + 2) == 2);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM rtree_basic_farmland_geom_node")) == 1 + 2 + 71);
}

TEST_CASE("an R-tree packed from boxes in any order names each row's leaf and each node's parent", "[store][gpkg][rtree]")
{
    // The pack writes _rowid and _parent in the order of their ids, not the tree's: given the
    // rows' boxes shuffled, the tree must still map every row and node to where it lies
    // (rtreecheck compares the shadow tables with the nodes) and answer as the trigger's would.
    QTemporaryDir dir;
    SqliteConnection db(createdWithGrid(dir, QStringLiteral("repacked.gpkg")), SqliteConnection::Mode::ReadWrite);
    registerGpkgFunctions(db.handle());
    const QString rtree = QStringLiteral("rtree_basic_farmland_geom");
    const std::vector<Box> before = boxes(db, rtree);
    REQUIRE(before.size() == 3600);
    std::vector<GpkgRtree::Box> shuffled;
    auto rows = db.query(QStringLiteral("SELECT fid, ST_MinX(geom), ST_MaxX(geom), ST_MinY(geom), ST_MaxY(geom) FROM basic_farmland"));
    while (rows->next())
        shuffled.push_back({ rows->integer(0), rows->real(1), rows->real(2), rows->real(3), rows->real(4) });
    rows.reset();
    std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(15));
    {
        SqlTransaction transaction(db);
        db.script(QStringLiteral("DELETE FROM %1_rowid; DELETE FROM %1_parent; DELETE FROM %1_node WHERE nodeno > 1").arg(rtree));
        GpkgRtree::pack(db, QStringLiteral("basic_farmland"), shuffled);
        transaction.commit();
    }
    auto check = db.query(QStringLiteral("SELECT rtreecheck(?1)"), { rtree });
    REQUIRE(check->next());
    CHECK(check->text(0) == QStringLiteral("ok"));
    check.reset();
    CHECK(boxes(db, rtree) == before);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM %1_rowid").arg(rtree)) == 3600);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM %1_parent").arg(rtree)) == 2 + 71);
    // Each row is found by a box around its own, through the tree.
    for (const Box &row : { before.front(), before[1789], before.back() }) {
        const auto found = boxes(db, rtree, QStringLiteral("WHERE maxx >= ?1 AND minx <= ?2 AND maxy >= ?3 AND miny <= ?4"),
            { row.minX, row.maxX, row.minY, row.maxY });
        CHECK(std::find(found.begin(), found.end(), row) != found.end());
    }
}
