// SPDX-License-Identifier: MIT
// Private to gis/io: opens any supported vector source with GDAL after checking it for the
// common ways real files are broken.
#pragma once

#include "gis/io/gdal_handles_p.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace fg::gis {

/// An open source and what opening it took. Keeps temporary copies and in-memory files alive
/// exactly as long as the dataset; move-only.
class OpenedSource
{
public:
    OpenedSource() = default;
    ~OpenedSource();
    OpenedSource(OpenedSource &&) = default;
    OpenedSource &operator=(OpenedSource &&) = delete;
    OpenedSource(const OpenedSource &) = delete;
    OpenedSource &operator=(const OpenedSource &) = delete;

    GdalDatasetPtr dataset;
    QString driver; ///< GDAL short name, e.g. "ESRI Shapefile"
    QString dbfPath; ///< the attribute table when the source is a shapefile or a bare .dbf
    QString csvPath; ///< the file when the source is CSV (text decoded by FarmGuard)
    bool rawText = false; ///< GDAL returns text undecoded: FarmGuard decides the encoding
    QStringList notes; ///< what was done to open it (wrapped array, restored index), for warnings
    std::unique_ptr<QTemporaryDir> copy; ///< working copy (restored .shx); never the user's folder
    QString memoryFile; ///< /vsimem/ file to unlink after closing
};

/// Opens `path` read-only. Checks existence, FIFOs, devices and sockets (the file and its
/// siblings: refuseSpecialFiles), readability, directories (only an Esri .gdb folder is a source),
/// zero-byte files and shapefile sets (see checkShapefileSet; a set is judged the same whether its
/// .shp, .shx or .dbf is named) first; wraps a GeoJSON
/// file whose top level is a bare array of Features; gives CSV the X/Y and WKT column names users
/// write. Throws core::InputError naming the file.
OpenedSource openSource(const QString &path, bool restoreMissingShx);

} // namespace fg::gis
