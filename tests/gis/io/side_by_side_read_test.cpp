// SPDX-License-Identifier: MIT
// The parcel layers of `analyze` read side by side (one thread each, issue 15, third round):
// the layers come back in the order of the paths with their own rows, figures as by hand, and
// errors as a sequential read gives them. Also the per-thread CRS check cache.
#include "fixture_writer.h"

#include "core/input_error.h"
#include "gis/analysis/encroachment_analysis.h"
#include "gis/io/crs_detection.h"
#include "gis/io/layer_reader.h"
#include "gis/io/working_crs.h"
#include "gis/usecases/layer_files.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <future>

using namespace fg;
using namespace fg::gis;

namespace {

constexpr double kX = 446000, kY = 4007000; // inside EPSG:4547 (CM 114E)

QString rectangle(double x, double y, double w, double h)
{
    return QStringLiteral("POLYGON ((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2))")
        .arg(x, 0, 'f', 3)
        .arg(y, 0, 'f', 3)
        .arg(x + w, 0, 'f', 3)
        .arg(y + h, 0, 'f', 3);
}

/// A layer @p name of @p far 10 m squares 1 km south of the incident, then @p near with class @p code.
QString layer(
    const QTemporaryDir &dir, const QString &name, int far, const QString &near, const QString &code)
{
    fixture::ShapefileSpec spec;
    spec.name = name;
    spec.fields = { QStringLiteral("DLBM") };
    spec.epsg = 4547;
    for (int i = 0; i < far; ++i)
        spec.features.push_back({ rectangle(kX + 20.0 * i, kY - 1000, 10, 10), { QStringLiteral("0101") } });
    spec.features.push_back({ near, { code } });
    return fixture::writeShapefile(dir.path(), spec);
}

QString incident(const QTemporaryDir &dir)
{
    fixture::ShapefileSpec spec;
    spec.name = QStringLiteral("incidents");
    spec.fields = { QStringLiteral("JCBH") };
    spec.epsg = 4547;
    spec.features.push_back({ rectangle(kX, kY, 100, 100), { QStringLiteral("JC1") } });
    return fixture::writeShapefile(dir.path(), spec);
}

LayerFiles readNear(const QStringList &paths)
{
    LayerFileOptions options;
    options.onlyNearFirst = true;
    options.nearMinFeatures = 0;
    return readLayerFiles(paths, options);
}

/// The file the InputError @p paths' near read throws, or an empty string.
QString errorOf(const QStringList &paths)
{
    try {
        readNear(paths);
    } catch (const core::InputError &e) {
        return e.file();
    }
    return {};
}

} // namespace

TEST_CASE("Parcel layers read side by side come back in the order of the paths", "[io][near]")
{
    QTemporaryDir dir;
    // Basic farmland: 40 m × 100 m on the incident's west side = 4,000 m²; cultivated (0103):
    // 100 m × 30 m along its south side = 3,000 m², of it 40 × 30 = 1,200 m² in basic farmland.
    const QString basic
        = layer(dir, QStringLiteral("basic"), 300, rectangle(kX, kY, 40, 100), QStringLiteral("0101"));
    const QString cultivated = layer(
        dir, QStringLiteral("cultivated"), 700, rectangle(kX, kY - 10, 100, 40), QStringLiteral("0103"));
    for (int run = 0; run < 10; ++run) { // the threads finish in any order: the result must not
        const LayerFiles files = readNear({ incident(dir), basic, cultivated });
        REQUIRE(files.layers.size() == 3);
        CHECK(files.layers.at(1)->sourcePath == basic);
        CHECK(files.layers.at(2)->sourcePath == cultivated);
        REQUIRE(files.layers.at(1)->featureCount() == 1);
        REQUIRE(files.layers.at(2)->featureCount() == 1);
        CHECK(files.layers.at(1)->fid(0) == 300); // the near parcel, the far ones unread
        CHECK(files.layers.at(2)->fid(0) == 700);
        EncroachmentRequest request;
        request.incidents = files.layers.at(0).get();
        request.basicFarmland = files.layers.at(1).get();
        request.cultivated = files.layers.at(2).get();
        request.workingEpsg = files.working.epsg;
        const Occupation o = analyzeEncroachment(request).incidents.at(0).occupation;
        CHECK(o.basicFarmland.planar == Approx(4000).margin(1e-6));
        CHECK(o.cultivated.planar == Approx(3000).margin(1e-6));
        CHECK(o.cultivatedOutsideBasicFarmland.planar == Approx(1800).margin(1e-6));
    }
}

TEST_CASE("A failed side-by-side read names the layer a sequential read would name", "[io][near]")
{
    QTemporaryDir dir;
    const QString inc = incident(dir);
    const QString good
        = layer(dir, QStringLiteral("good"), 50, rectangle(kX, kY, 40, 100), QStringLiteral("0101"));
    const QString bad1 = dir.filePath(QStringLiteral("bad1.shp")),
                  bad2 = dir.filePath(QStringLiteral("bad2.shp"));
    for (const QString &path : { bad1, bad2 }) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not a shapefile at all, just text");
    }
    CHECK(errorOf({ inc, bad1, bad2 }) == bad1); // both broken: the first, as read in turn
    CHECK(errorOf({ inc, good, bad2 }) == bad2); // the last one read on the calling thread
    CHECK(errorOf({ inc, bad1, good }) == bad1); // the one on the other thread
    CHECK(errorOf({ inc, good, good }).isEmpty());
}

TEST_CASE("The CRS check gives the same answer from its per-thread cache", "[io][crs]")
{
    const CrsDecision crs = identifyCrs(QStringLiteral("EPSG:4547"), QStringLiteral("test"));
    REQUIRE(crs.epsg == 4547);
    const QRectF fits(QPointF(kX, kY), QPointF(kX + 1000, kY + 1000));
    const QRectF wrong(QPointF(39446000, kY), QPointF(39447000, kY + 1000)); // a zone number in x
    const QString first = crsExtentMismatch(crs, wrong);
    CHECK(first.contains(QStringLiteral("does not fit")));
    CHECK(crsExtentMismatch(crs, fits).isEmpty()); // cached transformation, another extent
    CHECK(crsExtentMismatch(crs, wrong) == first);
    // Another thread builds its own: the same words.
    CHECK(std::async(std::launch::async, [&] { return crsExtentMismatch(crs, wrong); }).get() == first);
    CHECK(std::async(std::launch::async, [&] { return crsExtentMismatch(crs, fits); }).get().isEmpty());
}

TEST_CASE("A polygon the reader found valid is marked so until its geometry changes", "[io][valid]")
{
    QTemporaryDir dir;
    fixture::ShapefileSpec spec;
    spec.name = QStringLiteral("parcels");
    spec.fields = { QStringLiteral("DLBM") };
    spec.epsg = 4547;
    spec.features.push_back({ rectangle(kX, kY, 10, 10), { QStringLiteral("0101") } });
    // A bow-tie: invalid (self-intersection), repaired by MakeValid into two triangles.
    spec.features.push_back({ QStringLiteral("POLYGON ((%1 %2, %3 %4, %3 %2, %1 %4, %1 %2))")
                                  .arg(kX, 0, 'f', 3)
                                  .arg(kY, 0, 'f', 3)
                                  .arg(kX + 10, 0, 'f', 3)
                                  .arg(kY + 10, 0, 'f', 3),
        { QStringLiteral("0101") } });
    ReadOptions options;
    options.expectedKind = GeometryKind::Polygon;
    VectorLayer layer = readLayer(fixture::writeShapefile(dir.path(), spec), options);
    REQUIRE(layer.featureCount() == 2);
    CHECK(layer.checkedValid(0));
    CHECK_FALSE(layer.checkedValid(1)); // repaired: the overlay checks it again, as before
    CHECK(layer.geometryCheck.repairedFids == std::vector<qint64> { 1 });
    VectorLayer moved = std::move(layer);
    CHECK(moved.checkedValid(0));
    transformToWorkingCrs(moved, 4546); // into the next zone west: other coordinates
    CHECK_FALSE(moved.checkedValid(0));
    VectorLayer byHand;
    byHand.addFeature(7, {}, cloneGeometry(moved.geometry(0)));
    CHECK_FALSE(byHand.checkedValid(0)); // layers built elsewhere are checked as before
}
