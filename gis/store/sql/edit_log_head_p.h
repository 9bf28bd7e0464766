// SPDX-License-Identifier: MIT
// Private to gis/store/sql: the audit log's head as one edit (SqlProjectStore::inOneEdit) moves it.
#pragma once

#include "core/cases/chain_report.h"

#include <QString>
#include <QtGlobal>

#include <optional>

namespace fg::gis {

/// What an edit's appends know of the log without asking the database again: the head they
/// chained last and the chain key id, read at the edit's first append. An import appends 4,000
/// events in one edit; each used to read the head and the key and write the head rows anew.
///
/// It holds only inside the edit's transaction, where no other writer can append (SQLite's
/// write lock; on PostgreSQL fg_lock_log_head's lock, held to commit), and only while the
/// connection has rolled nothing back since (SqlConnection::rollbacks(): a savepoint rolled back
/// takes its events with it). `pending` says the head rows in settings lag behind the events:
/// SqlProjectStore::settleLogHead() writes them before anything reads them and before the commit.
struct EditLogHead
{
    EditLogHead() = default;
    /// Nothing known yet, on a connection that has rolled back @p rollbacks times.
    explicit EditLogHead(quint64 rollbacks)
        : rollbacks(rollbacks)
    {
    }

    /// The connection's rollback count when the values below were learnt.
    quint64 rollbacks = 0;
    /// The head after the edit's last append (the inner nullopt: an empty log); unset: unknown.
    std::optional<std::optional<core::ChainAnchor>> head;
    /// The chain key id setting (empty: a plain log); unset: unknown.
    std::optional<QString> chainKeyId;
    /// Events were appended since the head rows were last written.
    bool pending = false;

    /// Forgets what a rollback since may have undone (pending stays: the rows still lag).
    void forgetIfRolledBack(quint64 now)
    {
        if (now != rollbacks) {
            head.reset();
            chainKeyId.reset();
            rollbacks = now;
        }
    }
};

} // namespace fg::gis
