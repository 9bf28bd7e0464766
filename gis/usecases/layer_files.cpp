// SPDX-License-Identifier: MIT
#include "gis/usecases/layer_files.h"

#include "gis/io/layer_reader.h"

namespace fg::gis {

VectorLayer readPolygonFile(const QString &path, const LayerFileOptions &options)
{
    ReadOptions read;
    read.encoding = options.encoding;
    read.expectedKind = GeometryKind::Polygon;
    VectorLayer layer = readLayer(path, read);
    // The CRS option declares the CRS of layers that carry none, and replaces a declared one the
    // detection says does not fit the coordinates; otherwise a layer's own CRS wins.
    if ((!layer.crs.known() || !layer.crs.mismatch.isEmpty()) && !options.crs.isEmpty()) {
        read.crs = options.crs;
        layer = readLayer(path, read);
    }
    return layer;
}

LayerFiles readLayerFiles(const QStringList &paths, const LayerFileOptions &options)
{
    LayerFiles files;
    std::vector<const VectorLayer *> all;
    for (const QString &path : paths) {
        files.layers.push_back(std::make_shared<VectorLayer>(readPolygonFile(path, options)));
        all.push_back(files.layers.back().get());
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
