// SPDX-License-Identifier: MIT
// The first picture after opening: drawn from the shapefiles' scans while the load runs, on the
// scheduler's workers (the UI thread never waits), then replaced by the render of the loaded
// layers; files whose picture could differ from the loaded one's wait for the load.
#include "app/map/first_picture.h"

#include "app/map/layer_loader.h"
#include "app/map/map_canvas.h"
#include "app/map/map_layer_set.h"
#include "gis/io/shapefile_scan.h"
#include "gis/io/vector_layer.h"
#include "gis/render/land_use_palette.h"
#include "tests/gis/render/image_compare.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>

using namespace fg::app;

namespace {

QStringList smallCountyPaths()
{
    return { QStringLiteral(FG_SHARED_DATA_DIR "/synthetic-small/cultivated.shp"),
        QStringLiteral(FG_SHARED_DATA_DIR "/synthetic-small/basic_farmland.shp") };
}

/// Runs the event loop until the canvas delivers a render; returns the longest wait of a 1 ms
/// timer on the UI thread meanwhile (ms).
double waitForRender(MapCanvas &canvas)
{
    QEventLoop loop;
    QElapsedTimer sinceTick;
    double longestGap = 0;
    bool rendered = false;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longestGap = std::max(longestGap, sinceTick.nsecsElapsed() / 1e6);
        sinceTick.start();
    });
    const auto connection = QObject::connect(&canvas, &MapCanvas::renderFinished, [&] {
        rendered = true;
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    sinceTick.start();
    ticker.start();
    loop.exec();
    QObject::disconnect(connection);
    REQUIRE(rendered);
    return longestGap;
}

/// The small county's cultivated parcels copied into `dir` as NAME.*, with `prj` as its .prj.
QString parcelsWithPrj(const QTemporaryDir &dir, const QString &name, const QByteArray &prj)
{
    for (const char *ext : { "shp", "shx", "dbf", "cpg" })
        REQUIRE(QFile::copy(
            QStringLiteral(FG_SHARED_DATA_DIR "/synthetic-small/cultivated.%1").arg(QLatin1String(ext)),
            dir.filePath(QStringLiteral("%1.%2").arg(name, QLatin1String(ext)))));
    QFile file(dir.filePath(name + QStringLiteral(".prj")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(prj);
    return dir.filePath(name + QStringLiteral(".shp"));
}

QByteArray smallCountyPrj()
{
    QFile file(QStringLiteral(FG_SHARED_DATA_DIR "/synthetic-small/cultivated.prj"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE(
    "the first picture is drawn from the scan before the load, then the loaded layers' render replaces it")
{
    MapLayerSet layers;
    MapCanvas canvas(&layers);
    canvas.resize(960, 540);
    FirstPicture first(&canvas);
    first.start(smallCountyPaths(), 0);
    const double gap = waitForRender(canvas);
    INFO("longest UI-thread gap while scanning and drawing: " << gap << " ms");
    CHECK(gap < 50);
    REQUIRE(canvas.lastImageIsScan());
    CHECK(layers.layers().empty());
    const QImage quick = canvas.lastImage();
    const fg::gis::MapTransform quickView = canvas.lastImageTransform();

    // The load ends as the workspace handles it: the scan is dropped, the layers added, the view fitted.
    const LoadedLayers loaded = loadLayers(smallCountyPaths(), 0);
    REQUIRE(loaded.layers.size() == 2);
    first.stop();
    for (size_t i = 0; i < loaded.layers.size(); ++i)
        layers.addLayer(loaded.layers[i], loaded.extents[i]);
    canvas.zoomFull(); // the union of the layers' extents, as the workspace fits a first load
    waitForRender(canvas);
    while (canvas.isRendering())
        waitForRender(canvas);
    CHECK(!canvas.lastImageIsScan());
    // Fitted to the same extent, so the same view: the picture only sharpens where the load
    // repaired something (nothing in this county), antialiased edges aside.
    REQUIRE(canvas.lastImageTransform() == quickView);
    const QImage full = canvas.lastImage();
    INFO(fg::test::differingShare(quick, full, 64) * 100 << " % / "
                                                         << fg::test::differingShare(quick, full, 24) * 100
                                                         << " % of pixels differ by more than 64 / 24");
    CHECK(fg::test::differingShare(quick, full, 64) < 0.003);
    CHECK(fg::test::differingShare(quick, full, 24) < 0.015);
    // Not a blank map: the first picture shows dry land (0103) in its class colour somewhere.
    const QRgb dry = fg::gis::landUseColor(QStringLiteral("0103")).rgb();
    bool found = false;
    for (int y = 0; y < quick.height() && !found; y += 2)
        for (int x = 0; x < quick.width() && !found; x += 2)
            found = quick.pixel(x, y) == dry;
    CHECK(found);
}

TEST_CASE("a cancelled load takes its first picture away")
{
    MapLayerSet layers;
    MapCanvas canvas(&layers);
    canvas.resize(480, 270);
    FirstPicture first(&canvas);
    first.start(smallCountyPaths(), 0);
    waitForRender(canvas);
    REQUIRE(canvas.lastImageIsScan());
    first.stop(); // what the workspace does when the load ends cancelled
    waitForRender(canvas);
    CHECK(!canvas.lastImageIsScan());
    const QImage image = canvas.lastImage();
    const QRgb background = image.pixel(0, 0);
    bool blank = true;
    for (int y = 0; y < image.height() && blank; ++y)
        for (int x = 0; x < image.width() && blank; ++x)
            blank = image.pixel(x, y) == background;
    CHECK(blank);
}

TEST_CASE("files whose first picture could differ from the loaded one's wait for the load")
{
    QTemporaryDir dir;
    const QStringList county = smallCountyPaths();
    ScannedLayers good = scanForFirstPicture(county, 0, {});
    REQUIRE(good.layers.size() == 2);
    CHECK(good.whyNot.isEmpty());
    // Land use at the bottom, basic farmland above, as MapLayerSet adds the loaded layers.
    CHECK(good.layers[0].style.kind == fg::gis::StyleKind::LandUse);
    CHECK(good.layers[1].style.kind == fg::gis::StyleKind::BasicFarmland);
    CHECK(scanForFirstPicture(county, 4547, {}).layers.size() == 2);

    SECTION("another working CRS: the load transforms")
    {
        CHECK(scanForFirstPicture(county, 4546, {}).layers.empty());
    }
    SECTION("a CRS given for the files")
    {
        ReadOverrides overrides;
        overrides.crs = QStringLiteral("EPSG:4547");
        CHECK(!scanForFirstPicture(county, 0, overrides).whyNot.isEmpty());
    }
    SECTION("a layer whose declared CRS cannot be right for its coordinates")
    {
        const QString wrong = parcelsWithPrj(dir, QStringLiteral("parcels_wgs84"),
            "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],"
            "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]");
        const ScannedLayers result = scanForFirstPicture({ county[1], wrong }, 0, {});
        CHECK(result.layers.empty());
        CHECK(result.whyNot.contains(wrong));
    }
    SECTION("layers in two zones: one of them must be transformed")
    {
        QByteArray prj = smallCountyPrj();
        prj.replace("114E", "117E").replace("114.0", "117.0");
        const QString other = parcelsWithPrj(dir, QStringLiteral("parcels_117"), prj);
        CHECK(scanForFirstPicture({ other }, 0, {}).layers.size() == 1); // alone, it is its own working CRS
        CHECK(scanForFirstPicture({ county[1], other }, 0, {}).layers.empty());
    }
    SECTION("incidents, whose colours are verdicts, and a GeoPackage")
    {
        CHECK(scanForFirstPicture(
            { county[0], QStringLiteral(FG_SHARED_DATA_DIR "/synthetic-small/incidents.shp") }, 0, {})
                  .layers.empty());
        CHECK(scanForFirstPicture({ dir.filePath(QStringLiteral("x.gpkg")) }, 0, {})
                  .whyNot.contains(QStringLiteral("x.gpkg")));
    }
}
