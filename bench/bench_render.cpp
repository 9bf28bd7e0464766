// SPDX-License-Identifier: MIT
// Times the map canvas on a generated county: full-extent render at 1920×1080 (sequential and
// through the canvas's background scheduler), a zoomed render, the first frame after a pan, and
// the longest the UI thread went without processing events while a render ran; first, opening the
// first two layers (cultivated, basic farmland) as the workspace does, to the first picture the
// canvas delivers (drawn from the shapefile scan, docs/design/first-picture.md) and without the scan.
// FG_BENCH_OPEN_ONLY=1 stops after the opening figures; FG_BENCH_SCAN_ONLY=1 times only the scan
// and its picture (for a profile).
// Prints figures, asserts nothing. Data: $FG_BENCH_COUNTY, else /tmp/county-bench/p150k (made by
//   python3 ../shared/tools/gen_county.py /tmp/county-bench/p150k --parcels 150000),
// else ../shared/data/synthetic-small.
// Anchor (PERF.md §4, p150k, QGIS 3.22 QgsMapRendererParallelJob, 2 cores): full extent 1920×1080
// 0.78–0.82 s (features read from the shapefiles during the render), zoom 1/50 0.048 s.
#include "app/map/first_picture.h"
#include "app/map/layer_loader.h"
#include "app/map/map_canvas.h"
#include "app/map/map_layer_set.h"
#include "app/map/render_scheduler.h"
#include "gis/io/vector_layer.h"
#include "gis/render/map_renderer.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace fg;

namespace {

const QSize kSize(1920, 1080);

QString countyDirectory()
{
    const QByteArray env = qgetenv("FG_BENCH_COUNTY");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    if (QFileInfo::exists(QStringLiteral("/tmp/county-bench/p150k/cultivated.shp")))
        return QStringLiteral("/tmp/county-bench/p150k");
    return QStringLiteral(FG_BENCH_FALLBACK_COUNTY);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

/// Runs the UI event loop until the canvas reports a finished render; returns the longest gap
/// between two ticks of a 1 ms timer on the UI thread meanwhile (ms) and the render time.
std::pair<double, double> waitForCanvas(app::MapCanvas &canvas)
{
    QEventLoop loop;
    QElapsedTimer sinceTick;
    double longestGap = 0;
    qint64 renderMs = -1;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longestGap = std::max(longestGap, sinceTick.nsecsElapsed() / 1e6);
        sinceTick.start();
    });
    const auto connection = QObject::connect(&canvas, &app::MapCanvas::renderFinished, [&](qint64 ms) {
        renderMs = ms;
        loop.quit();
    });
    sinceTick.start();
    ticker.start();
    loop.exec();
    QObject::disconnect(connection);
    return { longestGap, double(renderMs) };
}

struct OpenTimes
{
    double firstPicture = 0; ///< s from the open call to the first picture the canvas delivers
    double loadedPicture = 0; ///< s to the picture of the loaded layers (all there is without a scan)
    double longestGap = 0; ///< ms, UI thread
    bool firstWasScan = false;
};

/// Opens the files as the map workspace does (LayerLoader in the background, FirstPicture's scan,
/// the loaded layers added and the view fitted when the load ends) on a 1920×1080 canvas, and
/// times, from the open call, the first picture the canvas's scheduler delivers and the picture
/// of the loaded layers, watching the UI thread with a 1 ms timer throughout.
OpenTimes openToFirstPicture(const QStringList &paths, bool scan)
{
    app::MapLayerSet layers;
    app::MapCanvas canvas(&layers);
    canvas.resize(kSize);
    app::LayerLoader loader;
    app::FirstPicture first(&canvas);
    OpenTimes times;
    QElapsedTimer clock, sinceTick;
    QEventLoop loop;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        times.longestGap = std::max(times.longestGap, sinceTick.nsecsElapsed() / 1e6);
        sinceTick.start();
    });
    QObject::connect(&loader, &app::LayerLoader::finished, [&](const app::LoadedLayers &loaded) {
        first.stop();
        QRectF extent;
        for (size_t i = 0; i < loaded.layers.size(); ++i) {
            layers.addLayer(loaded.layers[i], loaded.extents[i]);
            extent = extent.isNull() ? loaded.extents[i] : extent.united(loaded.extents[i]);
        }
        canvas.zoomToExtent(extent);
    });
    QObject::connect(&canvas, &app::MapCanvas::renderFinished, [&](qint64) {
        if (times.firstPicture == 0) {
            times.firstPicture = clock.nsecsElapsed() / 1e9;
            times.firstWasScan = canvas.lastImageIsScan();
        }
        if (!canvas.lastImageIsScan() && !layers.layers().empty()) {
            times.loadedPicture = clock.nsecsElapsed() / 1e9;
            loop.quit();
        }
    });
    clock.start();
    sinceTick.start();
    ticker.start();
    loader.load(paths, 0);
    if (scan)
        first.start(paths, 0);
    loop.exec();
    return times;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    const QString directory = countyDirectory();
    QStringList paths;
    for (const char *name : { "cultivated", "basic_farmland", "townships", "county", "incidents" })
        if (QFileInfo::exists(directory + QStringLiteral("/%1.shp").arg(QLatin1String(name))))
            paths << directory + QStringLiteral("/%1.shp").arg(QLatin1String(name));
    std::printf("render bench: %s\n", qPrintable(QDir::toNativeSeparators(directory)));
    const QStringList two = paths.mid(0, 2);
    std::vector<double> firstTimes, loadedTimes, withoutScan, openGaps, plainGaps;
    bool allScans = true;
    for (int i = 0; i < (qEnvironmentVariableIsSet("FG_BENCH_SCAN_ONLY") ? 0 : 3); ++i) {
        const OpenTimes withScan = openToFirstPicture(two, true);
        firstTimes.push_back(withScan.firstPicture);
        loadedTimes.push_back(withScan.loadedPicture);
        openGaps.push_back(withScan.longestGap);
        allScans = allScans && withScan.firstWasScan;
        const OpenTimes plain = openToFirstPicture(two, false);
        withoutScan.push_back(plain.firstPicture);
        plainGaps.push_back(plain.longestGap);
    }
    if (!firstTimes.empty()) {
        std::printf("  open 2 layers -> first picture (%s) %8.3f s (median of 3)\n",
            allScans ? "from the scan" : "NOT ALL FROM THE SCAN", median(firstTimes));
        std::printf(
            "    -> picture of the loaded layers             %8.3f s (median of 3)\n", median(loadedTimes));
        std::printf(
            "    without the scan: first picture             %8.3f s (median of 3)\n", median(withoutScan));
        std::printf(
            "    longest UI-thread stall meanwhile           %8.1f ms (max of 3; without the scan %.1f)\n",
            *std::max_element(openGaps.begin(), openGaps.end()),
            *std::max_element(plainGaps.begin(), plainGaps.end()));
    }
    {
        // Its parts, alone on a quiet core: the scan, then the picture drawn from it.
        QElapsedTimer timer;
        timer.start();
        const app::ScannedLayers scanned = app::scanForFirstPicture(two, 0, {});
        std::printf("    scan of the 2 files alone                   %8.1f ms\n", timer.nsecsElapsed() / 1e6);
        gis::RenderJob quick;
        quick.transform = gis::MapTransform::fitting(scanned.extent, kSize);
        quick.layers = scanned.layers;
        timer.start();
        gis::renderMap(quick);
        std::printf("    their picture from the scan, one thread     %8.1f ms\n", timer.nsecsElapsed() / 1e6);
    }
    if (qEnvironmentVariableIsSet("FG_BENCH_OPEN_ONLY") || qEnvironmentVariableIsSet("FG_BENCH_SCAN_ONLY"))
        return 0;
    QElapsedTimer timer;
    timer.start();
    const app::LoadedLayers loaded = app::loadLayers(paths, 0);
    std::printf("  load %d layers into EPSG:%d + index       %8.3f s\n", int(loaded.layers.size()),
        loaded.workingEpsg, timer.nsecsElapsed() / 1e9);
    for (const QString &error : loaded.errors)
        std::printf("  problem: %s\n", qPrintable(error));

    app::MapLayerSet layers;
    int features = 0;
    timer.start();
    for (size_t i = 0; i < loaded.layers.size(); ++i) {
        layers.addLayer(loaded.layers[i], loaded.extents[i]);
        features += loaded.layers[i]->featureCount();
    }
    std::printf("  adding them to the map (UI thread)           %8.1f ms\n", timer.nsecsElapsed() / 1e6);
    gis::RenderJob job;
    job.transform = gis::MapTransform::fitting(layers.extent(), kSize);
    job.layers = layers.snapshot();

    std::vector<double> sequential;
    for (int i = 0; i < 3; ++i) {
        timer.start();
        const QImage image = gis::renderMap(job);
        sequential.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::printf("  full extent 1920x1080, %d features, one thread  %8.1f ms (median of 3)\n", features,
        median(sequential));
    std::printf("    the first of them (builds boxes and band outlines) %8.1f ms\n", sequential.front());
    const std::atomic_bool never { false };
    std::vector<gis::LayerImage> images;
    for (size_t i = 0; i < job.layers.size(); ++i) {
        timer.start();
        images.push_back(gis::renderLayer(job, i, never));
        std::printf("    layer %-16s %7d drawn %7d skipped  %8.1f ms\n", qPrintable(job.layers[i].data->name),
            images.back().featuresDrawn, images.back().featuresSkipped, timer.nsecsElapsed() / 1e6);
    }
    timer.start();
    gis::composeMap(job, images);
    std::printf("    composition and labels                          %8.1f ms\n", timer.nsecsElapsed() / 1e6);
    gis::RenderJob zoomed = job;
    const QRectF extent = layers.extent();
    zoomed.transform = gis::MapTransform::fitting(
        QRectF(QPointF(0, 0), extent.size() / 50)
            .translated(extent.center() - QPointF(extent.width(), extent.height()) / 100),
        kSize, 0);
    std::vector<double> zoomTimes;
    for (int i = 0; i < 21; ++i) {
        timer.start();
        gis::renderMap(zoomed);
        zoomTimes.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::printf(
        "  zoom 1/50 of the extent, one thread          %8.1f ms (median of 21)\n", median(zoomTimes));
    images.clear();
    for (size_t i = 0; i < zoomed.layers.size(); ++i) {
        timer.start();
        images.push_back(gis::renderLayer(zoomed, i, never));
        std::printf("    layer %-16s %7d drawn %7d skipped  %8.2f ms\n",
            qPrintable(zoomed.layers[i].data->name), images.back().featuresDrawn,
            images.back().featuresSkipped, timer.nsecsElapsed() / 1e6);
    }
    timer.start();
    gis::composeMap(zoomed, images);
    std::printf("    composition and labels                          %8.2f ms\n", timer.nsecsElapsed() / 1e6);

    app::MapCanvas canvas(&layers);
    canvas.resize(kSize);
    canvas.setTransform(job.transform);
    std::vector<double> parallel, gaps;
    for (int i = 0; i < 3; ++i) {
        canvas.refresh();
        const auto [gap, ms] = waitForCanvas(canvas);
        parallel.push_back(ms);
        gaps.push_back(gap);
    }
    std::printf("  full extent via canvas (per-layer workers)   %8.1f ms (median of 3)\n", median(parallel));
    std::printf("  longest UI-thread stall during those renders %8.1f ms (max of 3: %.1f)\n", median(gaps),
        *std::max_element(gaps.begin(), gaps.end()));
    QImage frame(kSize, QImage::Format_ARGB32_Premultiplied);
    timer.start();
    canvas.setTransform(canvas.transform().panned(QPointF(kSize.width() / 4.0, 0)));
    canvas.render(&frame);
    std::printf("  first frame after a pan (last image moved)   %8.1f ms\n", timer.nsecsElapsed() / 1e6);
    const auto [panGap, panMs] = waitForCanvas(canvas);
    std::printf("  refined frame after the pan arrives after    %8.1f ms (render %.1f ms, longest UI stall "
                "%.1f ms)\n",
        timer.nsecsElapsed() / 1e6, panMs, panGap);
    return 0;
}
