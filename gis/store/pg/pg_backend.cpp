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

std::unique_ptr<ProjectStore> PgBackend::open(const ProjectLocation &location, const OperatorIdentity &who, OpenMode mode)
{
    return PgProjectStore::open(location, who, mode);
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

LogCheck PgBackend::verify(const ProjectLocation &location)
{
    auto db = connect(location);
    if (!PgSchema::isProject(*db))
        throw core::InputError(location.display(), tr("no FarmGuard project in the schema %1").arg(location.schema()));
    if (PgRights::rights(*db).scope != StoreRights::Scope::All)
        throw core::PermissionDenied(location.display(),
            tr("the login %1 may not read the whole audit log: checking it is the bureau's right").arg(db->login()));
    SqlTransaction snapshot(*db, SqlTransaction::Kind::Read);
    const QList<core::AuditEvent> events = SqlProjectStore::readLog(*db, QStringLiteral("row_no"));
    const core::ChainReport report = core::HashChain::verify(events, SqlProjectStore::recordedHead(*db));
    // The server's own check: every event's seq was accepted in order by the chain trigger, so
    // a row count that disagrees with the numbers means rows were removed behind its back.
    auto count = db->query(QStringLiteral("SELECT count(*), coalesce(max(seq), 0) FROM event_log"));
    count->next();
    const QString integrity = count->integer(0) == count->integer(1)
        ? QStringLiteral("ok")
        : tr("%1 events stored, numbered up to %2").arg(count->integer(0)).arg(count->integer(1));
    count.reset();
    snapshot.commit();
    return { report, events.size(), integrity };
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
