// SPDX-License-Identifier: MIT
// The first picture after opening: a layer drawn straight from its shapefile's scan shows what the
// render of the loaded layer shows, and the scan refuses files it cannot read whole and skips
// exactly the records the reader skips.
#include "../io/fixture_writer.h"
#include "gis/io/layer_reader.h"
#include "gis/io/shapefile_scan.h"
#include "gis/io/vector_layer.h"
#include "gis/render/layer_render_cache.h"
#include "gis/render/map_renderer.h"
#include "gui_application.h"
#include "image_compare.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

using namespace fg::gis;

namespace {

QString smallCounty(const char *name)
{
    return QStringLiteral(FG_SHARED_DATA_DIR "/synthetic-small/%1.shp").arg(QLatin1String(name));
}

std::shared_ptr<ShapefileScan> scanOf(const QString &path)
{
    QString whyNot;
    std::shared_ptr<ShapefileScan> scan = ShapefileScan::open(path, &whyNot);
    INFO(whyNot.toStdString());
    REQUIRE(scan);
    return scan;
}

std::vector<qint64> fidsOf(const VectorLayer &layer)
{
    std::vector<qint64> fids;
    for (int row = 0; row < layer.featureCount(); ++row)
        fids.push_back(layer.fid(row));
    return fids;
}

std::vector<qint64> fidsOf(const ShapefileScan &scan)
{
    std::vector<qint64> fids;
    for (const ShapefileScan::Row &row : scan.rows())
        fids.push_back(row.fid);
    return fids;
}

/// Copies cultivated.{shp,shx,dbf,prj,cpg} of the small county into `dir`; returns the .shp path.
QString copyParcels(const QTemporaryDir &dir)
{
    for (const char *ext : { "shp", "shx", "dbf", "prj", "cpg" })
        REQUIRE(QFile::copy(
            QStringLiteral(FG_SHARED_DATA_DIR "/synthetic-small/cultivated.%1").arg(QLatin1String(ext)),
            dir.filePath(QStringLiteral("cultivated.%1").arg(QLatin1String(ext)))));
    return dir.filePath(QStringLiteral("cultivated.shp"));
}

/// Overwrites `bytes` at `offset` of the file.
void patch(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(offset));
    REQUIRE(file.write(bytes) == bytes.size());
}

/// Where record `index` starts in the .shp (its 8-byte header), from the .shx.
qint64 recordOffset(const QString &shx, qint64 index)
{
    QFile file(shx);
    REQUIRE(file.open(QIODevice::ReadOnly));
    REQUIRE(file.seek(100 + index * 8));
    const QByteArray entry = file.read(4);
    return qint64(qFromBigEndian<quint32>(entry.constData())) * 2;
}

QByteArray littleEndian(qint32 value)
{
    QByteArray bytes(4, 0);
    qToLittleEndian(value, bytes.data());
    return bytes;
}

} // namespace

TEST_CASE("a layer drawn from its shapefile scan matches the render of the loaded layer, view by view")
{
    test::ensureGuiApplication();
    RenderJob loaded, scanned;
    loaded.options.labels = scanned.options.labels = false;
    QRectF extent;
    for (const char *name : { "cultivated", "basic_farmland" }) {
        auto layer = std::make_shared<VectorLayer>(readLayer(smallCounty(name)));
        std::shared_ptr<ShapefileScan> scan = scanOf(smallCounty(name));
        // The scan keeps exactly the reader's features, with their extent, style and CRS.
        CHECK(fidsOf(*scan) == fidsOf(*layer));
        CHECK(scan->extent() == layer->extent());
        CHECK(scan->crs().epsg == 4547);
        const LayerStyle style = defaultStyleFor(*layer);
        const LayerStyle fromScan = defaultStyleFor(scan->describe());
        CHECK(fromScan.kind == style.kind);
        CHECK(fromScan.classField == style.classField);
        if (!style.classField.isEmpty())
            REQUIRE(scan->readClassField(style.classField));
        loaded.layers.push_back(
            { QString::fromLatin1(name), layer, style, std::make_shared<LayerRenderCache>() });
        scanned.layers.push_back({ QString::fromLatin1(name), nullptr, style, nullptr, scan });
        extent = extent.isNull() ? layer->extent() : extent.united(layer->extent());
    }
    CHECK(scanned.layers[0].scan->classValues().contains(QStringLiteral("0101")));
    // Full extent both ways the loaded layers are drawn (GEOS per view, and the band outlines a
    // county-wide view uses), then closer views.
    for (const auto &[zoom, fromBands] :
        { std::pair { 1.0, true }, { 1.0, false }, { 4.0, false }, { 32.0, false } }) {
        const QSize size(960, 540);
        loaded.transform = scanned.transform
            = MapTransform(extent.center(), MapTransform::fitting(extent, size).unitsPerPixel() / zoom, size);
        loaded.options.outlinesFromFeatures = fromBands ? 0 : std::numeric_limits<size_t>::max();
        fg::test::checkSameFeaturesDrawn(loaded, scanned);
        const QImage a = renderMap(loaded), b = renderMap(scanned);
        // The same rings simplified by the same rule in view pixels: measured pixel for pixel the
        // same as the GEOS render (0 % differ by more than 24). Against the band outlines (simplified
        // in band pixels) only antialiased edge pixels change: measured 0.04 % / 0.27 % of pixels
        // differ by more than 64 / 24, the band-outline test's bounds hold.
        const double over64 = fg::test::differingShare(a, b, 64), over24 = fg::test::differingShare(a, b, 24);
        INFO("zoom " << zoom << (fromBands ? " (bands)" : "") << ": " << over64 * 100 << " % / " << over24 * 100
                     << " % of pixels differ by more than 64 / 24");
        CHECK(over64 < (fromBands ? 0.003 : 1e-12));
        CHECK(over24 < (fromBands ? 0.015 : 1e-12));
    }
}

TEST_CASE("the scan skips exactly the records the reader skips: null, deleted, non-finite")
{
    QTemporaryDir dir;
    const QString shp = copyParcels(dir);
    const QString shx = dir.filePath(QStringLiteral("cultivated.shx")),
                  dbf = dir.filePath(QStringLiteral("cultivated.dbf"));
    // Record 5: a null shape (type 0); record 9: its first x NaN; record 12: deleted in the .dbf.
    patch(shp, recordOffset(shx, 5) + 8, littleEndian(0));
    double nan = std::numeric_limits<double>::quiet_NaN();
    QByteArray nanBytes(8, 0);
    std::memcpy(nanBytes.data(), &nan, 8);
    const qint64 record9 = recordOffset(shx, 9) + 8;
    QFile shpFile(shp);
    REQUIRE(shpFile.open(QIODevice::ReadOnly));
    REQUIRE(shpFile.seek(record9 + 36));
    const qint32 parts = qFromLittleEndian<qint32>(shpFile.read(4).constData());
    shpFile.close();
    patch(shp, record9 + 44 + 4 * parts, nanBytes);
    QFile dbfFile(dbf);
    REQUIRE(dbfFile.open(QIODevice::ReadOnly));
    const QByteArray head = dbfFile.read(12);
    dbfFile.close();
    const qint64 headerLength = qFromLittleEndian<quint16>(head.constData() + 8);
    const qint64 recordLength = qFromLittleEndian<quint16>(head.constData() + 10);
    patch(dbf, headerLength + 12 * recordLength, QByteArray("*"));

    const VectorLayer layer = readLayer(shp);
    const std::shared_ptr<ShapefileScan> scan = scanOf(shp);
    const std::vector<qint64> fids = fidsOf(*scan);
    CHECK(fids == fidsOf(layer));
    for (qint64 skipped : { 5, 9, 12 })
        CHECK(std::find(fids.begin(), fids.end(), skipped) == fids.end());
    CHECK(fids.size() == 2000 - 3);
}

TEST_CASE("the scan refuses a shapefile it cannot read whole, naming the file and record")
{
    QTemporaryDir dir;
    const QString shp = copyParcels(dir);
    const QString shx = dir.filePath(QStringLiteral("cultivated.shx"));
    QString whyNot;
    SECTION("a record that lies outside the .shp")
    {
        QByteArray far(4, 0);
        qToBigEndian<quint32>(quint32(QFileInfo(shp).size()), far.data()); // in 16-bit words: twice the size
        patch(shx, 100 + 3 * 8, far);
        CHECK(!ShapefileScan::open(shp, &whyNot));
        CHECK(whyNot.contains(QStringLiteral("record 3")));
        CHECK(whyNot.contains(shp));
    }
    SECTION("a record of another shape type than the layer's")
    {
        patch(shp, recordOffset(shx, 7) + 8, littleEndian(15)); // PolygonZ in a Polygon file
        CHECK(!ShapefileScan::open(shp, &whyNot));
        CHECK(whyNot.contains(QStringLiteral("record 7")));
    }
    SECTION("a part index past the record's points")
    {
        patch(shp, recordOffset(shx, 2) + 8 + 44, littleEndian(100000));
        CHECK(!ShapefileScan::open(shp, &whyNot));
        CHECK(whyNot.contains(QStringLiteral("record 2")));
    }
    SECTION("a .dbf listing another number of records")
    {
        QFile file(shx);
        REQUIRE(file.resize(file.size() - 8));
        CHECK(!ShapefileScan::open(shp, &whyNot));
        CHECK(whyNot.contains(QStringLiteral("cultivated.dbf")));
    }
    SECTION("a point shapefile")
    {
        const QString points
            = fixture::writeOgr(dir.filePath(QStringLiteral("points.shp")), QStringLiteral("ESRI Shapefile"),
                { { QStringLiteral("POINT (500000 4000000)"), { QStringLiteral("a") } } }, 4547);
        CHECK(!ShapefileScan::open(points, &whyNot));
        CHECK(whyNot.contains(QStringLiteral("not a polygon shapefile")));
    }
}
