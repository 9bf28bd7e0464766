// SPDX-License-Identifier: MIT
#include "store_fixture.h"

#include "core/input_error.h"
#include "gis/io/layer_reader.h"
#include "gis/geometry/geometry_box.h"
#include "gis/store/reference_reads.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

using namespace fg;
using namespace fg::gis;
using fg::gis::test::SampleProjectFixture;

namespace {

QRectF envelope(const GEOSGeometry *g)
{
    QRectF box;
    geometryEnvelope(g, &box);
    return box;
}

bool meets(const QRectF &a, const QRectF &b)
{
    return a.left() <= b.right() && a.right() >= b.left() && a.top() <= b.bottom() && a.bottom() >= b.top();
}

std::vector<qint64> fids(const VectorLayer &layer)
{
    std::vector<qint64> result;
    for (int row = 0; row < layer.featureCount(); ++row)
        result.push_back(layer.fid(row));
    return result;
}

} // namespace

TEST_CASE("readReference with boxes returns exactly the features whose envelopes meet a box", "[store][reference]")
{
    SampleProjectFixture fixture(false);
    const ProjectStore &store = *fixture.store;
    const VectorLayer all = store.readReference(QStringLiteral("landuse"));
    REQUIRE(all.featureCount() == 2508);
    CHECK(all.crs.epsg == 4547);
    CHECK(all.fieldIndex(QStringLiteral("DLBM")) >= 0);
    const QRectF extent = all.extent();
    std::mt19937 random(20240611);
    std::uniform_real_distribution<double> x(extent.left(), extent.right()), y(extent.top(), extent.bottom()),
        size(1, 800);
    for (int round = 0; round < 12; ++round) {
        FeatureQuery query;
        for (int k = 0; k < 1 + round % 4; ++k)
            query.boxes.push_back(QRectF(x(random), y(random), size(random), size(random)));
        // A box exactly on a feature's envelope edge: touching counts.
        if (round == 0)
            query.boxes.push_back(QRectF(envelope(all.geometry(7)).topRight(), QSizeF(10, 10)));
        std::vector<qint64> expected;
        for (int row = 0; row < all.featureCount(); ++row)
            if (std::any_of(query.boxes.begin(), query.boxes.end(),
                    [&](const QRectF &box) { return meets(envelope(all.geometry(row)), box); }))
                expected.push_back(all.fid(row));
        const VectorLayer read = store.readReference(QStringLiteral("landuse"), query);
        CHECK(fids(read) == expected);
        const std::vector<qint64> allFids = fids(all);
        const int dlbm = all.fieldIndex(QStringLiteral("DLBM"));
        for (int row = 0; row < read.featureCount(); ++row) {
            const auto at = std::find(allFids.begin(), allFids.end(), read.fid(row));
            REQUIRE(at != allFids.end());
            CHECK(read.value(row, dlbm) == all.value(int(at - allFids.begin()), dlbm));
        }
    }
}

TEST_CASE("readReference by fids, by fids and boxes, and the layer as GDAL reads it", "[store][reference]")
{
    SampleProjectFixture fixture(false);
    const ProjectStore &store = *fixture.store;
    FeatureQuery byFid;
    byFid.fids = { 5, 1, 700, 5, 99999 };
    const VectorLayer some = store.readReference(QStringLiteral("basic_farmland"), byFid);
    CHECK(fids(some) == (std::vector<qint64> { 1, 5, 700 }));

    const VectorLayer all = store.readReference(QStringLiteral("basic_farmland"));
    FeatureQuery both;
    both.fids = { 1, 5, 700 };
    both.boxes = { envelope(all.geometry(4)) }; // feature 5's own box
    const VectorLayer narrowed = store.readReference(QStringLiteral("basic_farmland"), both);
    REQUIRE(narrowed.featureCount() >= 1);
    const std::vector<qint64> narrowedFids = fids(narrowed);
    CHECK(std::find(narrowedFids.begin(), narrowedFids.end(), 5) != narrowedFids.end());
    for (qint64 fid : narrowedFids)
        CHECK((fid == 1 || fid == 5 || fid == 700));

    // The same features, fields and values as GDAL reads from the file (what QGIS shows).
    ReadOptions options;
    options.layerName = QStringLiteral("basic_farmland");
    const VectorLayer gdal = readLayer(fixture.path, options);
    REQUIRE(gdal.featureCount() == all.featureCount());
    REQUIRE(gdal.fields.size() == all.fields.size());
    for (size_t k = 0; k < all.fields.size(); ++k) {
        CHECK(all.fields[k].name == gdal.fields[k].name);
        CHECK(all.fields[k].type == gdal.fields[k].type);
    }
    for (int row = 0; row < all.featureCount(); row += 37) {
        CHECK(all.fid(row) == gdal.fid(row));
        CHECK(GEOSEqualsExact_r(geosContext(), all.geometry(row), gdal.geometry(row), 0) == 1);
        for (int k = 0; k < int(all.fields.size()); ++k)
            CHECK(all.value(row, k) == gdal.value(row, k));
    }
    CHECK(all.crs.name == gdal.crs.name);
    CHECK_THROWS_AS(store.readReference(QStringLiteral("incidents")), core::InputError);
    CHECK_THROWS_AS(store.readReference(QStringLiteral("no_such_layer")), core::InputError);
    const auto layers = store.referenceLayers();
    REQUIRE(layers.size() == 4);
    CHECK(layers[0].table == QLatin1String("landuse"));
    CHECK(layers[1].featureCount == all.featureCount());
    CHECK(layers[1].extent.contains(all.extent()));
}

TEST_CASE("Incidents read by boxes through the incidents' R-tree", "[store][reference]")
{
    SampleProjectFixture fixture;
    const ProjectStore &store = *fixture.store;
    const std::vector<IncidentRecord> all = store.incidents(true);
    REQUIRE(all.size() == 39);
    FeatureQuery query;
    query.boxes = { envelope(all[3].geometry.get()) };
    const std::vector<IncidentRecord> near = store.incidents(false, query);
    REQUIRE_FALSE(near.empty());
    CHECK(std::any_of(near.begin(), near.end(), [&](const IncidentRecord &r) { return r.id == all[3].id; }));
    for (const IncidentRecord &r : near)
        CHECK_FALSE(r.geometry);
}

TEST_CASE("readReferences of a GeoPackage reads the second layer on a connection of its own: the same layers, "
          "inside an edit too, and the counts of referenceLayers the same", "[store][reference]")
{
    SampleProjectFixture fixture(false);
    ProjectStore &store = *fixture.store;
    const QString basic = QStringLiteral("basic_farmland");
    const QString landUse = QStringLiteral("landuse");
    const VectorLayer allLand = store.readReference(landUse);
    FeatureQuery near;
    for (int row = 0; row < allLand.featureCount(); row += 97)
        near.boxes.push_back(envelope(allLand.geometry(row)));
    const auto same = [](const VectorLayer &a, const VectorLayer &b) {
        REQUIRE(fids(a) == fids(b));
        CHECK(a.name == b.name);
        CHECK(a.crs.name == b.crs.name);
        for (int row = 0; row < a.featureCount(); ++row) {
            CHECK(GEOSEqualsExact_r(geosContext(), a.geometry(row), b.geometry(row), 0) == 1);
            for (int k = 0; k < int(a.fields.size()); ++k)
                CHECK(a.value(row, k) == b.value(row, k));
        }
    };
    for (const FeatureQuery &query : { FeatureQuery {}, near }) {
        const std::vector<VectorLayer> both = readReferences(store, { basic, landUse }, query);
        REQUIRE(both.size() == 2);
        same(both[0], store.readReference(basic, query));
        same(both[1], store.readReference(landUse, query));
    }
    REQUIRE(readReferences(store, { basic, landUse }, near)[1].featureCount() > 20);
    double last = 0;
    readReferences(store, { basic, landUse }, {}, [&last](double f) {
        CHECK(f >= last);
        last = f;
        return true;
    });
    CHECK(last == 1.0);
    CHECK_THROWS_AS(readReferences(store, { basic, landUse }, {}, [](double f) { return f < 0.25; }), ReadCancelled);
    const std::vector<ReferenceLayerInfo> counted = store.referenceLayers();
    // Inside an edit the store's own connection reads and counts (a reader would not see what
    // the edit holds): the same answers.
    store.inOneEdit([&] {
        const std::vector<VectorLayer> both = readReferences(store, { basic, landUse }, near);
        same(both[1], store.readReference(landUse, near));
        const std::vector<ReferenceLayerInfo> inEdit = store.referenceLayers();
        REQUIRE(inEdit.size() == counted.size());
        for (size_t k = 0; k < counted.size(); ++k)
            CHECK(inEdit[k].featureCount == counted[k].featureCount);
    });
    REQUIRE(counted.size() == 4);
    CHECK(counted[0].featureCount == allLand.featureCount());
    CHECK(counted[1].featureCount == store.readReference(basic).featureCount());
}
