// SPDX-License-Identifier: MIT
// PgBackend for a FarmGuard built without PostGIS support: every call refuses, naming the
// location. Replaced by pg_backend.cpp (gis/store/CMakeLists.txt takes it when present).
#include "gis/store/pg/pg_backend.h"

#include "core/input_error.h"

namespace fg::gis {

namespace {

[[noreturn]] void refuse(const ProjectLocation &location)
{
    throw core::InputError(location.display(), PgBackend::tr("this FarmGuard was built without PostGIS support"));
}

} // namespace

std::unique_ptr<ProjectStore> PgBackend::open(
    const ProjectLocation &location, const OperatorIdentity &, OpenMode, const std::optional<core::LogKey> &)
{
    refuse(location);
}

std::unique_ptr<ProjectStore> PgBackend::create(
    const ProjectLocation &location, const NewProject &, const OperatorIdentity &, const StoreProgress &)
{
    refuse(location);
}

bool PgBackend::exists(const ProjectLocation &location)
{
    refuse(location);
}

void PgBackend::discard(const ProjectLocation &location)
{
    refuse(location);
}

LogCheck PgBackend::verify(const ProjectLocation &location, const LogCheckOptions &)
{
    refuse(location);
}

std::unique_ptr<ProjectDumpSink> PgBackend::restoreSink(const ProjectLocation &location)
{
    refuse(location);
}

void PgBackend::grant(const ProjectLocation &location, const ProjectGrant &)
{
    refuse(location);
}

} // namespace fg::gis
