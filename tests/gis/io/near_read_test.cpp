// SPDX-License-Identifier: MIT
// Reading only the parcels near the incidents (issue 15): which records the shapefile scan picks,
// and that an analysis of what it read gives every figure of the full read.
#include "fixture_writer.h"

#include "gis/analysis/encroachment_analysis.h"
#include "gis/io/layer_reader.h"
#include "gis/io/shapefile_boxes.h"
#include "gis/store/project_store.h"
#include "gis/store/project_tables.h"
#include "gis/usecases/layer_files.h"
#include "gis/usecases/project_builder.h"
#include "gis/geometry/geometry_box.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>

#include <catch2/catch.hpp>

using namespace fg;
using namespace fg::gis;

namespace {

const QString kShared = QStringLiteral(FG_SHARED_DATA_DIR "/");
constexpr double kX = 446000, kY = 4007000; // inside EPSG:4547 (CM 114E), Pingshun County

/// A parcel layer of @p count 10 m squares on a row 1 km south of the incidents, then @p last.
QString parcels(const QTemporaryDir &dir, int count, const QString &last)
{
    fixture::ShapefileSpec spec;
    spec.name = QStringLiteral("parcels");
    spec.fields = { QStringLiteral("DLBM") };
    spec.epsg = 4547;
    for (int i = 0; i < count; ++i)
        spec.features.push_back({ fixture::squareWkt(kX + 20.0 * i, kY - 1000, 10), { QStringLiteral("0103") } });
    spec.features.push_back({ last, { QStringLiteral("0103") } });
    return fixture::writeShapefile(dir.path(), spec);
}

/// One incident: a 100 m × 100 m square with its south-west corner at (kX, kY).
QString incident(const QTemporaryDir &dir)
{
    fixture::ShapefileSpec spec;
    spec.name = QStringLiteral("incidents");
    spec.fields = { QStringLiteral("JCBH") };
    spec.epsg = 4547;
    spec.features.push_back({ fixture::squareWkt(kX, kY, 100), { QStringLiteral("JC1") } });
    return fixture::writeShapefile(dir.path(), spec);
}

LayerFiles readNear(const QStringList &paths)
{
    LayerFileOptions options;
    options.onlyNearFirst = true;
    options.nearMinFeatures = 0; // the fixtures are small: read in part all the same
    return readLayerFiles(paths, options);
}

EncroachmentReport analyse(const LayerFiles &files, bool cultivated)
{
    EncroachmentRequest request;
    request.incidents = files.layers.at(0).get();
    request.basicFarmland = files.layers.at(1).get();
    request.cultivated = cultivated ? files.layers.at(2).get() : nullptr;
    request.workingEpsg = files.working.epsg;
    request.idField = QStringLiteral("JCBH");
    return analyzeEncroachment(request);
}

/// Every incident's figures of @p b within 1e-6 m² of @p a's; the totals of @p b against
/// shared/data/synthetic-small/README.md (ref_overlap.py, GDAL/GEOS pairwise sums).
void checkSameFigures(const EncroachmentReport &a, const EncroachmentReport &b)
{
    REQUIRE(a.incidents.size() == 50);
    REQUIRE(b.incidents.size() == 50);
    double basicTotal = 0, cultivatedTotal = 0;
    for (size_t i = 0; i < a.incidents.size(); ++i) {
        const Occupation &x = a.incidents[i].occupation, &y = b.incidents[i].occupation;
        CHECK(y.basicFarmland.ellipsoidal == Approx(x.basicFarmland.ellipsoidal).margin(1e-6));
        CHECK(y.cultivated.ellipsoidal == Approx(x.cultivated.ellipsoidal).margin(1e-6));
        CHECK(y.cultivatedOutsideBasicFarmland.geodesic
            == Approx(x.cultivatedOutsideBasicFarmland.geodesic).margin(1e-6));
        CHECK(y.cultivatedByClass.size() == x.cultivatedByClass.size());
        basicTotal += y.basicFarmland.planar;
        cultivatedTotal += y.cultivated.planar;
    }
    CHECK(basicTotal == Approx(108714.5684).margin(0.01));
    CHECK(cultivatedTotal == Approx(164620.2628).margin(0.01));
}

} // namespace

TEST_CASE("An incident whose only parcel is the last record of a long file is still measured", "[io][near]")
{
    QTemporaryDir dir;
    // The last parcel covers the incident's north-east quarter: 50 m × 50 m = 2,500 m².
    const QString shp = parcels(dir, 3000, fixture::squareWkt(kX + 50, kY + 50, 100));
    const LayerFiles files = readNear({ incident(dir), shp });
    const VectorLayer &read = *files.layers.at(1);
    REQUIRE(read.featureCount() == 1); // the 3,000 far squares are left unread
    CHECK(read.fid(0) == 3000);
    CHECK(read.sourceExtent.left() == Approx(kX)); // the whole file's extent, from its header
    CHECK(read.sourceExtent.top() == Approx(kY - 1000));
    CHECK(files.working.epsg == 4547);
    const EncroachmentReport report = analyse(files, false);
    CHECK(report.incidents.at(0).occupation.basicFarmland.planar == Approx(2500).margin(1e-6));
}

TEST_CASE("A parcel that meets an incident only by its bounding box is read and measures 0", "[io][near]")
{
    QTemporaryDir dir;
    // A triangle whose box covers the incident's north-east corner, but whose hypotenuse from
    // (kX+200, kY+50) to (kX+50, kY+200) passes 35 m beyond the corner (kX+100, kY+100).
    const QString triangle = QStringLiteral("POLYGON ((%1 %2, %3 %2, %1 %4, %1 %2))")
                                 .arg(kX + 200, 0, 'f', 3)
                                 .arg(kY + 200, 0, 'f', 3)
                                 .arg(kX + 50, 0, 'f', 3)
                                 .arg(kY + 50, 0, 'f', 3);
    const LayerFiles files = readNear({ incident(dir), parcels(dir, 10, triangle) });
    REQUIRE(files.layers.at(1)->featureCount() == 1);
    const EncroachmentReport report = analyse(files, false);
    CHECK(report.incidents.at(0).occupation.basicFarmland.planar == 0);
}

TEST_CASE("A wrong box in a shapefile record header does not hide the parcel", "[io][near]")
{
    QTemporaryDir dir;
    const QString shp = parcels(dir, 5, fixture::squareWkt(kX + 50, kY + 50, 100));
    // Overwrite the last record's stored box with one far away (as a careless writer might).
    QFile shx(QString(shp).replace(QStringLiteral(".shp"), QStringLiteral(".shx")));
    REQUIRE(shx.open(QIODevice::ReadOnly));
    const QByteArray index = shx.readAll();
    const qint64 offset = qint64(qFromBigEndian<quint32>(index.constData() + 100 + 5 * 8)) * 2;
    QFile file(shp);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(offset + 12));
    for (const double v : { 0.0, 0.0, 1.0, 1.0 }) {
        const double little = qToLittleEndian(v);
        file.write(reinterpret_cast<const char *>(&little), sizeof little);
    }
    file.close();
    const LayerFiles files = readNear({ incident(dir), shp });
    REQUIRE(files.layers.at(1)->featureCount() == 1);
    CHECK(analyse(files, false).incidents.at(0).occupation.basicFarmland.planar == Approx(2500).margin(1e-6));
}

TEST_CASE("The box index finds the boxes a rectangle meets, edges included", "[io][near]")
{
    const BoxIndex index({ QRectF(0, 0, 10, 10), QRectF(100, 100, 5, 5), QRectF(1000, 0, 1, 1) });
    CHECK(index.meets(10, 10, 20, 20)); // touches the first at its corner
    CHECK(index.meets(102, 102, 103, 103)); // inside the second
    CHECK_FALSE(index.meets(11, 11, 99, 99)); // between them
    CHECK_FALSE(index.meets(-5, -5, -1, -1)); // outside the grid
    CHECK(index.meets(-5, -5, 2000, 2000)); // covers all
    CHECK_FALSE(BoxIndex({}).meets(0, 0, 1, 1));
}

TEST_CASE("Reading near the incidents gives every figure of the full read on the synthetic-small county",
    "[io][near][corpus]")
{
    const QString dir = kShared + QStringLiteral("synthetic-small/");
    const QStringList paths { dir + QStringLiteral("incidents.shp"),
        dir + QStringLiteral("basic_farmland.shp"), dir + QStringLiteral("cultivated.shp") };
    const LayerFiles whole = readLayerFiles(paths, {});
    const LayerFiles near = readNear(paths);
    CHECK(whole.layers.at(2)->featureCount() == 2000);
    CHECK(near.layers.at(1)->featureCount() < 1304 / 4); // 50 incidents touch few of the parcels
    CHECK(near.layers.at(2)->featureCount() < 2000 / 4);
    CHECK(near.working.epsg == whole.working.epsg);
    CHECK(near.working.how == whole.working.how);
    checkSameFigures(analyse(whole, true), analyse(near, true));
}

TEST_CASE("The project's R-tree read near the incidents and the whole layers give the same figures",
    "[usecases][near][corpus]")
{
    QTemporaryDir dir;
    ProjectSources sources;
    sources.basicFarmland = kShared + QStringLiteral("synthetic-small/basic_farmland.shp");
    sources.cultivated = kShared + QStringLiteral("synthetic-small/cultivated.shp");
    sources.boundaries = kShared + QStringLiteral("synthetic-small/townships.shp");
    const ProjectCreated created
        = ProjectBuilder::create(ProjectLocation::parse(dir.filePath(QStringLiteral("small.gpkg"))), sources,
            { QStringLiteral("t"), {} });
    REQUIRE(created.workingEpsg == 4547); // the set's own CRS: the incidents need no transformation
    const ProjectStore &store = *created.store;
    const VectorLayer incidents = readLayer(kShared + QStringLiteral("synthetic-small/incidents.shp"));
    FeatureQuery near;
    for (int row = 0; row < incidents.featureCount(); ++row) {
        QRectF box;
        REQUIRE(geometryEnvelope(incidents.geometry(row), &box));
        near.boxes.push_back(box);
    }
    const QString basicTable = QString::fromLatin1(ProjectTables::kBasicFarmland);
    const QString landUseTable = QString::fromLatin1(ProjectTables::kLandUse);
    const VectorLayer wholeBasic = store.readReference(basicTable, {});
    const VectorLayer wholeLandUse = store.readReference(landUseTable, {});
    const VectorLayer nearBasic = store.readReference(basicTable, near);
    const VectorLayer nearLandUse = store.readReference(landUseTable, near);
    CHECK(wholeBasic.featureCount() == 1304);
    CHECK(wholeLandUse.featureCount() == 2000);
    CHECK(nearBasic.featureCount() < 1304 / 4);
    CHECK(nearLandUse.featureCount() < 2000 / 4);

    const auto analyseLayers = [&incidents](const VectorLayer &basic, const VectorLayer &landUse) {
        EncroachmentRequest request;
        request.incidents = &incidents;
        request.basicFarmland = &basic;
        request.cultivated = &landUse;
        request.workingEpsg = 4547;
        request.idField = QStringLiteral("JCBH");
        return analyzeEncroachment(request);
    };
    checkSameFigures(analyseLayers(wholeBasic, wholeLandUse), analyseLayers(nearBasic, nearLandUse));
}
