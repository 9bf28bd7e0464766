// SPDX-License-Identifier: MIT
#include "gis/project/project_schema_p.h"

#include "core/input_error.h"
#include "gis/project/sqlite_db_p.h"

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

} // namespace

int ProjectSchema::version(const SqliteDb &db)
{
    if (!db.hasTable(QStringLiteral("schema_version")))
        return 0;
    SqliteStatement query(db, QStringLiteral("SELECT MAX(version) FROM schema_version"));
    return query.next() && !query.isNull(0) ? int(query.integer(0)) : 0;
}

void ProjectSchema::checkReadable(const SqliteDb &db, int version)
{
    if (version > kCurrentVersion)
        throw core::InputError(db.path(),
            tr("the project was written by a newer FarmGuard (schema version %1; this version reads up "
               "to %2). Open it with an up-to-date FarmGuard; it was not changed.")
                .arg(version)
                .arg(kCurrentVersion));
}

void ProjectSchema::applyStep(const SqliteDb &db, int version)
{
    QString note;
    switch (version) {
    case 1:
        createVersion1(db);
        note = QStringLiteral("domain tables, audit log");
        break;
    case 2:
        createVersion2(db);
        note = QStringLiteral("officers, attachments");
        break;
    default:
        throw std::logic_error("no such schema step");
    }
    SqliteStatement record(db, QStringLiteral("INSERT INTO schema_version VALUES (?, ?, ?)"));
    record.bind(1, version)
        .bind(2, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .bind(3, note)
        .run();
}

void ProjectSchema::upgrade(const SqliteDb &db, int target)
{
    const int current = version(db);
    checkReadable(db, current);
    for (int step = current + 1; step <= target; ++step) {
        SqliteTransaction transaction(db);
        applyStep(db, step);
        transaction.commit();
    }
}

void ProjectSchema::createVersion1(const SqliteDb &db)
{
    if (!db.hasTable(QStringLiteral("incidents")))
        throw core::InputError(db.path(), tr("not a FarmGuard project: the incidents layer is missing"));
    db.exec(QString::fromUtf8(kVersion1));
}

void ProjectSchema::createVersion2(const SqliteDb &db)
{
    db.exec(QString::fromUtf8(kVersion2));
}

} // namespace fg::gis
