// SPDX-License-Identifier: MIT
// Every row a LayerStream gives through nextRaw, as project create's reading thread takes them:
// what the tests of its fast paths (the .shp records, the .dbf values) compare with OGR's.
#pragma once

#include "gis/io/layer_stream.h"
#include "gis/io/raw_feature.h"

#include <QRectF>
#include <QStringList>

#include <vector>

namespace fixture {

struct RawRows
{
    std::vector<fg::gis::RawFeature> rows; ///< checked and settled, geometries freed
    QStringList warnings; ///< the layer's, once read to its end
};

/// Reads @p stream to its end in chunks of @p chunk rows.
inline RawRows readRawRows(fg::gis::LayerStream &stream, int chunk)
{
    RawRows read;
    std::vector<fg::gis::RawFeature> rows;
    while (stream.nextRaw(rows, chunk))
        for (fg::gis::RawFeature &row : rows) {
            fg::gis::checkRawFeature(row, stream.expectedKind());
            stream.settle(row);
            row.geometry.reset();
            read.rows.push_back(std::move(row));
        }
    read.warnings = stream.finish(QRectF()).warnings;
    return read;
}

} // namespace fixture
