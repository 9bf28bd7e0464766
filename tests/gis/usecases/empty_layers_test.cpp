// SPDX-License-Identifier: MIT
// A reference layer that holds no feature measures 0 m² against every incident: an empty
// basic-farmland file would flag no case without a word. Reading layer files and creating a
// project both say so, naming the file; a layer read only near the incidents is not "empty".
#include "../io/fixture_writer.h"

#include "gis/usecases/empty_layers.h"
#include "gis/usecases/layer_files.h"
#include "gis/usecases/project_builder.h"

#include <QDir>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace fg;
using namespace fg::gis;

namespace {

constexpr double kX = 446000, kY = 4007000; // inside EPSG:4547 (CM 114E), Pingshun County

/// A polygon shapefile in EPSG:4547 named @p name holding @p wkts (an empty text: a null geometry).
QString layer(const QTemporaryDir &dir, const QString &name, const QStringList &wkts)
{
    fixture::ShapefileSpec spec;
    spec.name = name;
    spec.fields = { QStringLiteral("DLBM") };
    spec.epsg = 4547;
    for (const QString &wkt : wkts)
        spec.features.push_back({ wkt, { QStringLiteral("0103") } });
    return fixture::writeShapefile(dir.path(), spec);
}

/// How many of @p warnings are the empty-layer warning for @p path.
qsizetype emptyWarnings(const QStringList &warnings, const QString &path)
{
    return warnings.count(emptyLayerWarning(path));
}

} // namespace

TEST_CASE("Reading layer files names a reference layer that holds no features", "[usecases][empty]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString incidents = layer(dir, QStringLiteral("incidents"), { fixture::squareWkt(kX, kY, 100) });
    const QString cultivated = layer(dir, QStringLiteral("landuse"), { fixture::squareWkt(kX + 50, kY, 100) });
    const QString empty = layer(dir, QStringLiteral("basic_empty"), {});
    // Every feature skipped (a null geometry) leaves the layer as empty as an empty file.
    const QString skipped = layer(dir, QStringLiteral("basic_null"), { QString() });

    for (const bool near : { false, true }) {
        INFO("read only near the incidents: " << near);
        LayerFileOptions options;
        options.onlyNearFirst = near;
        const LayerFiles files = readLayerFiles({ incidents, empty, skipped, cultivated }, options);
        REQUIRE(files.layers.size() == 4);
        CHECK(files.layers[1]->featureCount() == 0);
        CHECK(files.layers[2]->featureCount() == 0);
        CHECK(emptyWarnings(files.warnings, empty) == 1);
        CHECK(emptyWarnings(files.warnings, skipped) == 1);
        CHECK(emptyWarnings(files.warnings, incidents) == 0);
        CHECK(emptyWarnings(files.warnings, cultivated) == 0);
        CHECK(files.warnings.filter(QStringLiteral("null or empty geometry, feature ids: 0")).size() == 1);
    }
}

TEST_CASE("A layer read only near the incidents that keeps none of its parcels is not called empty", "[usecases][empty]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString incidents = layer(dir, QStringLiteral("incidents"), { fixture::squareWkt(kX, kY, 100) });
    // Three parcels 5 km away: the read near the incident keeps none, yet the file has features.
    const QString far = layer(dir, QStringLiteral("basic_far"),
        { fixture::squareWkt(kX + 5000, kY, 50), fixture::squareWkt(kX + 5100, kY, 50), fixture::squareWkt(kX + 5200, kY, 50) });
    LayerFileOptions options;
    options.onlyNearFirst = true;
    options.nearMinFeatures = 0; // small fixtures: read in part all the same
    const LayerFiles files = readLayerFiles({ incidents, far }, options);
    REQUIRE(files.layers.size() == 2);
    REQUIRE(files.layers[1]->featureCount() == 0);
    REQUIRE_FALSE(files.layers[1]->sourceExtent.isNull()); // it was read in part
    CHECK_FALSE(readWholeAndEmpty(*files.layers[1]));
    CHECK(emptyWarnings(files.warnings, far) == 0);
}

TEST_CASE("Creating a project from an empty basic-farmland layer warns, streamed or whole", "[usecases][empty][project]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QDir sample(QStringLiteral(FG_SAMPLE_DIR));
    ProjectSources sources;
    sources.basicFarmland = layer(dir, QStringLiteral("basic_empty"), {});
    sources.cultivated = sample.filePath(QStringLiteral("landuse.shp"));
    sources.boundaries = sample.filePath(QStringLiteral("townships.shp"));
    const OperatorIdentity who { QStringLiteral("王测试"), QStringLiteral("county land officer") };
    QStringList warningsOf[2];
    for (const bool whole : { false, true }) {
        INFO("whole layers: " << whole);
        sources.wholeLayers = whole;
        const QString path = dir.filePath(whole ? QStringLiteral("whole.gpkg") : QStringLiteral("streamed.gpkg"));
        ProjectCreated created = ProjectBuilder::create(ProjectLocation::parse(path), sources, who);
        REQUIRE(created.store);
        CHECK(created.layerSummary.filter(QStringLiteral("basic_farmland: 0 features")).size() == 1);
        CHECK(emptyWarnings(created.warnings, sources.basicFarmland) == 1);
        CHECK(emptyWarnings(created.warnings, sources.cultivated) == 0);
        CHECK(emptyWarnings(created.warnings, sources.boundaries) == 0);
        warningsOf[whole] = created.warnings;
    }
    CHECK(warningsOf[0] == warningsOf[1]);
}
