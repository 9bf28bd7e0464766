// SPDX-License-Identifier: MIT
#include "gis/usecases/layer_files.h"

#include "gis/io/layer_reader.h"

#include <algorithm>

namespace fg::gis {

VectorLayer readPolygonFile(const QString &path, const LayerFileOptions &options, const std::optional<NearBoxes> &near)
{
    ReadOptions read;
    read.encoding = options.encoding;
    read.expectedKind = GeometryKind::Polygon;
    read.near = near;
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
    GEOSContextHandle_t ctx = geosContext();
    for (int row = 0; row < layer.featureCount(); ++row) {
        const GEOSGeometry *g = layer.geometry(row);
        double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        if (!g || GEOSisEmpty_r(ctx, g) || !GEOSGeom_getXMin_r(ctx, g, &x0) || !GEOSGeom_getYMin_r(ctx, g, &y0)
            || !GEOSGeom_getXMax_r(ctx, g, &x1) || !GEOSGeom_getYMax_r(ctx, g, &y1))
            continue;
        const double margin = 0.01 * std::max(x1 - x0, y1 - y0);
        near.boxes.push_back(QRectF(QPointF(x0 - margin, y0 - margin), QPointF(x1 + margin, y1 + margin)));
    }
    return near;
}

LayerFiles readLayerFiles(const QStringList &paths, const LayerFileOptions &options)
{
    LayerFiles files;
    std::vector<const VectorLayer *> all;
    std::optional<NearBoxes> near;
    for (const QString &path : paths) {
        files.layers.push_back(std::make_shared<VectorLayer>(readPolygonFile(path, options, near)));
        all.push_back(files.layers.back().get());
        if (options.onlyNearFirst && all.size() == 1)
            near = nearFeatures(*all.front(), options.nearMinFeatures);
    }
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
    }
    return files;
}

} // namespace fg::gis
