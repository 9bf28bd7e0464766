// SPDX-License-Identifier: MIT
#include "pg_test_server.h"

#include "core/cases/canonical_json.h"
#include "core/cases/hash_chain.h"
#include "gis/usecases/sample_project.h"
#include "gis/store/pg/pg_schema_p.h"
#include "gis/store/pg/pg_sql_p.h"
#include "gis/store/project_stores.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QRandomGenerator>
#include <QUrl>

namespace fg::gis::test {

std::optional<QString> pgTestServer()
{
    const QString uri = qEnvironmentVariable("FARMGUARD_TEST_PG");
    if (uri.isEmpty()) {
        WARN("skipped: FARMGUARD_TEST_PG is not set (scripts/postgis-up.sh starts a test server and prints "
             "the URI to put there; scripts/test.sh does both)");
        return std::nullopt;
    }
    return uri;
}

QString pgUriAs(const QString &uri, const QString &login)
{
    QUrl url(uri);
    url.setUserName(login);
    url.setPassword(QString());
    return url.toString();
}

ScratchSchema::ScratchSchema(QString uri)
    : m_uri(std::move(uri))
    , m_name(QStringLiteral("fgt_%1").arg(QRandomGenerator::global()->generate64(), 0, 36))
{
}

ScratchSchema::~ScratchSchema()
{
    try {
        auto owner = std::make_unique<PgConnection>(m_uri, m_name, m_uri);
        if (owner->inTransaction())
            owner->rollback();
        owner->script(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(owner->identifier(m_name)));
        for (const QString &kind : { QStringLiteral("bureau"), QStringLiteral("township"), QStringLiteral("department") })
            owner->script(QStringLiteral("DROP ROLE IF EXISTS %1").arg(owner->identifier(m_name + QLatin1Char('_') + kind)));
        for (const QString &login : m_logins)
            owner->script(QStringLiteral("DROP ROLE IF EXISTS %1").arg(owner->identifier(login)));
    } catch (const std::exception &error) {
        WARN("could not drop the test schema " << m_name.toStdString() << ": " << error.what());
    }
}

std::unique_ptr<PgConnection> ScratchSchema::connect() const
{
    return std::make_unique<PgConnection>(m_uri, m_name, m_uri + QStringLiteral("?schema=") + m_name);
}

std::unique_ptr<PgConnection> ScratchSchema::connectAs(const QString &login) const
{
    const QString uri = pgUriAs(m_uri, login);
    return std::make_unique<PgConnection>(uri, m_name, uri + QStringLiteral("?schema=") + m_name);
}

QString ScratchSchema::login(const QString &suffix)
{
    const QString name = m_name + QLatin1Char('_') + suffix;
    m_logins << name;
    return name;
}

fg::gis::ProjectLocation sampleGeoPackage(const QString &path, bool approvals)
{
    const fg::gis::ProjectLocation location = fg::gis::ProjectLocation::parse(path);
    fg::gis::SampleProject::create(location, QStringLiteral(FG_SAMPLE_DIR), QDateTime::currentDateTimeUtc(), approvals);
    return location;
}

fg::gis::ProjectLocation samplePostgis(const ScratchSchema &schema, const QString &gpkgPath, bool approvals)
{
    const fg::gis::ProjectLocation owner
        = fg::gis::ProjectLocation::parse(schema.uri() + QStringLiteral("?schema=") + schema.name());
    fg::gis::ProjectStores::copy(sampleGeoPackage(gpkgPath, approvals), owner);
    return owner;
}

namespace {

/// The chain as schemas 5 to 11 have it (PgSchema's kChain before step 12): the head read from
/// and moved in settings with every event, fg_lock_log_head locking the head rows.
const char *const kChainBefore12 = R"SQL(
DROP TRIGGER event_log_settle ON event_log;
DROP FUNCTION fg_settle_head();
CREATE OR REPLACE FUNCTION fg_lock_log_head(OUT seq bigint, OUT hash text) LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = {S}, pg_temp AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('farmguard'), hashtext({SCHEMA}));
  SELECT value::bigint INTO seq FROM settings WHERE key = 'log_head_seq' FOR UPDATE;
  SELECT value INTO hash FROM settings WHERE key = 'log_head_hash';
END $$;
CREATE OR REPLACE FUNCTION fg_log_head(OUT seq bigint, OUT hash text) LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = {S}, pg_temp AS $$
  SELECT (SELECT value::bigint FROM settings WHERE key = 'log_head_seq'),
         (SELECT value FROM settings WHERE key = 'log_head_hash')
$$;
CREATE OR REPLACE FUNCTION fg_chain_append() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = {S}, pg_temp AS $$
DECLARE
  head_seq bigint;
  head_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('farmguard'), hashtext({SCHEMA}));
  SELECT value::bigint INTO head_seq FROM settings WHERE key = 'log_head_seq';
  SELECT value INTO head_hash FROM settings WHERE key = 'log_head_hash';
  head_seq := coalesce(head_seq, 0);
  head_hash := coalesce(head_hash, repeat('0', 64));
  IF NEW.seq IS DISTINCT FROM head_seq + 1 OR NEW.prev_hash IS DISTINCT FROM head_hash THEN
    RAISE EXCEPTION 'the audit log moved on: event % does not follow event % (someone else wrote first: reload and try again)',
      NEW.seq, head_seq USING ERRCODE = '40001';
  END IF;
  INSERT INTO settings (key, value) VALUES ('log_head_seq', NEW.seq::text), ('log_head_hash', NEW.hash)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value;
  PERFORM pg_notify({CHANNEL}, NEW.seq::text);
  RETURN NEW;
END $$;
CREATE OR REPLACE FUNCTION fg_guard_head() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = {S}, pg_temp AS $$
BEGIN
  IF pg_trigger_depth() > 1 THEN
    RETURN NEW;
  END IF;
  IF NEW.value IS NOT DISTINCT FROM (SELECT s.value FROM settings s WHERE s.key = NEW.key) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'the log head (%) is kept by the server: it moves only with an appended event', NEW.key;
END $$;
)SQL";

} // namespace

void downgradePostgis(PgConnection &connection, int version, bool keepCaseRecords)
{
    // Schema 12's chain goes back to the one before it in any case; back to 11 that is all.
    connection.script(pgExpand(connection, QString::fromUtf8(kChainBefore12)));
    if (version == 11) {
        connection.script(QStringLiteral("UPDATE schema_version SET version = 11 WHERE version = (SELECT max(version) "
                                         "FROM schema_version); DELETE FROM schema_version WHERE version > 11"));
        return;
    }
    // Schema 11's layer hashes go in any case (the log keeps their events: a project below 11
    // leaves them aside); back to 10 that is all.
    connection.script(QStringLiteral("DROP TABLE layer_hashes"));
    if (version == 10) {
        connection.script(QStringLiteral("UPDATE schema_version SET version = 10 WHERE version = (SELECT max(version) "
                                         "FROM schema_version); DELETE FROM schema_version WHERE version > 10"));
        return;
    }
    // Schema 9's approvals layer goes in any case; schema 10's tables too when going back to 8.
    connection.script(QStringLiteral("DROP TABLE approvals"));
    if (version >= 8) {
        connection.script(QStringLiteral("DROP TABLE township_targets; DROP TABLE township_measures; UPDATE "
                                         "schema_version SET version = 8 WHERE version = (SELECT max(version) FROM "
                                         "schema_version); DELETE FROM schema_version WHERE version > 8"));
        return;
    }
    // Schema 8's columns go in any case: nothing of this version's tests keeps them below 8.
    connection.script(QStringLiteral("ALTER TABLE incidents DROP COLUMN party_id_number; ALTER TABLE incidents DROP "
                                     "COLUMN cultivated_net_m2; ALTER TABLE incidents DROP COLUMN cultivated_outside_net_m2"));
    // Schema 10's tables go with the case records (a copy restored under an older version row
    // keeps both).
    if (!keepCaseRecords)
        connection.script(QStringLiteral("DROP TABLE township_targets; DROP TABLE township_measures"));
    if (!keepCaseRecords)
        connection.script(QStringLiteral(
            "ALTER TABLE accountability DROP COLUMN organ; ALTER TABLE accountability DROP COLUMN document_no; "
            "ALTER TABLE cases DROP COLUMN declared_major_at; ALTER TABLE case_events DROP COLUMN joint_acceptor"));
    connection.script(QStringLiteral(
        "UPDATE schema_version SET version = 6 WHERE version = (SELECT max(version) FROM schema_version); "
        "DELETE FROM schema_version WHERE version > 6"));
    if (version <= 5)
        connection.script(QStringLiteral("DROP TABLE receipts; UPDATE schema_version SET version = 5 WHERE version = "
                                         "(SELECT max(version) FROM schema_version); DELETE FROM schema_version WHERE "
                                         "version > 5"));
}

core::AuditEvent appendEvent(PgConnection &connection, const QString &who, const QString &entity, const QString &entityId)
{
    std::optional<core::AuditEvent> previous;
    auto head = connection.query(QStringLiteral("SELECT seq, hash FROM fg_lock_log_head()"));
    if (head->next() && !head->isNull(0)) {
        previous = core::AuditEvent();
        previous->seq = head->integer(0);
        previous->hash = head->text(1);
    }
    core::AuditEvent draft;
    draft.when = core::AuditEvent::timestamp(QDateTime::currentDateTimeUtc());
    draft.who = who;
    draft.role = QStringLiteral("tester");
    draft.entity = entity;
    draft.entityId = entityId;
    draft.action = QStringLiteral("create");
    draft.oldValue = QJsonValue();
    draft.newValue = QJsonObject { { QStringLiteral("n"), 1 } };
    const core::AuditEvent event = core::HashChain::seal(draft, previous ? &*previous : nullptr);
    connection.execute(QStringLiteral("INSERT INTO event_log VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"),
        { event.seq, event.when, event.who, event.role, event.entity, event.entityId, event.action,
            QString::fromUtf8(core::CanonicalJson::serialize(event.oldValue)),
            QString::fromUtf8(core::CanonicalJson::serialize(event.newValue)), event.prevHash, event.hash });
    return event;
}

} // namespace fg::gis::test
