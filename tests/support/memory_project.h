// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/chain_report.h"
#include "gis/store/store_types.h"
#include "memory_tables.h"

#include <QJsonValue>

#include <functional>
#include <mutex>
#include <type_traits>
#include <utility>

namespace fg::test {

/// The project behind one or more MemoryProjectStore objects: what a GeoPackage file or a
/// PostGIS schema is to its connections. Reference layers are fixed at creation; the rest is a
/// MemoryState guarded by one mutex, so two stores on one project behave like two connections:
/// each call sees the latest committed state, and an edit is applied to a copy that replaces the
/// state only when the whole edit succeeded (atomic: rows and audit event, or nothing).
/// Thread-safe. Every edit copies the state: sized for tests, not for a county's data.
class MemoryProject
{
public:
    MemoryProject(QString name, int workingEpsg, std::vector<MemoryReference> reference);

    const QString &name() const { return m_name; }
    /// "memory:NAME", the location stores and messages name.
    QString location() const;
    int workingEpsg() const { return m_epsg; }
    const std::vector<MemoryReference> &reference() const { return m_reference; }

    /// Runs @p reader on the committed state under the lock; returns what it returns.
    template <class Reader> auto read(Reader &&reader) const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return reader(std::as_const(m_state));
    }

    /// Runs @p change on a copy of the state and commits the copy when it returns normally; an
    /// exception leaves the project as it was. Returns what @p change returns.
    template <class Change> auto write(Change &&change)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        MemoryState draft = m_state;
        if constexpr (std::is_void_v<decltype(change(draft))>) {
            change(draft);
            m_state = std::move(draft);
        } else {
            auto result = change(draft);
            m_state = std::move(draft);
            return result;
        }
    }

    /// Test hook: changes the stored rows behind every store's back (to tamper with the log,
    /// as someone editing the file would). Never used by the store itself.
    void tamper(const std::function<void(MemoryState &)> &change);

private:
    QString m_name;
    int m_epsg = 0;
    std::vector<MemoryReference> m_reference;
    mutable std::mutex m_mutex;
    MemoryState m_state;
};

/// Appends one audit event to @p state, sealed by core::HashChain after the last one, stamped
/// with @p who at @p when, and moves the recorded head (settings log_head_seq, log_head_hash)
/// as the GeoPackage does. The values are stored as their canonical JSON reads back, so the
/// hash always verifies from the stored text.
core::AuditEvent appendEvent(MemoryState &state, const gis::OperatorIdentity &who, const QDateTime &when,
    const QString &entity, const QString &entityId, const QString &action, const QJsonValue &oldValue,
    const QJsonValue &newValue);

/// The recorded head of the log (nullopt before the first event).
std::optional<core::ChainAnchor> recordedHead(const MemoryState &state);

/// The id of the officers row (name, role), added first seen at @p when when new.
qint64 officerRowId(MemoryState &state, const QString &name, const QString &role, const QDateTime &when);

/// The settings keys the store keeps for itself (the log's head); setSetting refuses them.
bool isStoreSetting(const QString &key);

/// Throws core::ConflictError naming @p by and @p at (the change that won) when @p expected is
/// neither gis::kAnyRevision nor @p actual.
void checkRevision(const QString &location, const QString &record, qint64 expected, qint64 actual,
    const QString &by, const QDateTime &at);

} // namespace fg::test
