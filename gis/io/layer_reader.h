// SPDX-License-Identifier: MIT
#pragma once

#include "gis/io/vector_layer.h"

#include <QRectF>

#include <functional>
#include <optional>
#include <vector>

namespace fg::gis {

/// Read only the features that can touch some boxes (ReadOptions::near).
struct NearBoxes
{
    std::vector<QRectF> boxes; ///< e.g. the incidents' envelopes, in the CRS of epsg
    int epsg = 0; ///< the boxes' CRS: a source that is in another CRS is read whole
    /// A source with fewer features is read whole (its every defect reported, at little cost).
    qint64 minFeatures = 0;
};

/// What the caller asks of a read.
struct ReadOptions
{
    QString encoding; ///< override of the attribute text encoding; empty = detect
    QString crs; ///< override of the source CRS ("EPSG:4547"); empty = detect
    QString layerName; ///< layer inside a multi-layer source; empty = the first
    GeometryKind expectedKind = GeometryKind::Unknown; ///< role check; Unknown accepts any
    /// A shapefile whose .shx is missing is read from a temporary copy where GDAL rebuilds the
    /// index (never beside the user's data); false = refuse with a message that offers this.
    bool restoreMissingShx = false;
    /// Called with 0..1 now and then; return false to cancel (readLayer then throws Cancelled).
    std::function<bool(double)> progress;
    /// When set, a polygon shapefile in the boxes' CRS is read only where it can touch a box:
    /// the records whose points' box meets one (shapefileRecordsMeeting), by id; the layer's
    /// sourceExtent then holds the whole file's extent, and the reader's warnings (repairs,
    /// skipped features) name only the features read. Any other source is read whole.
    std::optional<NearBoxes> near;
};

/// Thrown when ReadOptions::progress asked to stop.
struct ReadCancelled
{
};

/// Reads one vector layer fully into memory through GDAL/OGR.
/// Throws core::InputError naming the file (and feature) for anything unreadable.
/// Thread-safe: opens its own dataset handle.
VectorLayer readLayer(const QString &path, const ReadOptions &options = {});

/// Names of the vector layers in a source (one for a shapefile).
QStringList listLayers(const QString &path);

} // namespace fg::gis
