// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/chain_report.h"
#include "core/cases/log_key.h"
#include "core/cases/log_receipt.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace fg::gis {

/// A stored value the audit log does not account for: a field whose stored value differs from
/// the one the log's events lead to, or a row only one side has (field empty).
struct DataFinding
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::DataFinding)

public:
    QString table; ///< "incidents", "cases", "case_events", "transfers", "accountability", …
    QString id; ///< the row: incident id, case id, "CASE#STEP", "CASE/TRANSFER", "CASE#N", key
    QString field; ///< the column; empty when the whole row is missing on one side
    QString logged; ///< what the log says ("" for NULL); for a missing row, "(row)" or "(none)"
    QString stored; ///< what the table holds

    /// One translated line: "incidents PS2024-002: basic_farmland_mu is 1 but the log says 5.01".
    QString message() const;
};

/// What ProjectStore::checkLog() is asked to check besides the chain and its recorded head.
struct LogCheckOptions
{
    /// Re-derive incidents, cases, steps, transfers, accountability, settings and attachments
    /// from the log and compare every row with the tables.
    bool data = true;
    /// Hash every attachment's content against its id (slow for many photos; verify-log does it).
    bool attachmentContent = true;
    /// GeoPackage: PRAGMA integrity_check instead of quick_check (verify-log --full).
    bool fullIntegrity = false;
    /// Recompute each reference layer's content hash from its rows and compare it with the one
    /// fixed when the layer was written (schema 11; reads every layer whole: verify-log --full).
    bool layerContent = false;
    /// GeoPackage: quick_check only the record's tables (log, incidents, cases, steps, transfers,
    /// accountability, settings, receipts, …), not the reference layers, which are written once
    /// and make up nearly all of a county's file: the open check (tens of ms instead of a third
    /// of a second on a 150k-parcel county). verify-log checks the whole file.
    bool recordTablesOnly = false;
    /// The office key for a keyed log (default: the key the store was opened with).
    std::optional<core::LogKey> key;
    /// A plain log is a problem (a key was given to verify-log: the office keys its logs).
    bool requireKeyed = false;
    /// Receipts kept outside the project: the log must still hold each one's head.
    std::vector<core::LogReceipt> receipts;
    /// Heads printed on reports ("#SEQ HASH"), checked the same way.
    std::vector<core::ChainAnchor> anchors;
};

/// The outcome of ProjectStore::checkLog() and ProjectStores::verify(): the chain (with the
/// recorded head and any key), the file's integrity, the data against the log and the anchors.
struct LogCheck
{
    core::ChainReport report;
    qsizetype events = 0;
    QString integrity; ///< the backend's integrity check: "ok" for an undamaged project
    std::optional<core::ChainAnchor> head; ///< the last event (seq, hash), as the log holds it
    bool dataChecked = false; ///< false when not asked for or the project's schema is too old
    QMap<QString, int> rowsChecked; ///< per table, rows the data check compared
    std::vector<DataFinding> findings; ///< every row that disagrees with the log
    QStringList anchorProblems; ///< receipts and heads (given, or kept in the project) the log no longer holds
    int receiptsKept = 0; ///< receipt copies kept in the project (all checked)
    QStringList notes; ///< what was not checked and why (translated)

    /// The chain, the integrity, the data and every anchor passed.
    bool passed() const
    {
        return report.intact() && integrity == QLatin1String("ok") && findings.empty() && anchorProblems.isEmpty();
    }
};

} // namespace fg::gis
