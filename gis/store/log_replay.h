// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/audit_event.h"
#include "gis/store/log_check.h"
#include "gis/store/stored_rows.h"

#include <QList>
#include <QMap>
#include <QString>

#include <map>
#include <utility>
#include <vector>

namespace fg::gis {

/// Rows of the domain tables as text, keyed by table and row id: what the audit log says and
/// what the tables hold, in the one form LogReplay::compare() reads. NULL is the empty string,
/// figures are LogReplay::number(), booleans "0"/"1", lists comma-joined.
class DataRows
{
public:
    using Fields = QMap<QString, QString>;
    using Key = std::pair<QString, QString>; ///< table, id

    /// The row (created empty when missing).
    Fields &row(const QString &table, const QString &id) { return m_rows[{ table, id }]; }
    const Fields *find(const QString &table, const QString &id) const;
    bool contains(const QString &table, const QString &id) const { return find(table, id) != nullptr; }
    const std::map<Key, Fields> &rows() const { return m_rows; }

private:
    std::map<Key, Fields> m_rows;
};

/// The current state of a project's record re-derived from its audit log alone (every event
/// carries its old → new values), and the comparison with the stored tables. One place for both
/// backends: SqlProjectStore reads the tables into StoredRows, this derives and compares. Pure,
/// thread-safe.
///
/// Derived: incidents (fid, attributes, township, village, figures, verdict, method, geometry
/// SHA-256, revision, last changer), cases (party, type, threshold flag, facts, status, opening
/// event, township, incident fids, revision, last changer), case_events (every step),
/// transfers (with replies), accountability, settings (but the log head, which the chain
/// checks), attachments (name, type, size, content hash), approvals (schema 9: attributes,
/// fid, geometry SHA-256), township targets and measures (schema 10),
/// the reference layers' content hashes (schema 11: features, sha256). The patrol tables are not derived.
class LogReplay
{
public:
    /// Replays @p events in order.
    static DataRows derive(const QList<core::AuditEvent> &events);
    /// Every field the log determines whose stored value differs (a field @p stored lacks reads
    /// empty), and every row only one side has, in table and id order (log_replay_compare.cpp).
    /// @p stored must be finish()ed; each table's rows are walked once beside the log's.
    static std::vector<DataFinding> compare(const DataRows &logged, const StoredRows &stored);
    /// A figure as both sides write it: shortest text that reads back to the same double.
    static QString number(double value);
    /// The tables derive() fills, in report order.
    static const QStringList &tables();
};

} // namespace fg::gis
