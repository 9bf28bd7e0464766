// SPDX-License-Identifier: MIT
// One incident of 1,000,000 vertices (issue 13: a tester's 1M-vertex polygon took 13.5 s):
// writes it as a GBK shapefile the way offices deliver them, then times what `info` and
// `analyze` do with it against the sample county's basic farmland and land-use layers.
// Prints figures, asserts nothing. The polygon is star-shaped around a sample parcel's centre
// (radius 150 m ± 20 m, vertices in strictly increasing angle, so it is simple and valid).
#include "core/input_error.h"
#include "gis/analysis/encroachment_analysis.h"
#include "gis/geos_context.h"
#include "gis/io/layer_reader.h"
#include "gis/sample/sample_layer.h"
#include "gis/sample/sample_layer_writer.h"
#include "gis/usecases/layer_files.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>
#include <ctime>

using namespace fg;

namespace {

constexpr int kVertices = 1000000;

/// Wall and CPU seconds of one call, printed under @p label.
template <typename Run> auto timed(const char *label, Run run)
{
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    auto result = run();
    std::printf("  %-46s %7.3f s wall, %7.3f s cpu\n", label, timer.nsecsElapsed() / 1e9,
        double(std::clock() - cpuStart) / CLOCKS_PER_SEC);
    return result;
}

gis::GeosGeometryPtr starPolygon(double cx, double cy)
{
    GEOSContextHandle_t g = gis::geosContext();
    GEOSCoordSequence *seq = GEOSCoordSeq_create_r(g, unsigned(kVertices + 1), 2);
    for (int i = 0; i < kVertices; ++i) {
        const double t = 2 * M_PI * i / kVertices, r = 150 + 20 * std::sin(7 * t);
        GEOSCoordSeq_setXY_r(g, seq, unsigned(i), cx + r * std::cos(t), cy + r * std::sin(t));
    }
    GEOSCoordSeq_setXY_r(g, seq, unsigned(kVertices), cx + 150, cy);
    return gis::GeosGeometryPtr(GEOSGeom_createPolygon_r(g, GEOSGeom_createLinearRing_r(g, seq), nullptr, 0));
}

/// incidents.shp with the one big incident centred on the first basic-farmland parcel.
QString writeIncident(const QDir &sample, const QString &dir)
{
    const gis::VectorLayer basic = gis::readLayer(sample.filePath(QStringLiteral("basic_farmland.shp")));
    double cx = 0, cy = 0;
    GEOSContextHandle_t g = gis::geosContext();
    const gis::GeosGeometryPtr centre(GEOSGetCentroid_r(g, basic.geometry(0)));
    GEOSGeomGetX_r(g, centre.get(), &cx);
    GEOSGeomGetY_r(g, centre.get(), &cy);
    gis::sample::SampleLayer layer;
    layer.name = QStringLiteral("incidents");
    layer.fields = { { QStringLiteral("JCBH"), gis::FieldType::Text, 20, 0 } };
    layer.add({ QStringLiteral("BIG-1M") }, starPolygon(cx, cy));
    timed("write the 1M-vertex shapefile", [&] {
        gis::sample::SampleLayerWriter(basic.crs.epsg).writeShapefile(layer, dir);
        return 0;
    });
    return QDir(dir).filePath(QStringLiteral("incidents.shp"));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QDir sample(QStringLiteral(FARMGUARD_SAMPLE_DIR));
    QTemporaryDir temp;
    std::printf("bench big polygon: one incident of %d vertices against %s\n", kVertices,
        qPrintable(sample.path()));
    try {
        const QString incidents = writeIncident(sample, temp.path());
        timed("read it (what info does)", [&] { return gis::readLayer(incidents).featureCount(); });
        const gis::LayerFiles files = timed("read it + sample layers, one working CRS", [&] {
            return gis::readLayerFiles({ incidents, sample.filePath(QStringLiteral("basic_farmland.shp")),
                                           sample.filePath(QStringLiteral("landuse.shp")) },
                {});
        });
        gis::EncroachmentRequest request;
        request.incidents = files.layers.at(0).get();
        request.basicFarmland = files.layers.at(1).get();
        request.cultivated = files.layers.at(2).get();
        request.workingEpsg = files.working.epsg;
        request.overlay.classField = QStringLiteral("DLBM");
        const gis::EncroachmentReport report
            = timed("overlay and areas (what analyze does then)", [&] { return gis::analyzeEncroachment(request); });
        const gis::IncidentResult &big = report.incidents.front();
        std::printf("  basic farmland %.2f m², cultivated %.2f m² (ellipsoidal)\n",
            big.occupation.basicFarmland.ellipsoidal, big.occupation.cultivated.ellipsoidal);
    } catch (const core::InputError &e) {
        std::printf("bench big polygon: bad input: %s\n", qPrintable(e.message()));
        return 1;
    }
    return 0;
}
