// SPDX-License-Identifier: MIT
// A project's parcels read through its R-tree near the incidents (what analyze --project and
// imports read) against the whole layers: the same figures, the synthetic county's reference totals.
#include "gis/analysis/encroachment_analysis.h"
#include "gis/io/layer_reader.h"
#include "gis/store/project_store.h"
#include "gis/store/project_tables.h"
#include "gis/usecases/project_builder.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace fg;
using namespace fg::gis;

namespace {

const QString kSmall = QStringLiteral(FG_SHARED_DATA_DIR "/synthetic-small/");

EncroachmentReport analyse(const VectorLayer &incidents, const VectorLayer &basic, const VectorLayer &landUse)
{
    EncroachmentRequest request;
    request.incidents = &incidents;
    request.basicFarmland = &basic;
    request.cultivated = &landUse;
    request.workingEpsg = 4547;
    request.idField = QStringLiteral("JCBH");
    return analyzeEncroachment(request);
}

} // namespace

TEST_CASE("The project's R-tree read near the incidents and the whole layers give the same figures",
    "[usecases][near][corpus]")
{
    QTemporaryDir dir;
    ProjectSources sources;
    sources.basicFarmland = kSmall + QStringLiteral("basic_farmland.shp");
    sources.cultivated = kSmall + QStringLiteral("cultivated.shp");
    sources.boundaries = kSmall + QStringLiteral("townships.shp");
    const ProjectCreated created
        = ProjectBuilder::create(ProjectLocation::parse(dir.filePath(QStringLiteral("small.gpkg"))), sources,
            { QStringLiteral("t"), {} });
    REQUIRE(created.workingEpsg == 4547); // the set's own CRS: the incidents need no transformation
    const ProjectStore &store = *created.store;
    const VectorLayer incidents = readLayer(kSmall + QStringLiteral("incidents.shp"));
    FeatureQuery near;
    for (int row = 0; row < incidents.featureCount(); ++row) {
        double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        GEOSGeom_getXMin_r(geosContext(), incidents.geometry(row), &x0);
        GEOSGeom_getYMin_r(geosContext(), incidents.geometry(row), &y0);
        GEOSGeom_getXMax_r(geosContext(), incidents.geometry(row), &x1);
        GEOSGeom_getYMax_r(geosContext(), incidents.geometry(row), &y1);
        near.boxes.push_back(QRectF(QPointF(x0, y0), QPointF(x1, y1)));
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

    const EncroachmentReport a = analyse(incidents, wholeBasic, wholeLandUse);
    const EncroachmentReport b = analyse(incidents, nearBasic, nearLandUse);
    REQUIRE(a.incidents.size() == 50);
    REQUIRE(b.incidents.size() == 50);
    double basicTotal = 0, cultivatedTotal = 0;
    for (size_t i = 0; i < a.incidents.size(); ++i) {
        const Occupation &x = a.incidents[i].occupation, &y = b.incidents[i].occupation;
        CHECK(y.basicFarmland.ellipsoidal == Approx(x.basicFarmland.ellipsoidal).margin(1e-6));
        CHECK(y.cultivated.ellipsoidal == Approx(x.cultivated.ellipsoidal).margin(1e-6));
        CHECK(y.cultivatedOutsideBasicFarmland.geodesic
            == Approx(x.cultivatedOutsideBasicFarmland.geodesic).margin(1e-6));
        basicTotal += y.basicFarmland.planar;
        cultivatedTotal += y.cultivated.planar;
    }
    // shared/data/synthetic-small/README.md (ref_overlap.py, GDAL/GEOS pairwise sums).
    CHECK(basicTotal == Approx(108714.5684).margin(0.01));
    CHECK(cultivatedTotal == Approx(164620.2628).margin(0.01));
}
