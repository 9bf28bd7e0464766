// SPDX-License-Identifier: MIT
// Private to gis/store/sql: the audit log read in two steps, so the open check can parse the
// stored values on another thread while the connection's thread goes on reading.
#pragma once

#include "core/cases/audit_event.h"
#include "core/cases/chain_report.h"

#include <QList>
#include <QString>

#include <optional>

#include <vector>

namespace fg::gis {

class SqlConnection;

namespace sql_log {

/// The log's rows as stored, in the storage's order: every field of each event but its two
/// values, which are kept as their stored text (old_value, new_value) until parsed().
struct StoredLog
{
    QList<core::AuditEvent> events; ///< oldValue and newValue still unset
    std::vector<std::pair<QString, QString>> values; ///< per event: the stored old and new text
};

/// Reads event_log on @p db ordered by @p rowOrder; on the thread that owns @p db. The values
/// are not parsed: nothing here but the rows' text, so the read holds the connection briefly.
StoredLog readStoredLog(const SqlConnection &db, const QString &rowOrder);

/// @p text as the log keeps a value: the JSON value it holds, or the text itself as a string
/// when it is not exactly one JSON value (a damaged value then fails the chain as Edited).
/// The same QJsonValue as the parse of "[" + text + "]" always gave; pure and thread-safe.
QJsonValue parsedValue(const QString &text);

/// The audit log as stored, read and parsed on @p db's thread (verify-log's whole read).
QList<core::AuditEvent> readLog(const SqlConnection &db, const QString &rowOrder);

/// The head recorded in settings (log_head_seq, log_head_hash), if any (sql_log.cpp).
std::optional<core::ChainAnchor> recordedHead(const SqlConnection &db);

/// The events of @p log with their values parsed (parsedValue of each stored text); pure, so it
/// may run on any thread. @p log is consumed.
QList<core::AuditEvent> parsed(StoredLog &&log);

} // namespace sql_log
} // namespace fg::gis
