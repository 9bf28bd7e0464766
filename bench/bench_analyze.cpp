// SPDX-License-Identifier: MIT
// Times `analyze` on a generated county: reading the layers, then the overlay of 2000 incidents
// against basic farmland, cultivated land, and both (all three area methods, party-free).
// Prints figures, asserts nothing. Data: $FG_BENCH_COUNTY, else /tmp/county-bench/p150k, made by
//   python3 ../shared/tools/gen_county.py /tmp/county-bench/p150k --parcels 150000
// Anchors (PERF.md §4, p150k): python GDAL/GEOS reference 1.05 s whole × basic (0.67 s of it
// reading), 1.57 s × cultivated; PostGIS query 0.20–0.36 s after 2.8 s of loading.
#include "core/input_error.h"
#include "gis/analysis/encroachment_analysis.h"
#include "gis/io/layer_reader.h"
#include "gis/io/vector_layer.h"
#include "gis/io/working_crs.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>
#include <ctime>
#include <thread>

using namespace fg;

namespace {

// PERF.md §5 reference totals at p150k (planar m², EPSG:4547, seed 4547).
constexpr double kReferenceBasic = 3714950.0652;
constexpr double kReferenceCultivated = 6108726.3262;

gis::VectorLayer timedRead(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    gis::VectorLayer layer = gis::readLayer(path);
    std::printf("  read %-22s %8d features  %7.3f s wall, %7.3f s cpu\n",
        qPrintable(QFileInfo(path).fileName()), layer.featureCount(), timer.nsecsElapsed() / 1e9,
        double(std::clock() - cpuStart) / CLOCKS_PER_SEC);
    return layer;
}

void timedOverlay(const char *label, const gis::VectorLayer &incidents, const gis::VectorLayer *basic,
    const gis::VectorLayer *cultivated, int epsg)
{
    gis::EncroachmentRequest request;
    request.incidents = &incidents;
    request.basicFarmland = basic;
    request.cultivated = cultivated;
    request.workingEpsg = epsg;
    request.idField = QStringLiteral("JCBH");
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    const gis::EncroachmentReport report = gis::analyzeEncroachment(request);
    const double seconds = timer.nsecsElapsed() / 1e9;
    // CPU time over all threads: on a shared machine the wall time alone says little.
    const double cpu = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    double basicTotal = 0, cultivatedTotal = 0;
    int flagged = 0;
    for (const gis::IncidentResult &i : report.incidents) {
        basicTotal += i.occupation.basicFarmland.planar;
        cultivatedTotal += i.occupation.cultivated.planar;
        flagged += i.verdict.accountability() ? 1 : 0;
    }
    std::printf("  overlay %-20s %7.3f s wall, %7.3f s cpu (%zu incidents, %d flagged)\n", label, seconds,
        cpu, report.incidents.size(), flagged);
    if (basic)
        std::printf("    basic farmland planar total %.4f m² (reference %.4f, diff %+.4f)\n", basicTotal,
            kReferenceBasic, basicTotal - kReferenceBasic);
    if (cultivated)
        std::printf("    cultivated planar total     %.4f m² (reference %.4f, diff %+.4f)\n", cultivatedTotal,
            kReferenceCultivated, cultivatedTotal - kReferenceCultivated);
    if (!report.warnings.isEmpty())
        std::printf("    %lld warnings, first: %s\n", static_cast<long long>(report.warnings.size()),
            qPrintable(report.warnings.first()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QByteArray env = qgetenv("FG_BENCH_COUNTY");
    const QDir dir(env.isEmpty() ? QStringLiteral("/tmp/county-bench/p150k") : QString::fromLocal8Bit(env));
    if (!dir.exists(QStringLiteral("incidents.shp")) || !dir.exists(QStringLiteral("basic_farmland.shp"))
        || !dir.exists(QStringLiteral("cultivated.shp"))) {
        std::printf("bench analyze: skipped, no county in %s (make one with: python3 "
                    "../shared/tools/gen_county.py /tmp/county-bench/p150k --parcels 150000)\n",
            qPrintable(dir.path()));
        return 0;
    }
    std::printf("bench analyze: %s, %u hardware threads\n", qPrintable(dir.path()),
        std::thread::hardware_concurrency());
    try {
        QElapsedTimer total;
        total.start();
        gis::VectorLayer incidents = timedRead(dir.filePath(QStringLiteral("incidents.shp")));
        gis::VectorLayer basic = timedRead(dir.filePath(QStringLiteral("basic_farmland.shp")));
        const double readBasic = total.nsecsElapsed() / 1e9;
        gis::VectorLayer cultivated = timedRead(dir.filePath(QStringLiteral("cultivated.shp")));
        const int epsg = gis::chooseWorkingCrs({ &incidents, &basic, &cultivated }, QString()).epsg;
        for (gis::VectorLayer *layer : { &incidents, &basic, &cultivated })
            gis::transformToWorkingCrs(*layer, epsg); // a no-op for the generator's EPSG:4547
        std::printf("  working CRS EPSG:%d\n", epsg);

        QElapsedTimer overlay;
        overlay.start();
        timedOverlay("x basic farmland", incidents, &basic, nullptr, epsg);
        const double basicWhole = readBasic + overlay.nsecsElapsed() / 1e9;
        timedOverlay("x cultivated", incidents, nullptr, &cultivated, epsg);
        timedOverlay("x both", incidents, &basic, &cultivated, epsg);
        std::printf("  read incidents + basic farmland, then overlay x basic: %.3f s "
                    "(python GDAL/GEOS reference at p150k: 1.05 s)\n",
            basicWhole);
    } catch (const core::InputError &e) {
        std::printf("bench analyze: bad input: %s\n", qPrintable(e.message()));
        return 1;
    }
    return 0;
}
