// SPDX-License-Identifier: MIT
// Private to gis/store: what ProjectStores does for a PostGIS location. The PostGIS backend
// implements these in gis/store/pg/pg_backend.cpp (libpq); until then pg_backend_stub.cpp
// refuses every call, so a FarmGuard without it says so instead of failing obscurely.
#pragma once

#include "gis/store/project_dump.h"
#include "gis/store/project_stores.h"

#include <QCoreApplication>

namespace fg::gis {

/// The PostGIS side of ProjectStores; the same contract as the functions of ProjectStores that
/// call them (gis/store/project_stores.h), for a location whose isPostGis() is true.
class PgBackend
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::PgBackend)

public:
    static std::unique_ptr<ProjectStore> open(const ProjectLocation &location, const OperatorIdentity &who,
        OpenMode mode, const std::optional<core::LogKey> &key);
    /// Creates the schema with @p spec's layers (COPY) and empty domain tables, then opens it.
    /// A failed or cancelled create leaves nothing behind.
    static std::unique_ptr<ProjectStore> create(const ProjectLocation &location, const NewProject &spec,
        const OperatorIdentity &who, const StoreProgress &progress);
    static bool exists(const ProjectLocation &location);
    /// Drops the project's schema (a cancelled create or a failed copy).
    static void discard(const ProjectLocation &location);
    /// The chain, the recorded head and the server's own check, read-only.
    static LogCheck verify(const ProjectLocation &location, const LogCheckOptions &options);
    /// A sink creating a new project at @p location (which must not exist) from a dump, rows
    /// and log verbatim (no event added), committing at end(). After an exception the caller
    /// destroys it and calls discard(location).
    static std::unique_ptr<ProjectDumpSink> restoreSink(const ProjectLocation &location);
    static void grant(const ProjectLocation &location, const ProjectGrant &grant);
};

} // namespace fg::gis
