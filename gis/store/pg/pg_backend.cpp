// SPDX-License-Identifier: MIT
#include "gis/store/pg/pg_backend.h"

#include "core/cases/hash_chain.h"
#include "core/input_error.h"
#include "core/store_errors.h"
#include "gis/store/pg/pg_connection_p.h"
#include "gis/store/pg/pg_project_store.h"
#include "gis/store/pg/pg_schema_p.h"
#include "gis/store/sql/sql_project_store.h"

namespace fg::gis {

namespace {

std::unique_ptr<PgConnection> connect(const ProjectLocation &location)
{
    PgSchema::checkName(location.display(), location.schema());
    return std::make_unique<PgConnection>(location.conninfo(), location.schema(), location.display());
}

bool schemaExists(const PgConnection &db)
{
    return db.query(QStringLiteral("SELECT 1 FROM pg_namespace WHERE nspname = ?1"), { db.schema() })->next();
}

} // namespace

std::unique_ptr<ProjectStore> PgBackend::open(
    const ProjectLocation &location, const OperatorIdentity &who, OpenMode mode, const std::optional<core::LogKey> &key)
{
    return PgProjectStore::open(location, who, mode, key);
}

std::unique_ptr<ProjectStore> PgBackend::create(
    const ProjectLocation &location, const NewProject &spec, const OperatorIdentity &who, const StoreProgress &progress)
{
    return PgProjectStore::create(location, spec, who, progress);
}

bool PgBackend::exists(const ProjectLocation &location)
{
    return schemaExists(*connect(location));
}

void PgBackend::discard(const ProjectLocation &location)
{
    auto db = connect(location);
    if (schemaExists(*db))
        PgSchema::drop(*db); // refuses a schema that is not a FarmGuard project
}

LogCheck PgBackend::verify(const ProjectLocation &location, const LogCheckOptions &options)
{
    return PgProjectStore::verify(location, options);
}

void PgBackend::grant(const ProjectLocation &location, const ProjectGrant &grant)
{
    auto db = connect(location);
    if (!PgSchema::isProject(*db))
        throw core::InputError(location.display(), tr("no FarmGuard project in the schema %1").arg(location.schema()));
    auto owner = db->query(QStringLiteral("SELECT pg_has_role(session_user, n.nspowner, 'MEMBER') OR r.rolsuper "
                                          "FROM pg_namespace n, pg_roles r WHERE n.nspname = ?1 AND r.rolname = session_user"),
        { location.schema() });
    if (!owner->next() || owner->integer(0) != 1)
        throw core::PermissionDenied(location.display(),
            tr("only the project's owner (or a superuser) grants rights; the login %1 is neither").arg(db->login()));
    owner.reset();
    PgRights::grant(*db, grant);
}

} // namespace fg::gis
