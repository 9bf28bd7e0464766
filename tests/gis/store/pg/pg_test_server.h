// SPDX-License-Identifier: MIT
// The PostGIS tests' server: FARMGUARD_TEST_PG (scripts/postgis-up.sh prints one) names it; without
// it the tests WARN that they are skipped and why. Each test works in a schema of its own with a
// random name, dropped (with its group roles and test logins) when the test ends.
#pragma once

#include "core/cases/audit_event.h"
#include "gis/store/pg/pg_connection_p.h"
#include "gis/store/project_location.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace fg::gis::test {

/// The server URI, or nullopt after a Catch2 WARN saying the test is skipped.
std::optional<QString> pgTestServer();

/// @p uri with its user replaced by @p login (trust authentication on the test cluster).
QString pgUriAs(const QString &uri, const QString &login);

/// A schema with a random name ("fgt_…") on the test server, dropped with everything in it, its
/// group roles and the logins made through login() when destroyed.
class ScratchSchema
{
public:
    explicit ScratchSchema(QString uri);
    ~ScratchSchema();
    ScratchSchema(const ScratchSchema &) = delete;
    ScratchSchema &operator=(const ScratchSchema &) = delete;

    const QString &name() const { return m_name; }
    const QString &uri() const { return m_uri; }
    /// A new connection as the server's superuser (the project's owner) with the schema's path.
    std::unique_ptr<PgConnection> connect() const;
    /// A new connection as @p login.
    std::unique_ptr<PgConnection> connectAs(const QString &login) const;
    /// A login name unique to this schema ("<schema>_<suffix>"), dropped at the end.
    QString login(const QString &suffix);

private:
    QString m_uri;
    QString m_name;
    QStringList m_logins;
};

/// The sample county built as a GeoPackage at @p path (data/sample, cases at several stages);
/// @p approvals false: without the approvals create-sample imports (a project older than schema
/// 9 cannot hold them, nor their log events: for the tests that downgrade it).
fg::gis::ProjectLocation sampleGeoPackage(const QString &path, bool approvals = true);
/// The same copied into @p schema; returns the owner's location of the PostGIS project.
fg::gis::ProjectLocation samplePostgis(const ScratchSchema &schema, const QString &gpkgPath, bool approvals = true);

/// Takes a PostGIS project at the current schema back to @p version (5, 6, 8 or 10: no layer hashes) as an older FarmGuard
/// left it: 6 lacks the case records' columns of issue 12 (step 7), 5 also the receipts table.
/// @p keepCaseRecords leaves the step 7 columns with their data in place (an older version ignores
/// them), so the log still proves every row after the upgrade. Runs as the owner on @p connection.
void downgradePostgis(PgConnection &connection, int version, bool keepCaseRecords = false);

/// Appends one sealed event the way a store does: locks the head, seals after it, inserts.
/// Runs inside the caller's transaction. Returns the event as stored.
core::AuditEvent appendEvent(PgConnection &connection, const QString &who, const QString &entity = QStringLiteral("test"),
    const QString &entityId = QStringLiteral("1"));

} // namespace fg::gis::test
