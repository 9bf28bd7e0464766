// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace fg::gis {

/// What @p path is when it is neither a regular file nor a folder — "a FIFO (named pipe)", "a
/// character device", "a block device", "a socket" (translated) — or an empty string when it is a
/// regular file, a folder or absent. Symbolic links are followed. Reading such a file never ends
/// (a device) or waits for a writer forever (a FIFO), so every reader asks this first.
QString specialFileKind(const QString &path);

/// Refuses, before anything opens it, a layer file that is not a regular file or a folder, and any
/// file beside it sharing its base name that is not one either (a shapefile's .shx, .dbf, .prj or
/// .cpg, a CSV's .csvt, a GeoPackage's -wal: GDAL opens those by name). Throws core::InputError
/// naming the offending file and what it is. Reads directory entries and inode types only.
void refuseSpecialFiles(const QString &path);

} // namespace fg::gis
