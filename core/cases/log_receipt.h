// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/audit_event.h"
#include "core/cases/chain_report.h"
#include "core/cases/log_key.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace fg::core {

/// A small receipt of an audit log's head (`farmguard-cli project seal`), kept outside the
/// project: the log must still hold event headSeq with hash headHash whenever it is checked
/// later, so a log rewritten, cut or rebuilt after the receipt is caught. Optionally signed
/// (HMAC-SHA256 with an office key kept outside the project) so the receipt itself cannot be
/// forged to match a rewritten log. A value type; thread-safe.
struct LogReceipt
{
    Q_DECLARE_TR_FUNCTIONS(fg::core::LogReceipt)

public:
    static constexpr const char *kFormat = "farmguard-receipt-1";

    QString project; ///< the project's name (file base name or schema)
    QString location; ///< where it was sealed (file path or URI without password)
    qint64 headSeq = 0;
    QString headHash;
    qint64 events = 0; ///< events in the log when sealed
    QString chainKeyId; ///< LogKey::id() of a keyed log; empty for a plain SHA-256 chain
    QString sealedAt; ///< UTC, AuditEvent::timestamp()
    QString sealedBy; ///< the operator
    QString version; ///< FarmGuard's version
    QString macKeyId; ///< the signing key's id; empty when unsigned
    QString mac; ///< HMAC-SHA256 over signedBytes(), lowercase hex; empty when unsigned

    /// Every field, as written to the receipt file.
    QJsonObject toJson() const;
    /// Inverse of toJson(); throws InputError naming @p source when it is not a receipt.
    static LogReceipt fromJson(const QJsonObject &object, const QString &source);
    /// Reads a receipt file; throws InputError naming the file.
    static LogReceipt read(const QString &path);

    /// The bytes the MAC covers: every field but mac, canonical JSON.
    QByteArray signedBytes() const;
    /// Signs the receipt with @p key (sets macKeyId and mac).
    void sign(const LogKey &key);
    /// What is wrong with the receipt's own signature (translated), or an empty string when it
    /// is unsigned or its MAC checks with @p key. A signed receipt without a key is a problem:
    /// its signature cannot be checked.
    QString signatureProblem(const LogKey *key) const;
    /// What the log @p log (checked as @p chain) says against this receipt: nullopt when it still holds the head
    /// event with its hash and the chain is keyed as it was when sealed.
    std::optional<ChainReport> logProblem(const QList<AuditEvent> &log, const ChainReport &chain) const;
};

/// A log head as reports print it: "#SEQ HASH" (e.g. "#123 9f86d081…"). parseAnchor() reads
/// that form and "SEQ:HASH"; a hash of 12 to 63 hex digits is a printed prefix.
QString anchorText(const ChainAnchor &anchor);
/// Inverse of anchorText(); nullopt when @p text is neither form.
std::optional<ChainAnchor> parseAnchor(const QString &text);

} // namespace fg::core
