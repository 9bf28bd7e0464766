// SPDX-License-Identifier: MIT
#pragma once

#include "gis/io/layer_reader.h"
#include "gis/io/vector_layer.h"
#include "gis/io/working_crs.h"

#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace fg::gis {

/// How to read layer files given on a command line.
struct LayerFileOptions
{
    QString encoding; ///< attribute encoding override; empty = detect
    /// The CRS of layers that carry none (no .prj); also the working CRS when it names a
    /// CGCS2000 Gauss-Krüger zone. Empty = detect and choose.
    QString crs;
    bool buildIndexes = false; ///< build each layer's spatial index (map-like uses: reports)
    /// Read the layers after the first only where they can touch one of the first layer's
    /// features (ReadOptions::near): what an overlay of the first layer's polygons needs, for
    /// any figure. Used by `analyze` (the first layer holds the incidents).
    bool onlyNearFirst = false;
    /// With onlyNearFirst: layers with fewer features are read whole (NearBoxes::minFeatures).
    qint64 nearMinFeatures = 20000;
};

/// Polygon layer files read into one working CRS.
struct LayerFiles
{
    std::vector<std::shared_ptr<VectorLayer>> layers; ///< in the order of the paths
    WorkingCrsChoice working;
    QStringList warnings; ///< each reader's warnings, prefixed with its file unless they name it
};

/// Reads one polygon layer (encoding and CRS detection, repair) with @p options' encoding, and
/// its CRS for a layer without one or whose declared CRS does not fit; not transformed. Throws
/// core::InputError naming the file.
VectorLayer readPolygonFile(
    const QString &path, const LayerFileOptions &options, const std::optional<NearBoxes> &near = std::nullopt);

/// readPolygonFile() that leaves the check of a declared CRS against the coordinates to the
/// caller (readLayerCrsAside(), CrsCheckAside) when @p options gives no CRS: @p extentToCheck then
/// receives the extent to check. With a CRS given the read checks, as it must to know whether
/// the given CRS replaces the declared one, and @p extentToCheck is left empty.
VectorLayer readPolygonFileCrsAside(const QString &path, const LayerFileOptions &options, std::optional<QRectF> &extentToCheck);

/// What lies near @p layer's features, for ReadOptions::near: their envelopes, each widened by
/// 1 % of its size (so that a transformation to the working CRS, which bends straight edges a
/// hair, cannot bring in a parcel whose box missed), in the layer's CRS.
NearBoxes nearFeatures(const VectorLayer &layer, qint64 minFeatures);

/// Reads polygon layers (encoding and CRS detection, repair), chooses one working CRS for them
/// all (chooseWorkingCrs) and transforms them into it: what `analyze` and `report` do with layer
/// files instead of a project. Throws core::InputError naming the file and the problem.
LayerFiles readLayerFiles(const QStringList &paths, const LayerFileOptions &options);

} // namespace fg::gis
