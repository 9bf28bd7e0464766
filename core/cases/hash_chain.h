// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/audit_event.h"
#include "core/cases/chain_report.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace fg::core {

/// The SHA-256 hash chain over AuditEvents, independent of storage: each event's hash covers
/// its canonical form, which includes the previous event's hash. Pure and thread-safe.
class HashChain
{
    Q_DECLARE_TR_FUNCTIONS(fg::core::HashChain)

public:
    /// The previous-hash of the first event: 64 zeros.
    static QString genesis();
    /// SHA-256 of event.canonical(), lowercase hex.
    static QString hashOf(const AuditEvent &event);
    /// Seals @p draft as the event after @p previous (nullptr for the first): sets seq, prevHash
    /// and hash; every other field is kept as given.
    static AuditEvent seal(AuditEvent draft, const AuditEvent *previous);
    /// Checks @p events in the order given (the storage's order) and names the first broken
    /// one: a gap (deleted), a sequence number out of place (reordered), a hash that does not
    /// match (edited) or a broken link (replaced and re-hashed). With @p anchor, also events
    /// deleted from the end. An empty list is intact unless an anchor says otherwise.
    static ChainReport verify(const QList<AuditEvent> &events, const std::optional<ChainAnchor> &anchor = {});

private:
    static std::optional<ChainReport> sequenceProblem(
        const QList<AuditEvent> &events, qsizetype index, qint64 expected);
    static std::optional<ChainReport> anchorProblem(
        const QList<AuditEvent> &events, const ChainAnchor &anchor);
};

} // namespace fg::core
