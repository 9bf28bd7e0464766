// SPDX-License-Identifier: MIT
// Private to gis/project: the event_log table, append-only and chained with core::HashChain.
#pragma once

#include "core/cases/audit_event.h"
#include "core/cases/chain_report.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace fg::gis {

class SqliteDb;
struct OperatorIdentity;

/// Appends and reads audit events. Appending must happen inside the transaction of the edit it
/// records, so the edit and its event commit together. The chain head is also kept in settings
/// (log_head_seq, log_head_hash) so events cut from the end are detected.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::AuditLog)

public:
    /// Seals and stores one event after the last one; returns it.
    static core::AuditEvent append(const SqliteDb &db, const OperatorIdentity &who, const QString &entity,
        const QString &entityId, const QString &action, const QJsonValue &oldValue, const QJsonValue &newValue);
    /// Every event in storage order (rowid), exactly as stored. A value that is not JSON any more
    /// is read as its raw text, so verification reports it as edited instead of failing.
    static QList<core::AuditEvent> read(const SqliteDb &db);
    /// The head recorded in settings, if any.
    static std::optional<core::ChainAnchor> anchor(const SqliteDb &db);
    /// Reads and verifies.
    static core::ChainReport verify(const SqliteDb &db);
};

} // namespace fg::gis
