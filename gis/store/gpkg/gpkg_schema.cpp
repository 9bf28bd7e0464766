// SPDX-License-Identifier: MIT
#include "gis/store/gpkg/gpkg_schema_p.h"

#include "core/input_error.h"
#include "gis/store/sql/sql_connection_p.h"

#include <QDateTime>

namespace fg::gis {

namespace {

/// Version 1 as first released. Kept verbatim: migrations start from what files really hold.
const char *const kVersion1 = R"SQL(
CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL, note TEXT NOT NULL);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE parties (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, note TEXT NOT NULL DEFAULT '');
CREATE TABLE cases (
  id TEXT PRIMARY KEY,
  party_id INTEGER REFERENCES parties(id),
  violation_type TEXT NOT NULL,
  threshold_flag TEXT NOT NULL,
  declared_major INTEGER NOT NULL DEFAULT 0,
  crime_suspected_at TEXT,
  misconduct_suspected_at TEXT,
  status TEXT NOT NULL,
  opened_seq INTEGER NOT NULL);
CREATE TABLE case_incidents (
  case_id TEXT NOT NULL REFERENCES cases(id),
  incident_fid INTEGER NOT NULL REFERENCES incidents(fid),
  PRIMARY KEY (case_id, incident_fid));
CREATE TABLE case_events (
  case_id TEXT NOT NULL REFERENCES cases(id),
  step_no INTEGER NOT NULL,
  action TEXT NOT NULL, from_status TEXT NOT NULL, to_status TEXT NOT NULL,
  at TEXT NOT NULL, actor TEXT NOT NULL, actor_role TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '', deadline TEXT, penalties TEXT NOT NULL DEFAULT '',
  court_enforced INTEGER NOT NULL DEFAULT 0, attachment_ids TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (case_id, step_no));
CREATE TABLE transfers (
  case_id TEXT NOT NULL REFERENCES cases(id),
  id TEXT NOT NULL,
  department TEXT NOT NULL, sent_at TEXT NOT NULL, sent_by TEXT NOT NULL,
  sent_by_role TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',
  attachment_ids TEXT NOT NULL DEFAULT '', reply TEXT, replied_at TEXT,
  PRIMARY KEY (case_id, id));
CREATE TABLE accountability (
  id INTEGER PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  who TEXT NOT NULL, decision TEXT NOT NULL, decided_on TEXT NOT NULL);
CREATE TABLE event_log (
  seq INTEGER NOT NULL UNIQUE, at TEXT NOT NULL, who TEXT NOT NULL, role TEXT NOT NULL,
  entity TEXT NOT NULL, entity_id TEXT NOT NULL, action TEXT NOT NULL,
  old_value TEXT NOT NULL, new_value TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
CREATE INDEX case_events_case ON case_events(case_id);
CREATE UNIQUE INDEX incidents_incident_id ON incidents(incident_id);
CREATE INDEX transfers_case ON transfers(case_id);
CREATE TRIGGER event_log_no_update BEFORE UPDATE ON event_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER event_log_no_delete BEFORE DELETE ON event_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events
  BEGIN SELECT RAISE(ABORT, 'case steps are never changed: record a correction'); END;
CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events
  BEGIN SELECT RAISE(ABORT, 'case steps are never deleted'); END;
CREATE TRIGGER cases_no_delete BEFORE DELETE ON cases
  BEGIN SELECT RAISE(ABORT, 'cases are never deleted'); END;
CREATE TRIGGER transfers_no_delete BEFORE DELETE ON transfers
  BEGIN SELECT RAISE(ABORT, 'transfers are never deleted'); END;
CREATE TRIGGER transfers_reply_once BEFORE UPDATE ON transfers WHEN OLD.replied_at IS NOT NULL
  BEGIN SELECT RAISE(ABORT, 'a transfer reply is recorded once: record a correction'); END;
CREATE TRIGGER accountability_no_delete BEFORE DELETE ON accountability
  BEGIN SELECT RAISE(ABORT, 'accountability records are never deleted'); END;
CREATE TRIGGER incidents_no_delete BEFORE DELETE ON incidents
  BEGIN SELECT RAISE(ABORT, 'incidents are never deleted'); END;
)SQL";

const char *const kVersion2 = R"SQL(
CREATE TABLE officers (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL DEFAULT '',
  first_seen TEXT NOT NULL, UNIQUE (name, role));
INSERT INTO officers (name, role, first_seen)
  SELECT who, role, MIN(at) FROM event_log GROUP BY who, role ORDER BY MIN(rowid);
CREATE TABLE attachments (
  id TEXT PRIMARY KEY, file_name TEXT NOT NULL, media_type TEXT NOT NULL DEFAULT '',
  size INTEGER NOT NULL, content BLOB NOT NULL, added_at TEXT NOT NULL,
  added_by INTEGER REFERENCES officers(id));
CREATE TRIGGER attachments_no_delete BEFORE DELETE ON attachments
  BEGIN SELECT RAISE(ABORT, 'attachments are never deleted'); END;
CREATE TRIGGER attachments_no_update BEFORE UPDATE ON attachments
  BEGIN SELECT RAISE(ABORT, 'attachments are never changed'); END;
)SQL";

/// Patrol planning (issue 7). grid_cells is a GeoPackage feature table in the incidents' SRS so
/// QGIS shows the grid; plans, visits, tracks and records are append-only, so past days of a
/// plan and imported tracks are never changed (a new plan copies the days it keeps).
const char *const kVersion3 = R"SQL(
CREATE TABLE grid_cells (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, geom BLOB NOT NULL,
  cell_id TEXT NOT NULL UNIQUE, township TEXT NOT NULL DEFAULT '', village TEXT NOT NULL DEFAULT '',
  area_m2 REAL NOT NULL, bf_m2 REAL NOT NULL, cult_m2 REAL NOT NULL, parcels INTEGER NOT NULL,
  cx REAL NOT NULL, cy REAL NOT NULL, d_home_m REAL, d_road_m REAL, d_town_m REAL,
  incident_dates TEXT NOT NULL DEFAULT '', cell_size_m REAL NOT NULL DEFAULT 0);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id)
  SELECT 'grid_cells', 'features', 'grid_cells', 'farmguard:grid_cells', srs_id
  FROM gpkg_geometry_columns WHERE table_name = 'incidents';
INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m)
  SELECT 'grid_cells', 'geom', 'MULTIPOLYGON', srs_id, 0, 0
  FROM gpkg_geometry_columns WHERE table_name = 'incidents';
CREATE TABLE patrol_officers (
  name TEXT PRIMARY KEY, officer_id INTEGER REFERENCES officers(id),
  township TEXT NOT NULL, base_x REAL NOT NULL, base_y REAL NOT NULL,
  max_cells INTEGER NOT NULL DEFAULT 0, max_km REAL NOT NULL DEFAULT 0,
  cells TEXT NOT NULL DEFAULT '', villages TEXT NOT NULL DEFAULT '',
  holidays TEXT NOT NULL DEFAULT '', working_weekends TEXT NOT NULL DEFAULT '');
CREATE TABLE patrol_plans (
  id INTEGER PRIMARY KEY, start_day TEXT NOT NULL, end_day TEXT NOT NULL, kept_before TEXT NOT NULL,
  created_at TEXT NOT NULL, created_by TEXT NOT NULL, options TEXT NOT NULL,
  shortfalls TEXT NOT NULL, unassigned TEXT NOT NULL);
CREATE TABLE patrol_visits (
  plan_id INTEGER NOT NULL REFERENCES patrol_plans(id), day TEXT NOT NULL, officer TEXT NOT NULL,
  ord INTEGER NOT NULL, cell_id TEXT NOT NULL, leg_m REAL NOT NULL, risk REAL NOT NULL,
  risk_class TEXT NOT NULL, due_by TEXT, required INTEGER NOT NULL, reason TEXT NOT NULL,
  PRIMARY KEY (plan_id, day, officer, ord));
CREATE TABLE patrol_routes (
  plan_id INTEGER NOT NULL REFERENCES patrol_plans(id), day TEXT NOT NULL, officer TEXT NOT NULL,
  length_m REAL NOT NULL, PRIMARY KEY (plan_id, day, officer));
CREATE TABLE patrol_tracks (
  id INTEGER PRIMARY KEY, officer TEXT NOT NULL, file_name TEXT NOT NULL, sha256 TEXT NOT NULL UNIQUE,
  gpx BLOB NOT NULL, points INTEGER NOT NULL, started_at TEXT, ended_at TEXT, gaps TEXT NOT NULL,
  sight_m REAL NOT NULL, imported_at TEXT NOT NULL, imported_by TEXT NOT NULL);
CREATE TABLE patrol_records (
  id INTEGER PRIMARY KEY, cell_id TEXT NOT NULL, officer TEXT NOT NULL, day TEXT NOT NULL,
  farmland_m2 REAL NOT NULL, seen_m2 REAL NOT NULL, track_id INTEGER REFERENCES patrol_tracks(id),
  source TEXT NOT NULL, recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL);
CREATE INDEX patrol_records_day ON patrol_records(day);
CREATE TRIGGER patrol_plans_no_change BEFORE UPDATE ON patrol_plans
  BEGIN SELECT RAISE(ABORT, 'plans are never changed: plan again'); END;
CREATE TRIGGER patrol_plans_no_delete BEFORE DELETE ON patrol_plans
  BEGIN SELECT RAISE(ABORT, 'plans are never deleted'); END;
CREATE TRIGGER patrol_visits_no_change BEFORE UPDATE ON patrol_visits
  BEGIN SELECT RAISE(ABORT, 'planned visits are never changed: plan again'); END;
CREATE TRIGGER patrol_visits_no_delete BEFORE DELETE ON patrol_visits
  BEGIN SELECT RAISE(ABORT, 'planned visits are never deleted'); END;
CREATE TRIGGER patrol_tracks_no_change BEFORE UPDATE ON patrol_tracks
  BEGIN SELECT RAISE(ABORT, 'imported tracks are never changed'); END;
CREATE TRIGGER patrol_tracks_no_delete BEFORE DELETE ON patrol_tracks
  BEGIN SELECT RAISE(ABORT, 'imported tracks are never deleted'); END;
CREATE TRIGGER patrol_records_no_change BEFORE UPDATE ON patrol_records
  BEGIN SELECT RAISE(ABORT, 'patrol records are never changed: record a correction'); END;
CREATE TRIGGER patrol_records_no_delete BEFORE DELETE ON patrol_records
  BEGIN SELECT RAISE(ABORT, 'patrol records are never deleted'); END;
)SQL";

/// Village daily patrol (issue 7 item 4): each village's patroller (村级巡查员; also a row of
/// officers with that role) and, per plan, each village's patrol of each day. Plans stay
/// append-only; village shortfalls live in patrol_plans.shortfalls beside the cells' ones.
const char *const kVersion4 = R"SQL(
CREATE TABLE village_patrollers (
  village TEXT PRIMARY KEY, name TEXT NOT NULL, officer_id INTEGER REFERENCES officers(id),
  township TEXT NOT NULL DEFAULT '', base_x REAL, base_y REAL,
  weekends_off INTEGER NOT NULL DEFAULT 0, days_off TEXT NOT NULL DEFAULT '');
CREATE TABLE patrol_village_patrols (
  plan_id INTEGER NOT NULL REFERENCES patrol_plans(id), day TEXT NOT NULL, village TEXT NOT NULL,
  township TEXT NOT NULL, patroller TEXT NOT NULL, cells TEXT NOT NULL, length_m REAL NOT NULL,
  reason TEXT NOT NULL, PRIMARY KEY (plan_id, day, village));
CREATE TRIGGER patrol_village_patrols_no_change BEFORE UPDATE ON patrol_village_patrols
  BEGIN SELECT RAISE(ABORT, 'planned village patrols are never changed: plan again'); END;
CREATE TRIGGER patrol_village_patrols_no_delete BEFORE DELETE ON patrol_village_patrols
  BEGIN SELECT RAISE(ABORT, 'planned village patrols are never deleted'); END;
)SQL";

/// Revisions (issue 11): every update of an incident or case bumps its revision in the same
/// statement, so a stale edit from another desk or user is refused instead of overwriting. Rows
/// that exist already take who changed them last from the log.
const char *const kVersion5 = R"SQL(
ALTER TABLE incidents ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE incidents ADD COLUMN changed_by TEXT;
ALTER TABLE incidents ADD COLUMN changed_at TEXT;
ALTER TABLE cases ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE cases ADD COLUMN changed_by TEXT;
ALTER TABLE cases ADD COLUMN changed_at TEXT;
ALTER TABLE cases ADD COLUMN township TEXT NOT NULL DEFAULT '';
CREATE INDEX event_log_entity ON event_log(entity, entity_id);
UPDATE incidents SET
  changed_by = (SELECT e.who FROM event_log e WHERE e.entity = 'incident' AND e.entity_id = incidents.incident_id
                ORDER BY e.seq DESC LIMIT 1),
  changed_at = (SELECT e.at FROM event_log e WHERE e.entity = 'incident' AND e.entity_id = incidents.incident_id
                ORDER BY e.seq DESC LIMIT 1);
UPDATE cases SET
  changed_by = (SELECT e.who FROM event_log e WHERE e.entity = 'case' AND e.entity_id = cases.id
                ORDER BY e.seq DESC LIMIT 1),
  changed_at = (SELECT e.at FROM event_log e WHERE e.entity = 'case' AND e.entity_id = cases.id
                ORDER BY e.seq DESC LIMIT 1),
  township = COALESCE((SELECT i.township FROM case_incidents ci JOIN incidents i ON i.fid = ci.incident_fid
                       WHERE ci.case_id = cases.id ORDER BY i.fid LIMIT 1), '');
CREATE INDEX cases_township ON cases(township);
)SQL";

/// Receipts (issue 13): a copy of each log receipt sealed on the project (`project seal`),
/// append-only. A receipt is evidence only when kept outside the file as well.
const char *const kVersion6 = R"SQL(
CREATE TABLE receipts (
  id INTEGER PRIMARY KEY, sealed_at TEXT NOT NULL, sealed_by TEXT NOT NULL, head_seq INTEGER NOT NULL,
  head_hash TEXT NOT NULL, events INTEGER NOT NULL, receipt TEXT NOT NULL);
CREATE TRIGGER receipts_no_update BEFORE UPDATE ON receipts
  BEGIN SELECT RAISE(ABORT, 'receipts are never changed'); END;
CREATE TRIGGER receipts_no_delete BEFORE DELETE ON receipts
  BEGIN SELECT RAISE(ABORT, 'receipts are never deleted'); END;
)SQL";

/// Carrying a case to its end (issue 12): an accountability record names the organ that decided
/// and its document number; a declared major case keeps when it was declared; a reclamation
/// acceptance names the 农业农村局 officer who accepted it with the bureau. Older rows keep
/// empty values (the organ was not asked for then).
const char *const kCaseRecords = R"SQL(
ALTER TABLE accountability ADD COLUMN organ TEXT NOT NULL DEFAULT '';
ALTER TABLE accountability ADD COLUMN document_no TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN declared_major_at TEXT;
ALTER TABLE case_events ADD COLUMN joint_acceptor TEXT NOT NULL DEFAULT '';
)SQL";

/// Parties matched by ID number and cultivated land net of 田坎 (issue 12): an incident keeps the
/// party's 身份证号 / 统一社会信用代码 and, when the land-use layer gave KCXS, its net figures.
/// Older rows read none (NULL).
const char *const kIncidentIdentity = R"SQL(
ALTER TABLE incidents ADD COLUMN party_id_number TEXT;
ALTER TABLE incidents ADD COLUMN cultivated_net_m2 REAL;
ALTER TABLE incidents ADD COLUMN cultivated_outside_net_m2 REAL;
)SQL";

/// Township targets and measures (issue 16 item 3): a township's targets per year (replaced by a
/// logged "set"; never deleted) and the measures taken against it (append-only).
const char *const kTownshipTargets = R"SQL(
CREATE TABLE township_targets (
  township TEXT NOT NULL, year INTEGER NOT NULL, cultivated_m2 REAL, basic_farmland_m2 REAL,
  unit TEXT NOT NULL, set_at TEXT NOT NULL, set_by TEXT NOT NULL, PRIMARY KEY (township, year));
CREATE TABLE township_measures (
  id INTEGER PRIMARY KEY, township TEXT NOT NULL, kind TEXT NOT NULL, measure_date TEXT NOT NULL,
  issued_by TEXT NOT NULL, document_no TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',
  recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL);
CREATE INDEX township_measures_township ON township_measures(township);
CREATE TRIGGER township_targets_no_delete BEFORE DELETE ON township_targets
  BEGIN SELECT RAISE(ABORT, 'targets are never deleted: set them again'); END;
CREATE TRIGGER township_measures_no_update BEFORE UPDATE ON township_measures
  BEGIN SELECT RAISE(ABORT, 'measures are never changed: record a correction'); END;
CREATE TRIGGER township_measures_no_delete BEFORE DELETE ON township_measures
  BEGIN SELECT RAISE(ABORT, 'measures are never deleted'); END;
)SQL";

/// Approved land (issue 16 item 1): the approvals layer, a GeoPackage feature table in the
/// incidents' SRS so QGIS shows it. Written once per document (文号 unique), never changed or
/// deleted: a later document is a new row.
const char *const kApprovals = R"SQL(
CREATE TABLE approvals (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, geom BLOB NOT NULL,
  document_no TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, approved_on TEXT NOT NULL, valid_from TEXT, valid_to TEXT,
  approved_use TEXT NOT NULL DEFAULT '', township TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '',
  added_at TEXT NOT NULL, added_by TEXT NOT NULL);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id)
  SELECT 'approvals', 'features', 'approvals', 'farmguard:approvals', srs_id
  FROM gpkg_geometry_columns WHERE table_name = 'incidents';
INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m)
  SELECT 'approvals', 'geom', 'MULTIPOLYGON', srs_id, 0, 0
  FROM gpkg_geometry_columns WHERE table_name = 'incidents';
CREATE TRIGGER approvals_no_update BEFORE UPDATE ON approvals
  BEGIN SELECT RAISE(ABORT, 'approvals are never changed: add the later document'); END;
CREATE TRIGGER approvals_no_delete BEFORE DELETE ON approvals
  BEGIN SELECT RAISE(ABORT, 'approvals are never deleted'); END;
)SQL";

/// Reference layers' content hashes (issue 15): one row per layer, written once with the layer
/// (or by the migration to 11) and logged; never changed: the layers are written once.
const char *const kLayerHashes = R"SQL(
CREATE TABLE layer_hashes (table_name TEXT PRIMARY KEY, features INTEGER NOT NULL, sha256 TEXT NOT NULL);
CREATE TRIGGER layer_hashes_no_update BEFORE UPDATE ON layer_hashes
  BEGIN SELECT RAISE(ABORT, 'layer hashes are never changed'); END;
CREATE TRIGGER layer_hashes_no_delete BEFORE DELETE ON layer_hashes
  BEGIN SELECT RAISE(ABORT, 'layer hashes are never deleted'); END;
)SQL";

} // namespace

bool ProjectSchema::hasStep(int version)
{
    for (int step : kSteps)
        if (step == version)
            return true;
    return false;
}

int ProjectSchema::version(const SqlConnection &db)
{
    if (!db.query(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"))->next())
        return 0;
    auto rows = db.query(QStringLiteral("SELECT MAX(version) FROM schema_version"));
    return rows->next() && !rows->isNull(0) ? int(rows->integer(0)) : 0;
}

void ProjectSchema::checkReadable(const QString &location, int version)
{
    if (version > kCurrentVersion)
        throw core::InputError(location,
            tr("the project was written by a newer FarmGuard (schema version %1; this version reads up "
               "to %2). Open it with an up-to-date FarmGuard; it was not changed.")
                .arg(version)
                .arg(kCurrentVersion));
}

void ProjectSchema::applyStep(SqlConnection &db, int version)
{
    static const char *const kNotes[] = { "", "domain tables, audit log", "officers, attachments",
        "patrol grid, officers' patrol details, plans, tracks, records",
        "village patrollers, villages' daily patrols in plans",
        "revisions of incidents and cases, the township of each case", "receipts of the log's head",
        "accountability organ and document number, date of a major-case declaration, joint reclamation acceptor",
        "incidents' party ID number and cultivated land net of 田坎",
        "approvals layer (农用地转用, 临时用地, 设施农业用地, 宅基地)", "township targets and measures",
        "reference layers' content hashes", "none in a GeoPackage (PostGIS: the log's head rows moved at the commit)" };
    switch (version) {
    case 1:
        createVersion1(db);
        break;
    case 2:
        db.script(QString::fromUtf8(kVersion2));
        break;
    case 3:
        db.script(QString::fromUtf8(kVersion3));
        break;
    case 4:
        db.script(QString::fromUtf8(kVersion4));
        break;
    case 5:
        db.script(QString::fromUtf8(kVersion5));
        break;
    case 6:
        db.script(QString::fromUtf8(kVersion6));
        break;
    case 7:
        db.script(QString::fromUtf8(kCaseRecords));
        break;
    case 8:
        db.script(QString::fromUtf8(kIncidentIdentity));
        break;
    case 9:
        db.script(QString::fromUtf8(kApprovals));
        break;
    case 10:
        db.script(QString::fromUtf8(kTownshipTargets));
        break;
    case 11:
        db.script(QString::fromUtf8(kLayerHashes));
        break;
    case 12:
        break; // shared with PostGIS's step 12: nothing to change here (see the class comment)
    default:
        throw std::logic_error("no such schema step");
    }
    db.execute(QStringLiteral("INSERT INTO schema_version (version, applied_at, note) VALUES (?1, ?2, ?3)"),
        { version, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), QString::fromUtf8(kNotes[version]) });
}

void ProjectSchema::upgrade(SqlConnection &db, int target)
{
    const int current = version(db);
    checkReadable(db.location(), current);
    for (int step = current + 1; step <= target; ++step) {
        if (!hasStep(step))
            continue;
        SqlTransaction transaction(db);
        applyStep(db, step);
        transaction.commit();
    }
}

void ProjectSchema::createVersion1(SqlConnection &db)
{
    if (!db.query(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'incidents'"))->next())
        throw core::InputError(db.location(), tr("not a FarmGuard project: the incidents layer is missing"));
    db.script(QString::fromUtf8(kVersion1));
}

} // namespace fg::gis
