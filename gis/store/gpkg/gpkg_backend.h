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
    static std::unique_ptr<ProjectStore> open(const QString &path, const OperatorIdentity &who, OpenMode mode);
    /// Writes the new file (GDAL makes the tables, rows go in through SQLite), opens it for
    /// @p who and records the settings. A failure or cancel removes the file.
    static std::unique_ptr<ProjectStore> create(
        const QString &path, const NewProject &spec, const OperatorIdentity &who, const StoreProgress &progress);
    static bool exists(const QString &path);
    static void discard(const QString &path);
    static LogCheck verify(const QString &path);
    /// A sink that writes a new project file at @p path (which must not exist) from a dump and
    /// commits at end(). After an exception the caller destroys it and discards @p path.
    static std::unique_ptr<ProjectDumpSink> restoreSink(const QString &path);
};

} // namespace fg::gis
