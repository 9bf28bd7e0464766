// SPDX-License-Identifier: MIT
#include "gis/store/project_stores.h"

#include "core/input_error.h"
#include "gis/store/gpkg/gpkg_backend.h"
#include "gis/io/layer_reader.h"
#include "gis/store/new_project_p.h"
#include "gis/store/pg/pg_backend.h"

namespace fg::gis {

void completeNewProject(ProjectStore &store, const NewProject &spec, const StoreProgress &progress)
{
    if (spec.logKey)
        store.keyLog(*spec.logKey);
    for (const auto &[key, value] : spec.settings)
        store.setSetting(key, value);
    if (spec.populate)
        spec.populate(store);
    if (progress && !progress(1))
        throw ReadCancelled();
}

std::unique_ptr<ProjectStore> ProjectStores::open(
    const ProjectLocation &location, const OperatorIdentity &who, OpenMode mode)
{
    return open(location, who, mode, core::LogKey::fromEnvironment());
}

std::unique_ptr<ProjectStore> ProjectStores::open(const ProjectLocation &location, const OperatorIdentity &who,
    OpenMode mode, const std::optional<core::LogKey> &key)
{
    if (location.isPostGis())
        return PgBackend::open(location, who, mode, key);
    return GpkgBackend::open(location.path(), who, mode, key);
}

std::unique_ptr<ProjectStore> ProjectStores::create(
    const ProjectLocation &location, const NewProject &spec, const OperatorIdentity &who, const StoreProgress &progress)
{
    NewProject keyed = spec;
    if (!keyed.logKey)
        keyed.logKey = core::LogKey::fromEnvironment();
    if (location.isPostGis())
        return PgBackend::create(location, keyed, who, progress);
    return GpkgBackend::create(location.path(), keyed, who, progress);
}

bool ProjectStores::exists(const ProjectLocation &location)
{
    return location.isPostGis() ? PgBackend::exists(location) : GpkgBackend::exists(location.path());
}

void ProjectStores::discard(const ProjectLocation &location)
{
    if (location.isPostGis())
        PgBackend::discard(location);
    else
        GpkgBackend::discard(location.path());
}

LogCheck ProjectStores::verify(const ProjectLocation &location)
{
    return verify(location, LogCheckOptions {});
}

LogCheck ProjectStores::verify(const ProjectLocation &location, const LogCheckOptions &options)
{
    LogCheckOptions withKey = options;
    if (!withKey.key)
        withKey.key = core::LogKey::fromEnvironment();
    return location.isPostGis() ? PgBackend::verify(location, withKey) : GpkgBackend::verify(location.path(), withKey);
}

void ProjectStores::copy(const ProjectLocation &from, const ProjectLocation &to, const StoreProgress &progress)
{
    if (exists(to))
        throw core::InputError(to.display(), tr("the destination exists already: copies never replace a project"));
    // Read-only: the source gains nothing, not even the copying operator's first visit.
    const std::unique_ptr<ProjectStore> source
        = open(from, OperatorIdentity { tr("FarmGuard copy"), QStringLiteral("copy") }, OpenMode::ReadOnly);
    copy(*source, to, progress);
}

void ProjectStores::copy(const ProjectStore &from, const ProjectLocation &to, const StoreProgress &progress)
{
    if (exists(to))
        throw core::InputError(to.display(), tr("the destination exists already: copies never replace a project"));
    if (from.info().location == to.display())
        throw core::InputError(to.display(), tr("a project cannot be copied onto itself"));
    std::unique_ptr<ProjectDumpSink> sink
        = to.isPostGis() ? PgBackend::restoreSink(to) : GpkgBackend::restoreSink(to.path());
    try {
        from.dump(*sink, progress);
    } catch (...) {
        sink.reset();
        discard(to);
        throw;
    }
}

void ProjectStores::grant(const ProjectLocation &location, const ProjectGrant &grant)
{
    if (!location.isPostGis())
        throw core::InputError(location.display(),
            tr("a GeoPackage project is guarded by its file's permissions: rights are granted on a shared "
               "PostGIS project"));
    PgBackend::grant(location, grant);
}

} // namespace fg::gis
