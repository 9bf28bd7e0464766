// SPDX-License-Identifier: MIT
// Private to gis/store: what ProjectStores does for a GeoPackage location (the PostGIS side is
// gis/store/pg/pg_backend.h, with the same functions).
#pragma once

#include "gis/store/project_dump.h"
#include "gis/store/project_stores.h"

#include <QCoreApplication>

namespace fg::gis {

class GpkgBackend
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::GpkgBackend)

public:
    static std::unique_ptr<ProjectStore> open(
        const QString &path, const OperatorIdentity &who, OpenMode mode, const std::optional<core::LogKey> &key);
    /// Writes the new file under a temporary name in the same folder (GDAL makes the tables,
    /// rows go in through SQLite), opens it for @p who, keys the log when asked, records the
    /// settings, runs spec.populate, then renames it to @p path and opens it there. A failure
    /// or cancel removes the temporary file; a killed process leaves at most that hidden file
    /// (".NAME.building-PID.gpkg"), removed by the next create of the same project.
    static std::unique_ptr<ProjectStore> create(
        const QString &path, const NewProject &spec, const OperatorIdentity &who, const StoreProgress &progress);
    static bool exists(const QString &path);
    static void discard(const QString &path);
    static LogCheck verify(const QString &path, const LogCheckOptions &options);
    /// A sink that writes a new project file at @p path (which must not exist) from a dump and
    /// commits at end(). After an exception the caller destroys it and discards @p path.
    static std::unique_ptr<ProjectDumpSink> restoreSink(const QString &path);
};

} // namespace fg::gis
