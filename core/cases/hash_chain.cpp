// SPDX-License-Identifier: MIT
#include "core/cases/hash_chain.h"

#include <QCryptographicHash>

namespace fg::core {

namespace {
ChainReport report(ChainReport::Problem problem, qsizetype index, qint64 seq, QString message)
{
    ChainReport result;
    result.problem = problem;
    result.index = index;
    result.seq = seq;
    result.message = std::move(message);
    return result;
}
} // namespace

QString HashChain::genesis()
{
    return QString(64, QLatin1Char('0'));
}

QString HashChain::hashOf(const AuditEvent &event)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(event.canonical(), QCryptographicHash::Sha256).toHex());
}

AuditEvent HashChain::seal(AuditEvent draft, const AuditEvent *previous)
{
    return seal(std::move(draft), previous, nullptr);
}

AuditEvent HashChain::seal(AuditEvent draft, const AuditEvent *previous, const LogKey *key)
{
    draft.seq = previous ? previous->seq + 1 : 1;
    draft.prevHash = previous ? previous->hash : genesis();
    draft.hash = key ? key->mac(draft.canonical()) : hashOf(draft);
    return draft;
}

QString HashChain::sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

AuditEvent HashChain::seal(AuditEvent draft, const AuditEvent *previous, const LogKey *key,
    const QByteArray &oldText, const QByteArray &newText)
{
    return seal(std::move(draft), previous, key, oldText, newText, &sha256Hex);
}

AuditEvent HashChain::seal(AuditEvent draft, const AuditEvent *previous, const LogKey *key,
    const QByteArray &oldText, const QByteArray &newText, Sha256Hex sha256)
{
    draft.seq = previous ? previous->seq + 1 : 1;
    draft.prevHash = previous ? previous->hash : genesis();
    const QByteArray canonical = draft.canonical(oldText, newText);
    draft.hash = key ? key->mac(canonical) : sha256(canonical);
    return draft;
}

bool HashChain::isKeying(const AuditEvent &event)
{
    return event.entity == QLatin1String("project") && event.action == QLatin1String("key_chain");
}

QJsonObject HashChain::keyingValue(const LogKey &key)
{
    return QJsonObject { { QStringLiteral("chain"), QStringLiteral("hmac-sha256") }, { QStringLiteral("key_id"), key.id() } };
}

std::optional<ChainReport> HashChain::sequenceProblem(
    const QList<AuditEvent> &events, qsizetype index, qint64 expected)
{
    const qint64 seq = events.at(index).seq;
    if (seq == expected)
        return std::nullopt;
    if (seq < expected)
        return report(ChainReport::Problem::Reordered, index, seq,
            tr("event %1 stands after event %2: it is out of order or repeated").arg(seq).arg(expected - 1));
    for (qsizetype later = index + 1; later < events.size(); ++later) {
        if (events.at(later).seq == expected)
            return report(ChainReport::Problem::Reordered, index, seq,
                tr("event %1 stands where event %2 belongs: the log was reordered").arg(seq).arg(expected));
    }
    const QString missing = seq - 1 == expected ? QString::number(expected)
                                                : QStringLiteral("%1–%2").arg(expected).arg(seq - 1);
    return report(ChainReport::Problem::Deleted, index, seq,
        tr("event %1 is missing before event %2: it was deleted").arg(missing).arg(seq));
}

std::optional<ChainReport> HashChain::anchorProblem(const QList<AuditEvent> &events, const ChainAnchor &anchor)
{
    const bool prefix = anchor.hash.size() >= 12 && anchor.hash.size() < 64;
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (events.at(i).seq != anchor.seq)
            continue;
        if (events.at(i).hash == anchor.hash
            || (prefix && events.at(i).hash.startsWith(anchor.hash, Qt::CaseInsensitive)))
            return std::nullopt;
        return report(ChainReport::Problem::BrokenLink, i, anchor.seq,
            tr("event %1 differs from its anchored copy: the log was rebuilt").arg(anchor.seq));
    }
    const qint64 last = events.isEmpty() ? 0 : events.last().seq;
    return report(ChainReport::Problem::Truncated, events.size(), anchor.seq,
        tr("the log ends at event %1 but event %2 was recorded: events were deleted from the end")
            .arg(last)
            .arg(anchor.seq));
}

std::optional<ChainReport> HashChain::hashProblem(
    const AuditEvent &event, qsizetype index, const ChainKeying &keying, QString &keyId)
{
    if (isKeying(event)) {
        const QString named = event.newValue.toObject().value(QStringLiteral("key_id")).toString();
        if (!keyId.isEmpty() && named != keyId)
            return report(ChainReport::Problem::WrongKey, index, event.seq,
                tr("event %1 names a second key (%2 after %3): a keyed log keeps its key").arg(event.seq).arg(named, keyId));
        keyId = named;
        if (keying.key && keying.key->id() != keyId)
            return report(ChainReport::Problem::WrongKey, index, event.seq,
                tr("the log is keyed from event %1 with the key %2, not with the key given (%3)")
                    .arg(event.seq)
                    .arg(keyId, keying.key->id()));
    }
    if (!keyId.isEmpty() && !keying.key)
        return std::nullopt; // cannot be checked: reported once at the end (KeyNeeded)
    const QString expected = keyId.isEmpty() ? hashOf(event) : keying.key->mac(event.canonical());
    if (expected == event.hash)
        return std::nullopt;
    return report(ChainReport::Problem::Edited, index, event.seq,
        tr("event %1 was changed after it was recorded: its content does not match its hash").arg(event.seq));
}

ChainReport HashChain::verify(const QList<AuditEvent> &events, const std::optional<ChainAnchor> &anchor)
{
    return verify(events, anchor, ChainKeying {});
}

ChainReport HashChain::verify(
    const QList<AuditEvent> &events, const std::optional<ChainAnchor> &anchor, const ChainKeying &keying)
{
    QString previousHash = genesis();
    QString keyId;
    qsizetype firstKeyed = -1;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const AuditEvent &event = events.at(i);
        if (auto problem = sequenceProblem(events, i, qint64(i) + 1))
            return *problem;
        if (auto problem = hashProblem(event, i, keying, keyId)) {
            problem->keyId = keyId;
            return *problem;
        }
        if (!keyId.isEmpty() && firstKeyed < 0)
            firstKeyed = i;
        if (event.prevHash != previousHash)
            return report(ChainReport::Problem::BrokenLink, i, event.seq,
                tr("event %1 does not chain to the event before it: an earlier event was replaced")
                    .arg(event.seq));
        previousHash = event.hash;
    }
    ChainReport result;
    if (anchor) {
        if (auto problem = anchorProblem(events, *anchor))
            result = *problem;
    }
    if (result.intact() && firstKeyed >= 0 && !keying.key)
        result = report(ChainReport::Problem::KeyNeeded, firstKeyed, events.at(firstKeyed).seq,
            tr("the log is keyed (HMAC-SHA256, key %1) from event %2: it can be checked and written only with the "
               "key (--key-file or %3)")
                .arg(keyId)
                .arg(events.at(firstKeyed).seq)
                .arg(QString::fromLatin1(LogKey::kEnvironment)));
    if (result.intact() && keyId.isEmpty() && keying.requireKeyed)
        result = report(ChainReport::Problem::NotKeyed, events.size(), events.isEmpty() ? 0 : events.last().seq,
            tr("the log is a plain SHA-256 chain although a keyed one was expected: if this project was keyed, its "
               "log was rewritten"));
    result.keyId = keyId;
    return result;
}

} // namespace fg::core
