// SPDX-License-Identifier: MIT
#include "gis/usecases/layer_files.h"

#include "gis/io/crs_check_aside.h"
#include "gis/io/layer_reader.h"
#include "gis/geometry/geometry_box.h"
#include "gis/usecases/empty_layers.h"

#include <algorithm>
#include <exception>
#include <future>

namespace fg::gis {

namespace {

ReadOptions polygonRead(const LayerFileOptions &options, const std::optional<NearBoxes> &near)
{
    ReadOptions read;
    read.encoding = options.encoding;
    read.expectedKind = GeometryKind::Polygon;
    read.near = near;
    return read;
}

} // namespace

VectorLayer readPolygonFileCrsAside(const QString &path, const LayerFileOptions &options, std::optional<QRectF> &extentToCheck)
{
    extentToCheck.reset();
    if (!options.crs.isEmpty())
        return readPolygonFile(path, options);
    return readLayerCrsAside(path, polygonRead(options, std::nullopt), extentToCheck);
}

VectorLayer readPolygonFile(const QString &path, const LayerFileOptions &options, const std::optional<NearBoxes> &near)
{
    ReadOptions read = polygonRead(options, near);
    VectorLayer layer = readLayer(path, read);
    // The CRS option declares the CRS of layers that carry none, and replaces a declared one the
    // detection says does not fit the coordinates; otherwise a layer's own CRS wins.
    if ((!layer.crs.known() || !layer.crs.mismatch.isEmpty()) && !options.crs.isEmpty()) {
        read.crs = options.crs;
        layer = readLayer(path, read);
    }
    return layer;
}

NearBoxes nearFeatures(const VectorLayer &layer, qint64 minFeatures)
{
    NearBoxes near;
    near.epsg = layer.crs.epsg;
    near.minFeatures = minFeatures;
    for (int row = 0; row < layer.featureCount(); ++row) {
        GeometryBox b;
        if (!geometryBox(layer.geometry(row), &b))
            continue;
        const double margin = 0.01 * std::max(b.maxX - b.minX, b.maxY - b.minY);
        near.boxes.push_back(
            QRectF(QPointF(b.minX - margin, b.minY - margin), QPointF(b.maxX + margin, b.maxY + margin)));
    }
    return near;
}

namespace {

/// Reads @p paths near @p near, each on a thread of its own (the last on the calling thread):
/// the reads share nothing (each opens its own GDAL dataset; GEOS, PROJ and GDAL's error
/// handlers are per thread), and one layer's read is one core's work. Errors come as a
/// sequential read gives them: the first path's first; a later layer's read still runs to its
/// end (the futures wait) but its error is dropped.
std::vector<VectorLayer> readSideBySide(const QStringList &paths, const LayerFileOptions &options, const NearBoxes &near)
{
    std::vector<std::future<VectorLayer>> others;
    for (qsizetype i = 0; i + 1 < paths.size(); ++i)
        others.push_back(std::async(std::launch::async, [&paths, &options, &near, i] {
            return readPolygonFile(paths[i], options, near);
        }));
    std::optional<VectorLayer> last;
    std::exception_ptr lastError;
    try {
        last = readPolygonFile(paths.back(), options, near);
    } catch (...) {
        lastError = std::current_exception();
    }
    std::vector<VectorLayer> layers;
    for (std::future<VectorLayer> &other : others)
        layers.push_back(other.get());
    if (lastError)
        std::rethrow_exception(lastError);
    layers.push_back(std::move(*last));
    return layers;
}

} // namespace

LayerFiles readLayerFiles(const QStringList &paths, const LayerFileOptions &options)
{
    LayerFiles files;
    std::vector<const VectorLayer *> all;
    if (options.onlyNearFirst && paths.size() > 1) {
        files.layers.push_back(std::make_shared<VectorLayer>(readPolygonFile(paths.front(), options)));
        for (VectorLayer &layer : readSideBySide(paths.mid(1), options, nearFeatures(*files.layers.front(), options.nearMinFeatures)))
            files.layers.push_back(std::make_shared<VectorLayer>(std::move(layer)));
    } else {
        for (const QString &path : paths)
            files.layers.push_back(std::make_shared<VectorLayer>(readPolygonFile(path, options)));
    }
    for (const std::shared_ptr<VectorLayer> &layer : files.layers)
        all.push_back(layer.get());
    const bool workingOverride = isCgcs2000GaussKrugerZone(parseEpsgCode(options.crs));
    files.working = chooseWorkingCrs(all, workingOverride ? options.crs : QString());
    for (const std::shared_ptr<VectorLayer> &layer : files.layers) {
        transformToWorkingCrs(*layer, files.working.epsg);
        if (options.buildIndexes)
            layer->buildIndex();
        for (const QString &warning : layer->warnings)
            files.warnings << (warning.contains(layer->sourcePath)
                    ? warning
                    : layer->sourcePath + QStringLiteral(": ") + warning);
        if (readWholeAndEmpty(*layer))
            files.warnings << emptyLayerWarning(layer->sourcePath);
    }
    return files;
}

} // namespace fg::gis
