// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/audit_event.h"
#include "core/cases/chain_report.h"
#include "core/cases/log_key.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace fg::core {

/// How a log's hashes are checked. A log is a plain SHA-256 chain until a keying event
/// (HashChain::isKeying: entity "project", action "key_chain", new value {"key_id": …}); that
/// event and every later one are sealed with HMAC-SHA256 under the office's key instead, so
/// nobody without the key can re-hash a rewritten tail.
struct ChainKeying
{
    const LogKey *key = nullptr; ///< checks the keyed events (nullptr: they cannot be checked)
    bool requireKeyed = false; ///< a plain log is a problem (NotKeyed): a keyed log rewritten as plain
};

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
    /// The same with HMAC-SHA256 under @p key when given (a keyed log's events, and its keying event).
    static AuditEvent seal(AuditEvent draft, const AuditEvent *previous, const LogKey *key);
    /// The same, given the canonical texts of draft's oldValue and newValue (CanonicalJson::
    /// serialize of each: what the store writes), so they are not written again for the hash.
    static AuditEvent seal(AuditEvent draft, const AuditEvent *previous, const LogKey *key,
        const QByteArray &oldText, const QByteArray &newText);
    /// The lowercase hex SHA-256 of some bytes. sha256Hex() is Qt's; a caller may pass another
    /// implementation of the same digest (gis::Sha256::hex, the CPU's SHA instructions).
    using Sha256Hex = QString (*)(const QByteArray &bytes);
    static QString sha256Hex(const QByteArray &bytes);
    /// The same, the unkeyed hash made by @p sha256.
    static AuditEvent seal(AuditEvent draft, const AuditEvent *previous, const LogKey *key,
        const QByteArray &oldText, const QByteArray &newText, Sha256Hex sha256);
    /// True for the event that turns a log into a keyed chain.
    static bool isKeying(const AuditEvent &event);
    /// The new value of a keying event for @p key.
    static QJsonObject keyingValue(const LogKey &key);
    /// Checks @p events in the order given (the storage's order) and names the first broken
    /// one: a gap (deleted), a sequence number out of place (reordered), a hash that does not
    /// match (edited) or a broken link (replaced and re-hashed). With @p anchor, also events
    /// deleted from the end. An empty list is intact unless an anchor says otherwise.
    static ChainReport verify(const QList<AuditEvent> &events, const std::optional<ChainAnchor> &anchor = {});
    /// The same for a log that may be keyed: keyed events are checked with @p keying's key;
    /// without it the report is KeyNeeded (links and numbers are still checked), with another
    /// key WrongKey, and a plain log when @p keying requires a keyed one NotKeyed.
    static ChainReport verify(
        const QList<AuditEvent> &events, const std::optional<ChainAnchor> &anchor, const ChainKeying &keying);
    /// The problem an anchor known from outside (a receipt, a printed head) finds in @p events:
    /// nullopt when the log holds the anchored event with that hash; a hash given shorter than
    /// 64 digits (a printed prefix, at least 12) compares as a prefix.
    static std::optional<ChainReport> anchorProblem(const QList<AuditEvent> &events, const ChainAnchor &anchor);

private:
    static std::optional<ChainReport> sequenceProblem(
        const QList<AuditEvent> &events, qsizetype index, qint64 expected);
    static std::optional<ChainReport> hashProblem(
        const AuditEvent &event, qsizetype index, const ChainKeying &keying, QString &keyId);
};

} // namespace fg::core
