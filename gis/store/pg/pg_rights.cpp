// SPDX-License-Identifier: MIT
#include "gis/store/pg/pg_schema_p.h"

#include "core/cases/department.h"
#include "core/input_error.h"
#include "core/store_errors.h"
#include "gis/store/pg/pg_connection_p.h"
#include "gis/store/pg/pg_sql_p.h"
#include "gis/store/project_stores.h"

namespace fg::gis {

namespace {

/// Roles, the rights functions and grants. The owner joins the bureau group, so with FORCE
/// ROW LEVEL SECURITY its own sessions and the SECURITY DEFINER functions it owns still pass
/// the bureau's policies; superusers bypass row-level security anyway.
const char *const kRoles = R"SQL(
DO $$ BEGIN CREATE ROLE {BUREAU} NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE {TOWNSHIP} NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE {DEPARTMENT} NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
GRANT {BUREAU} TO CURRENT_USER;
CREATE FUNCTION fg_my_rights(OUT kind text, OUT township text, OUT department text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {S}, pg_temp AS $$
  SELECT x.kind, x.township, x.department FROM (
    SELECT 0 AS p, 'bureau'::text AS kind, NULL::text AS township, NULL::text AS department
     WHERE (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)
        OR pg_has_role(session_user, (SELECT nspowner FROM pg_namespace WHERE nspname = {SCHEMA}), 'MEMBER')
    UNION ALL
    SELECT 1, r.kind, r.township, r.department FROM user_rights r WHERE r.login = session_user) x
  ORDER BY x.p LIMIT 1
$$;
CREATE FUNCTION fg_my_township() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = {S}, pg_temp AS $$ SELECT township FROM fg_my_rights() $$;
CREATE FUNCTION fg_my_department() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = {S}, pg_temp AS $$ SELECT department FROM fg_my_rights() $$;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA {S} FROM PUBLIC;
GRANT USAGE ON SCHEMA {S} TO {BUREAU}, {TOWNSHIP}, {DEPARTMENT};
GRANT EXECUTE ON FUNCTION fg_my_rights(), fg_my_township(), fg_my_department(), fg_lock_log_head(), fg_log_head()
  TO {BUREAU}, {TOWNSHIP}, {DEPARTMENT};
GRANT SELECT ON schema_version, settings, officers, parties, attachments, grid_cells, patrol_plans, patrol_visits,
  patrol_routes, patrol_village_patrols, event_log TO {BUREAU}, {TOWNSHIP}, {DEPARTMENT};
GRANT INSERT ON officers, attachments, event_log TO {BUREAU}, {TOWNSHIP}, {DEPARTMENT};
GRANT SELECT, INSERT ON receipts TO {BUREAU}, {TOWNSHIP}, {DEPARTMENT};
GRANT SELECT, INSERT, UPDATE ON schema_version, settings, parties, incidents, cases, case_incidents, transfers,
  grid_cells, patrol_officers, village_patrollers TO {BUREAU};
GRANT SELECT, INSERT ON case_events, accountability, patrol_plans, patrol_visits, patrol_routes, patrol_tracks,
  patrol_records, patrol_village_patrols TO {BUREAU};
GRANT DELETE ON grid_cells TO {BUREAU};
GRANT SELECT, INSERT, UPDATE ON incidents, cases, case_incidents, transfers, patrol_officers, village_patrollers
  TO {TOWNSHIP};
GRANT SELECT, INSERT ON parties, case_events, accountability, patrol_tracks, patrol_records TO {TOWNSHIP};
GRANT SELECT ON incidents, cases, case_incidents, case_events, transfers, accountability TO {DEPARTMENT};
GRANT UPDATE (reply, replied_at) ON transfers TO {DEPARTMENT};
GRANT INSERT, UPDATE (value) ON settings TO {TOWNSHIP}, {DEPARTMENT};
GRANT UPDATE (revision, changed_by, changed_at) ON cases TO {DEPARTMENT};
)SQL";

/// Row-level security. Bureau: everything. Township: its incidents and cases (by their
/// township column), their links, steps, transfers and accountability, its patrol officers,
/// village patrollers, their tracks and the records of its grid cells; reads the county-wide
/// tables (settings, officers, parties, attachments, grid, plans). Department: the cases with a
/// transfer to it, their incidents, links and steps, its own transfers, whose reply it may set
/// once. Everyone appends to the log; the bureau reads all of it, others the events of the
/// records they see. Settings are the bureau's; others may only write the log head's rows with
/// the value the server's trigger already put there (a store echoing the head it appended).
const char *const kPolicies = R"SQL(
DO $$
DECLARE t text;
BEGIN
  FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = {SCHEMA} AND c.relkind = 'r' LOOP
    EXECUTE format('ALTER TABLE %I.%I ENABLE ROW LEVEL SECURITY', {SCHEMA}, t);
    EXECUTE format('ALTER TABLE %I.%I FORCE ROW LEVEL SECURITY', {SCHEMA}, t);
    EXECUTE format('CREATE POLICY bureau_all ON %I.%I TO %I USING (true) WITH CHECK (true)', {SCHEMA}, t,
                   {SCHEMA} || '_bureau');
  END LOOP;
  FOR t IN SELECT unnest(ARRAY['schema_version', 'settings', 'officers', 'parties', 'attachments', 'grid_cells',
                               'patrol_plans', 'patrol_visits', 'patrol_routes', 'patrol_village_patrols',
                               'receipts']) LOOP
    EXECUTE format('CREATE POLICY read_all ON %I.%I FOR SELECT TO %I, %I USING (true)', {SCHEMA}, t,
                   {SCHEMA} || '_township', {SCHEMA} || '_department');
  END LOOP;
  FOR t IN SELECT unnest(ARRAY['officers', 'attachments', 'event_log', 'receipts']) LOOP
    EXECUTE format('CREATE POLICY add_all ON %I.%I FOR INSERT TO %I, %I WITH CHECK (true)', {SCHEMA}, t,
                   {SCHEMA} || '_township', {SCHEMA} || '_department');
  END LOOP;
  FOR t IN SELECT unnest(ARRAY['case_incidents', 'case_events', 'transfers', 'accountability']) LOOP
    EXECUTE format('CREATE POLICY township_case ON %I.%I TO %I USING (EXISTS (SELECT 1 FROM %I.cases c '
                   'WHERE c.id = %I.case_id AND c.township = (SELECT %I.fg_my_township()))) '
                   'WITH CHECK (EXISTS (SELECT 1 FROM %I.cases c WHERE c.id = %I.case_id '
                   'AND c.township = (SELECT %I.fg_my_township())))',
                   {SCHEMA}, t, {SCHEMA} || '_township', {SCHEMA}, t, {SCHEMA}, {SCHEMA}, t, {SCHEMA});
  END LOOP;
  FOR t IN SELECT unnest(ARRAY['incidents', 'cases', 'patrol_officers', 'village_patrollers']) LOOP
    EXECUTE format('CREATE POLICY township_own ON %I.%I TO %I USING (township = (SELECT %I.fg_my_township())) '
                   'WITH CHECK (township = (SELECT %I.fg_my_township()))',
                   {SCHEMA}, t, {SCHEMA} || '_township', {SCHEMA}, {SCHEMA});
  END LOOP;
END $$;
CREATE POLICY township_add ON parties FOR INSERT TO {TOWNSHIP} WITH CHECK (true);
CREATE POLICY head_echo ON settings FOR INSERT TO {TOWNSHIP}, {DEPARTMENT} WITH CHECK (
  (key = 'log_head_seq' AND value = (SELECT h.seq::text FROM fg_log_head() h))
  OR (key = 'log_head_hash' AND value = (SELECT h.hash FROM fg_log_head() h)));
CREATE POLICY head_echo_update ON settings FOR UPDATE TO {TOWNSHIP}, {DEPARTMENT}
  USING (key IN ('log_head_seq', 'log_head_hash')) WITH CHECK (
  (key = 'log_head_seq' AND value = (SELECT h.seq::text FROM fg_log_head() h))
  OR (key = 'log_head_hash' AND value = (SELECT h.hash FROM fg_log_head() h)));
CREATE POLICY township_tracks ON patrol_tracks TO {TOWNSHIP}
  USING (officer IN (SELECT o.name FROM patrol_officers o WHERE o.township = (SELECT fg_my_township())))
  WITH CHECK (officer IN (SELECT o.name FROM patrol_officers o WHERE o.township = (SELECT fg_my_township())));
CREATE POLICY township_records ON patrol_records TO {TOWNSHIP}
  USING (cell_id IN (SELECT g.cell_id FROM grid_cells g WHERE g.township = (SELECT fg_my_township())))
  WITH CHECK (cell_id IN (SELECT g.cell_id FROM grid_cells g WHERE g.township = (SELECT fg_my_township())));
CREATE POLICY department_cases ON cases FOR SELECT TO {DEPARTMENT} USING (EXISTS (SELECT 1 FROM transfers t
  WHERE t.case_id = cases.id AND t.department = (SELECT fg_my_department())));
CREATE POLICY department_case_revision ON cases FOR UPDATE TO {DEPARTMENT}
  USING (EXISTS (SELECT 1 FROM transfers t WHERE t.case_id = cases.id AND t.department = (SELECT fg_my_department())))
  WITH CHECK (EXISTS (SELECT 1 FROM transfers t WHERE t.case_id = cases.id
                      AND t.department = (SELECT fg_my_department())));
CREATE POLICY department_links ON case_incidents FOR SELECT TO {DEPARTMENT} USING (EXISTS (SELECT 1 FROM transfers t
  WHERE t.case_id = case_incidents.case_id AND t.department = (SELECT fg_my_department())));
CREATE POLICY department_steps ON case_events FOR SELECT TO {DEPARTMENT} USING (EXISTS (SELECT 1 FROM transfers t
  WHERE t.case_id = case_events.case_id AND t.department = (SELECT fg_my_department())));
CREATE POLICY department_incidents ON incidents FOR SELECT TO {DEPARTMENT} USING (EXISTS (SELECT 1
  FROM case_incidents ci JOIN transfers t ON t.case_id = ci.case_id
  WHERE ci.incident_fid = incidents.fid AND t.department = (SELECT fg_my_department())));
CREATE POLICY department_transfers ON transfers FOR SELECT TO {DEPARTMENT}
  USING (department = (SELECT fg_my_department()));
CREATE POLICY department_reply ON transfers FOR UPDATE TO {DEPARTMENT}
  USING (department = (SELECT fg_my_department()) AND replied_at IS NULL)
  WITH CHECK (department = (SELECT fg_my_department()));
CREATE POLICY own_events ON event_log FOR SELECT TO {TOWNSHIP}, {DEPARTMENT} USING (
     (entity = 'incident' AND entity_id IN (SELECT i.incident_id FROM incidents i))
  OR (entity = 'case' AND entity_id IN (SELECT c.id FROM cases c))
  OR (entity = 'transfer' AND entity_id IN (SELECT t.case_id || '/' || t.id FROM transfers t))
  OR (entity = 'patrol_officer' AND entity_id IN (SELECT o.name FROM patrol_officers o))
  OR (entity = 'village_patroller' AND entity_id IN (SELECT v.village FROM village_patrollers v)));
)SQL";

StoreRights::Scope scopeOf(const QString &kind)
{
    if (kind == QLatin1String("township"))
        return StoreRights::Scope::Township;
    if (kind == QLatin1String("department"))
        return StoreRights::Scope::Department;
    return StoreRights::Scope::All;
}

/// A township must be one the townships layer names (XZQMC), when the layer has names.
void checkTownship(const PgConnection &connection, const QString &township)
{
    auto column = connection.query(QStringLiteral("SELECT 1 FROM information_schema.columns WHERE table_schema = ?1 "
                                                  "AND table_name = 'townships' AND column_name = 'XZQMC'"),
        { connection.schema() });
    if (!column->next())
        return;
    auto names = connection.query(QStringLiteral("SELECT DISTINCT \"XZQMC\" FROM townships ORDER BY 1"));
    QStringList known;
    while (names->next())
        known << names->text(0);
    if (!known.contains(township))
        throw core::InputError(connection.location(),
            PgRights::tr("no township '%1' in the project's townships layer (it has: %2)")
                .arg(township, known.join(QStringLiteral(", "))));
}

} // namespace

void PgRights::create(PgConnection &connection)
{
    connection.script(pgExpand(connection, QString::fromUtf8(kRoles)));
    connection.script(pgExpand(connection, QString::fromUtf8(kPolicies)));
}

StoreRights PgRights::rights(const PgConnection &connection)
{
    auto usage = connection.query(QStringLiteral("SELECT has_schema_privilege(?1, 'USAGE')"), { connection.schema() });
    if (!usage->next() || usage->integer(0) != 1)
        throw core::PermissionDenied(connection.location(),
            tr("the login %1 has no rights on this project: its owner gives them with 'farmguard-cli project grant'")
                .arg(connection.login()));
    auto rows = connection.query(QStringLiteral("SELECT kind, township, department FROM fg_my_rights()"));
    if (!rows->next() || rows->isNull(0))
        throw core::PermissionDenied(connection.location(),
            tr("the login %1 has no rights on this project: its owner gives them with 'farmguard-cli project grant'")
                .arg(connection.login()));
    StoreRights rights;
    rights.scope = scopeOf(rows->text(0));
    rights.township = rows->text(1);
    rights.department = rows->text(2);
    return rights;
}

void PgRights::grant(PgConnection &connection, const ProjectGrant &grant)
{
    if (grant.login.trimmed().isEmpty())
        throw core::InputError(connection.location(), tr("name the login to grant rights to"));
    if (grant.kind == ProjectGrant::Kind::Township && grant.township.trimmed().isEmpty())
        throw core::InputError(connection.location(), tr("name the township the login acts for"));
    if (grant.kind == ProjectGrant::Kind::Department)
        core::departmentFromCode(grant.department); // throws InputError for an unknown code
    if (grant.kind == ProjectGrant::Kind::Township)
        checkTownship(connection, grant.township);
    const QString login = connection.identifier(grant.login);
    SqlTransaction transaction(connection);
    auto role = connection.query(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?1"), { grant.login });
    if (!role->next()) {
        if (grant.kind == ProjectGrant::Kind::Revoke)
            throw core::InputError(connection.location(), tr("no login %1 on this server").arg(grant.login));
        connection.script(QStringLiteral("CREATE ROLE %1 LOGIN").arg(login));
    } else if (role->integer(0) != 1 && grant.kind != ProjectGrant::Kind::Revoke) {
        connection.script(QStringLiteral("ALTER ROLE %1 LOGIN").arg(login));
    }
    connection.script(pgExpand(connection, QStringLiteral("REVOKE {BUREAU}, {TOWNSHIP}, {DEPARTMENT} FROM %1").arg(login)));
    if (grant.kind == ProjectGrant::Kind::Revoke) {
        connection.execute(QStringLiteral("DELETE FROM user_rights WHERE login = ?1"), { grant.login });
        transaction.commit();
        return;
    }
    const QString kind = grant.kind == ProjectGrant::Kind::Bureau
        ? QStringLiteral("bureau")
        : grant.kind == ProjectGrant::Kind::Township ? QStringLiteral("township") : QStringLiteral("department");
    connection.script(QStringLiteral("GRANT %1 TO %2").arg(connection.identifier(pgGroupRole(connection.schema(), kind)), login));
    connection.execute(QStringLiteral("INSERT INTO user_rights (login, kind, township, department) VALUES (?1, ?2, ?3, ?4) "
                                      "ON CONFLICT (login) DO UPDATE SET kind = excluded.kind, "
                                      "township = excluded.township, department = excluded.department"),
        { grant.login, kind, grant.kind == ProjectGrant::Kind::Township ? QVariant(grant.township) : QVariant(),
            grant.kind == ProjectGrant::Kind::Department ? QVariant(grant.department) : QVariant() });
    transaction.commit();
}

void PgRights::dropRoles(PgConnection &connection)
{
    connection.script(pgExpand(connection, QStringLiteral("DROP ROLE IF EXISTS {BUREAU}, {TOWNSHIP}, {DEPARTMENT}")));
}

} // namespace fg::gis
