// SPDX-License-Identifier: MIT
// Tampering with a project as someone with the file (or the database server's superuser) and a
// bad day would (issue 13), on the GeoPackage and PostGIS backends of the contract suite.
#pragma once

#include "contract_fixture.h"
#include "core/cases/log_key.h"

#include <QString>

namespace fg::test::evidence {

/// The office key of the keyed-chain tests.
const core::LogKey &officeKey();

/// Runs @p sql on @p store's project behind its back, with the append-only guards off: the
/// GeoPackage's triggers dropped (the sqlite3 shell), PostgreSQL's disabled for the session
/// (session_replication_role = replica, as a superuser).
void tamper(const gis::ProjectStore &store, const QString &sql);

/// A record with some history: I-1 (5.01 亩 of basic farmland, accountability) with case C-1
/// verified, facts "threshold reached", transferred to 公安 who replied, an accountability
/// record; I-2 with case C-2, reshaped; a setting and an attachment.
void recordWithHistory(gis::ProjectStore &store);

/// Edits the new value of event @p seq and re-seals it and every later event with plain SHA-256,
/// the head included: a rewrite by someone without a key.
void rewriteFrom(const gis::ProjectStore &store, qint64 seq);

/// Deletes the events after @p keep and the settings rows they made (the ones named in
/// @p settings), and points the head at event @p keep: a cut log with its traces removed.
void cutAfter(const gis::ProjectStore &store, qint64 keep, const QStringList &settings);

/// True when @p check names (table, id, field).
bool names(const gis::LogCheck &check, const QString &table, const QString &id, const QString &field);

} // namespace fg::test::evidence
