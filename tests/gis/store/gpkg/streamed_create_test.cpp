// SPDX-License-Identifier: MIT
// project create reads, checks and writes the layers chunk by chunk on two threads (StreamedLayers,
// GpkgLayerWriter; docs/design/create-streaming.md). The file must be the one the whole-layer
// create writes: the same rows, fids, values and geometry bytes, the same R-tree nodes, extents,
// counts and layer hashes, the same warnings; a parcel repaired or skipped in a later chunk is
// treated as before; a cancel in the middle leaves nothing.
#include "store_fixture.h"

#include "../../io/fixture_writer.h"
#include "gis/store/layer_hash.h"
#include "gis/usecases/streamed_layers.h"

#include <catch2/catch.hpp>

using namespace fg;
using namespace fg::gis;
using fg::gis::test::sampleSources;
using fg::gis::test::tester;

namespace {

/// The first column of every row of @p sql (each query below quotes its cells into one text).
QStringList dump(const QString &path, const QString &sql)
{
    SqliteConnection db(path, SqliteConnection::Mode::ReadOnly);
    QStringList lines;
    for (auto rows = db.query(sql); rows->next();)
        lines << rows->text(0);
    return lines;
}

/// The reference tables' rows, R-trees, extents, counts and kept hashes of a project file.
QStringList contents(const QString &path, const QStringList &tables)
{
    QStringList all;
    for (const QString &t : tables) {
        SqliteConnection db(path, SqliteConnection::Mode::ReadOnly);
        QStringList columns;
        for (auto rows = db.query(QStringLiteral("SELECT name FROM pragma_table_info(?1) ORDER BY cid"), { t }); rows->next();)
            columns << QStringLiteral("quote(\"%1\")").arg(rows->text(0));
        REQUIRE(columns.size() >= 2);
        const QString row = QStringLiteral("SELECT %1 AS c0 FROM \"%2\" ORDER BY fid")
                                .arg(columns.join(QStringLiteral(" || '|' || ")), t);
        all << t << dump(path, row);
        for (const char *shadow : { "node", "rowid", "parent" })
            all << dump(path,
                QStringLiteral("SELECT quote(%1) || '|' || quote(%2) AS c0 FROM \"rtree_%3_geom_%4\" ORDER BY 1")
                    .arg(QLatin1String(shadow) == QLatin1String("node") ? QStringLiteral("nodeno") : QStringLiteral("rowid"),
                        QLatin1String(shadow) == QLatin1String("node") ? QStringLiteral("data")
                            : QLatin1String(shadow) == QLatin1String("rowid") ? QStringLiteral("nodeno")
                                                                              : QStringLiteral("parentnode"),
                        t, QLatin1String(shadow)));
    }
    all << dump(path, QStringLiteral("SELECT table_name || '|' || quote(min_x) || quote(min_y) || quote(max_x) || quote(max_y) AS c0 "
                                     "FROM gpkg_contents ORDER BY table_name"));
    all << dump(path, QStringLiteral("SELECT table_name || '|' || feature_count AS c0 FROM gpkg_ogr_contents ORDER BY table_name"));
    all << dump(path, QStringLiteral("SELECT table_name || '|' || features || '|' || sha256 AS c0 FROM layer_hashes ORDER BY table_name"));
    return all;
}

struct Built
{
    QStringList contents;
    QStringList warnings;
    QStringList summary;
    int epsg = 0;
    QString how;
    bool streamed = false;
};

Built build(const QString &path, ProjectSources sources, bool whole, const QStringList &tables)
{
    sources.wholeLayers = whole;
    ProjectCreated created = ProjectBuilder::create(ProjectLocation::parse(path), sources, tester());
    created.store.reset();
    // verify-log --full: the chain, the data against the log, each kept hash against the rows.
    LogCheckOptions full;
    full.layerContent = true;
    full.fullIntegrity = true;
    const LogCheck check = ProjectStores::verify(ProjectLocation::parse(path), full);
    CHECK(check.passed());
    CHECK(check.rowsChecked.value(QStringLiteral("layer content")) == tables.size());
    return { contents(path, tables), created.warnings, created.layerSummary, created.workingEpsg, created.workingHow,
        created.streamed };
}

void requireSame(const Built &whole, const Built &streamed)
{
    REQUIRE(whole.contents.size() == streamed.contents.size());
    for (int i = 0; i < whole.contents.size(); ++i) {
        INFO("line " << i);
        REQUIRE(whole.contents[i] == streamed.contents[i]);
    }
    CHECK(whole.warnings == streamed.warnings);
    CHECK(whole.summary == streamed.summary);
    CHECK(whole.epsg == streamed.epsg);
    CHECK(whole.how == streamed.how);
}

/// @p count parcels in rows of 100 (more than two chunks of StreamedLayers::kChunk), in EPSG:4547
/// (Pingshun); parcel @p bowtie (0-based) self-intersects (repaired), parcel @p empty has no geometry.
QString parcels(const QString &dir, const QString &name, int count, int bowtie, int empty, const QString &last = {})
{
    fixture::ShapefileSpec spec;
    spec.name = name;
    spec.fields = { QStringLiteral("DLBM"), QStringLiteral("BSM") };
    spec.epsg = 4547;
    for (int i = 0; i < count; ++i) {
        const double x = 446000.125 + (i % 100) * 30.5, y = 4007000.375 + (i / 100) * 30.5;
        const QString wkt = i == bowtie ? QStringLiteral("POLYGON ((%1 %2, %3 %4, %3 %2, %1 %4, %1 %2))")
                                              .arg(x, 0, 'f', 3)
                                              .arg(y, 0, 'f', 3)
                                              .arg(x + 20, 0, 'f', 3)
                                              .arg(y + 20, 0, 'f', 3)
            : i == empty ? QString()
                         : fixture::squareWkt(x, y, 20 + (i % 7));
        spec.features.push_back({ wkt, { i % 3 ? QStringLiteral("0103") : QStringLiteral("0101"), QString::number(i) } });
    }
    if (!last.isEmpty())
        spec.features.push_back({ last, { QStringLiteral("0103"), QString::number(count) } });
    return fixture::writeShapefile(dir, spec);
}

QString township(const QString &dir)
{
    fixture::ShapefileSpec spec;
    spec.name = QStringLiteral("townships");
    spec.fields = { QStringLiteral("XZQMC") };
    spec.epsg = 4547;
    spec.features.push_back({ fixture::squareWkt(445000, 4006000, 6000), { QStringLiteral("龙溪镇") } });
    return fixture::writeShapefile(dir, spec);
}

const QStringList kSampleTables { QStringLiteral("basic_farmland"), QStringLiteral("landuse"), QStringLiteral("townships"),
    QStringLiteral("villages") };

} // namespace

TEST_CASE("A streamed project create writes the file the whole-layer create writes", "[project][create]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // The sample: 2,508 land-use parcels (two chunks), basic farmland with repaired flaws, GBK text.
    const Built whole = build(dir.filePath(QStringLiteral("whole.gpkg")), sampleSources(), true, kSampleTables);
    const Built streamed = build(dir.filePath(QStringLiteral("streamed.gpkg")), sampleSources(), false, kSampleTables);
    CHECK(whole.contents.size() > 2508 + 761);
    CHECK_FALSE(whole.streamed);
    CHECK(streamed.streamed);
    requireSame(whole, streamed);
}

TEST_CASE("A parcel repaired or skipped in a later chunk is treated as in the whole-layer create", "[project][create]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ProjectSources sources;
    // 5,000 parcels: the bowtie and the empty one lie in the third chunk of 2,048.
    REQUIRE(StreamedLayers::kChunk * 2 < 4600);
    sources.cultivated = parcels(dir.path(), QStringLiteral("landuse"), 5000, 4600, 4700);
    sources.basicFarmland = parcels(dir.path(), QStringLiteral("basic"), 4200, 4150, 4190);
    sources.boundaries = township(dir.path());
    const QStringList tables { QStringLiteral("basic_farmland"), QStringLiteral("landuse"), QStringLiteral("townships") };
    const Built whole = build(dir.filePath(QStringLiteral("whole.gpkg")), sources, true, tables);
    const Built streamed = build(dir.filePath(QStringLiteral("streamed.gpkg")), sources, false, tables);
    CHECK(streamed.streamed);
    requireSame(whole, streamed);
    // The source's fids (0-based) name the repaired and skipped parcels; 4,999 rows are kept.
    CHECK(streamed.warnings.filter(QStringLiteral("repaired with GEOS MakeValid, feature ids: 4600")).size() == 1);
    CHECK(streamed.warnings.filter(QStringLiteral("null or empty geometry, feature ids: 4700")).size() == 1);
    CHECK(streamed.summary.filter(QStringLiteral("landuse: 4999 features")).size() == 1);
}

TEST_CASE("Cancelling a streamed create in the middle of a layer leaves no project", "[project][create]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ProjectSources sources;
    sources.cultivated = parcels(dir.path(), QStringLiteral("landuse"), 5000, -1, -1);
    sources.basicFarmland = parcels(dir.path(), QStringLiteral("basic"), 3000, -1, -1);
    sources.boundaries = township(dir.path());
    const QString path = dir.filePath(QStringLiteral("cancelled.gpkg"));
    double last = 0;
    bool midLayer = false;
    const auto cancel = [&](double fraction, const QString &) {
        last = fraction;
        // Land use is the second of three layers (0.233 … 0.467 of the progress): stop inside it.
        midLayer = fraction > 0.3 && fraction < 0.45;
        return !midLayer;
    };
    CHECK_THROWS_AS(ProjectBuilder::create(ProjectLocation::parse(path), sources, tester(), cancel), ReadCancelled);
    CHECK(midLayer);
    CHECK_FALSE(QFile::exists(path));
    CHECK(QDir(dir.path()).entryList({ QStringLiteral("*cancelled.gpkg*") }, QDir::Files | QDir::Hidden).isEmpty());
    // And the same sources build afterwards.
    CHECK(ProjectBuilder::create(ProjectLocation::parse(path), sources, tester()).store);
}

TEST_CASE("A shapefile whose header extent misleads the working CRS is read whole, with the same result", "[project][create]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ProjectSources sources;
    // The last parcel, 20 km west of the others, has no area (its ring goes out and back): the
    // repair leaves nothing and it is skipped. The header's extent counts it, the rows kept do
    // not, so the working CRS's reason (the data's centre) read from the headers is not the one
    // the rows give.
    sources.cultivated = parcels(dir.path(), QStringLiteral("landuse"), 3000, -1, -1,
        QStringLiteral("POLYGON ((426000 4007000, 426010 4007000, 426020 4007000, 426000 4007000))"));
    sources.basicFarmland = parcels(dir.path(), QStringLiteral("basic"), 2500, -1, -1);
    sources.boundaries = township(dir.path());
    const QStringList tables { QStringLiteral("basic_farmland"), QStringLiteral("landuse"), QStringLiteral("townships") };
    const Built whole = build(dir.filePath(QStringLiteral("whole.gpkg")), sources, true, tables);
    const Built streamed = build(dir.filePath(QStringLiteral("streamed.gpkg")), sources, false, tables);
    CHECK_FALSE(streamed.streamed); // started streamed, found out at the end, built again whole
    requireSame(whole, streamed);
    CHECK(streamed.warnings.filter(QStringLiteral("nothing left after repair, feature ids: 3000")).size() == 1);
    CHECK(QDir(dir.path()).entryList({ QStringLiteral(".streamed.gpkg.building-*") }, QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("One, two or three checking threads write the file the whole-layer create writes", "[project][create]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ProjectSources sources;
    // A bowtie (repaired) and an empty parcel (skipped) in the third chunk of land use, a bowtie
    // in the second chunk of basic farmland, and townships in CGCS2000 geographic coordinates,
    // transformed on the checking threads.
    sources.cultivated = parcels(dir.path(), QStringLiteral("landuse"), 5000, 4600, 4700);
    sources.basicFarmland = parcels(dir.path(), QStringLiteral("basic"), 4200, 2100, -1);
    fixture::ShapefileSpec towns;
    towns.name = QStringLiteral("townships");
    towns.fields = { QStringLiteral("XZQMC") };
    towns.epsg = 4490;
    towns.features.push_back({ QStringLiteral("POLYGON ((113.35 36.18, 113.45 36.18, 113.45 36.25, 113.35 36.25, 113.35 36.18))"),
        { QStringLiteral("龙溪镇") } });
    sources.boundaries = fixture::writeShapefile(dir.path(), towns);
    const QStringList tables { QStringLiteral("basic_farmland"), QStringLiteral("landuse"), QStringLiteral("townships") };
    const Built whole = build(dir.filePath(QStringLiteral("whole.gpkg")), sources, true, tables);
    CHECK(whole.epsg == 4547);
    for (int threads : { 1, 3 }) {
        INFO(threads << " checking threads");
        sources.checkThreads = threads;
        const Built streamed = build(dir.filePath(QStringLiteral("streamed%1.gpkg").arg(threads)), sources, false, tables);
        CHECK(streamed.streamed);
        requireSame(whole, streamed);
        CHECK(streamed.warnings.filter(QStringLiteral("repaired with GEOS MakeValid, feature ids: 4600")).size() == 1);
        CHECK(streamed.warnings.filter(QStringLiteral("repaired with GEOS MakeValid, feature ids: 2100")).size() == 1);
        CHECK(streamed.summary.filter(QStringLiteral("landuse: 4999 features")).size() == 1);
        CHECK(streamed.summary.filter(QStringLiteral("basic_farmland: 4200 features")).size() == 1);
    }
}
