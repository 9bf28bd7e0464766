// SPDX-License-Identifier: MIT
#pragma once

#include "gis/io/vector_layer.h"
#include "gis/io/working_crs.h"

#include <QStringList>

#include <memory>
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
VectorLayer readPolygonFile(const QString &path, const LayerFileOptions &options);

/// Reads polygon layers (encoding and CRS detection, repair), chooses one working CRS for them
/// all (chooseWorkingCrs) and transforms them into it: what `analyze` and `report` do with layer
/// files instead of a project. Throws core::InputError naming the file and the problem.
LayerFiles readLayerFiles(const QStringList &paths, const LayerFileOptions &options);

} // namespace fg::gis
