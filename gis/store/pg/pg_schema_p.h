// SPDX-License-Identifier: MIT
// Private to gis/store/pg: a project's tables, triggers, functions, roles and row-level security
// in its PostgreSQL schema.
#pragma once

#include "gis/io/vector_layer.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace fg::gis {

class PgConnection;
struct ProjectGrant;
struct StoreRights;

/// The PostGIS layout of a project, schema version 9: the GeoPackage's tables and columns, in
/// the same order, with bigint for INTEGER, double precision for REAL, text for TEXT, bytea
/// for BLOB and geometry(MultiPolygon, EPSG) columns `geom` with GiST indexes. Reference layer
/// fields of type Date / DateTime are text domains fg_date / fg_datetime (ISO text as in the
/// GeoPackage), so a dump is the same on both backends and the field types survive.
/// The server keeps the audit chain (a BEFORE INSERT trigger on event_log checks seq and
/// prev_hash against the log's last event, then notifies farmguard_<schema>; a deferred trigger
/// moves the head rows in settings at the commit); fg_lock_log_head() serialises writers. Rights: see PgRights.
class PgSchema
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::PgSchema)

public:
    /// 5: the first shared schema; 6: receipts (copies of the log receipts sealed on it); 7: accountability organ and
    /// document number, the date of a major-case declaration, the joint reclamation acceptor; 8: the
    /// incidents' party ID number and net-of-田坎 figures; 9: the approvals layer (GiST, read by
    /// all, added to by the bureau); 10: township targets and measures (考核) with their rights; 11: the reference
    /// layers' content hashes (layer_hashes, read by all, filled by the store when the layers
    /// are written or the owner migrates); 12: the chain's head read from event_log itself, the head
    /// rows in settings moved once per transaction (an import's cost no longer grows with the
    /// square of its events).
    static constexpr int kVersion = 12;
    /// The steps above the first shared schema this build has, in order.
    static constexpr int kSteps[] = { 6, 7, 8, 9, 10, 11, 12 };
    /// Whether @p version is one of kSteps.
    static bool hasStep(int version);
    /// Group role names take "<schema>_department": at most 63 bytes.
    static constexpr int kMaxSchemaLength = 52;

    /// Refuses (InputError) a schema name that cannot hold a project.
    static void checkName(const QString &location, const QString &schema);
    /// Creates the schema, the domain tables, the incidents layer, triggers, functions, group
    /// roles and policies, inside the caller's transaction. The caller becomes the owner (bureau).
    /// Refuses a schema that exists.
    static void create(PgConnection &connection, int workingEpsg);
    /// Creates a reference layer table (fid, geom, the fields) without its index: load it, then
    /// index() it.
    static void createReference(PgConnection &connection, const QString &table,
        const std::vector<FieldDefinition> &fields, int workingEpsg);
    /// GiST index and statistics for a loaded layer.
    static void index(PgConnection &connection, const QString &table);

    /// Takes the project one schema step up to @p to (6: the receipts table, its triggers and
    /// rights; 7: the case records' columns; 8: the incidents' ID number and net figures; 9: the
    /// approvals layer; 10: the township targets and measures; 11: the layer_hashes table; 12: the
    /// chain's functions and event_log_settle) inside the caller's transaction when
    /// the connection's login owns the schema; false when it is not at the step before @p to or the
    /// login may not.
    static bool upgrade(PgConnection &connection, int to);
    /// The schema's version (0: no such schema, or not a FarmGuard project).
    static int version(const PgConnection &connection);
    /// True when the connection's schema holds a FarmGuard project.
    static bool isProject(const PgConnection &connection);
    /// The working CRS (the SRID of incidents.geom).
    static int workingEpsg(const PgConnection &connection);
    /// Fields of a table after fid and geom, with their FieldType (domains tell dates).
    static std::vector<FieldDefinition> fields(const PgConnection &connection, const QString &table);
    /// FORCE (or NO FORCE) row-level security on every table of the schema. A restore lifts it
    /// inside its transaction: COPY cannot load a table whose policies apply to the loader.
    static void forceRowSecurity(PgConnection &connection, bool force);
    /// Drops the schema and its group roles (after checking it is a FarmGuard project).
    static void drop(PgConnection &connection);

    /// The notification channel of the schema's log.
    static QString channel(const QString &schema) { return QStringLiteral("farmguard_") + schema; }
};

/// Rights on a shared project: group roles <schema>_bureau / _township / _department, the table
/// user_rights (login → kind, township, department) read through fg_my_rights(), and row-level
/// security on every domain table (docs/design/shared-record.md).
class PgRights
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::PgRights)

public:
    /// Creates the group roles, grants and policies (inside PgSchema::create's transaction).
    static void create(PgConnection &connection);
    /// What the connection's login may do (fg_my_rights(): owner and superusers are bureau).
    /// Throws PermissionDenied when the login has no rights on the project.
    static StoreRights rights(const PgConnection &connection);
    /// Creates the login if missing, puts it in one group and records its township or
    /// department; Revoke takes it out of the groups and forgets it. Run by the owner.
    static void grant(PgConnection &connection, const ProjectGrant &grant);
    /// Drops the group roles (PgSchema::drop).
    static void dropRoles(PgConnection &connection);
};

} // namespace fg::gis
