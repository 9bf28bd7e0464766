// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace fg::core {

/// One entry of the append-only, tamper-evident log: every change to incidents, cases and
/// transfers (DOMAIN.md §6, 终身追责). Corrections are new events; nothing is edited or deleted.
/// Sealed by HashChain::seal(); storage (gis/) keeps every field as given, byte for byte.
struct AuditEvent
{
    Q_DECLARE_TR_FUNCTIONS(fg::core::AuditEvent)

public:
    qint64 seq = 0; ///< 1, 2, 3 … with no gaps
    QString when; ///< UTC, ISO 8601 with milliseconds and 'Z' (see timestamp())
    QString who; ///< operator's name, as given when the project was opened
    QString role; ///< operator's role
    QString entity; ///< "incident", "case", "transfer", …
    QString entityId;
    QString action; ///< e.g. "create", "update", a case action code
    QJsonValue oldValue; ///< state before (null for a creation)
    QJsonValue newValue; ///< state after
    QString prevHash; ///< hash of the previous event (HashChain::genesis() for the first)
    QString hash; ///< SHA-256 of canonical(), lowercase hex

    /// @p time in UTC as "yyyy-MM-ddTHH:mm:ss.zzzZ", the only form `when` takes.
    static QString timestamp(const QDateTime &time);
    /// The exact bytes the hash covers: every field but `hash`, through CanonicalJson, tagged
    /// with the format version so a future format never verifies against this one.
    QByteArray canonical() const;
    /// canonical() given the canonical texts of oldValue and newValue (CanonicalJson::serialize
    /// of each, as the store keeps them): the same bytes, without writing the values again.
    QByteArray canonical(const QByteArray &oldText, const QByteArray &newText) const;
    /// Every field including the hash, for export.
    QJsonObject toJson() const;
    /// Inverse of toJson(). Throws InputError naming the event when a field is missing.
    static AuditEvent fromJson(const QJsonObject &object);
};

} // namespace fg::core
