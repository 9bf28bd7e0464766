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
    draft.seq = previous ? previous->seq + 1 : 1;
    draft.prevHash = previous ? previous->hash : genesis();
    draft.hash = hashOf(draft);
    return draft;
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

std::optional<ChainReport> HashChain::anchorProblem(
    const QList<AuditEvent> &events, const ChainAnchor &anchor)
{
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (events.at(i).seq != anchor.seq)
            continue;
        if (events.at(i).hash == anchor.hash)
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

ChainReport HashChain::verify(const QList<AuditEvent> &events, const std::optional<ChainAnchor> &anchor)
{
    QString previousHash = genesis();
    for (qsizetype i = 0; i < events.size(); ++i) {
        const AuditEvent &event = events.at(i);
        if (auto problem = sequenceProblem(events, i, qint64(i) + 1))
            return *problem;
        if (hashOf(event) != event.hash)
            return report(ChainReport::Problem::Edited, i, event.seq,
                tr("event %1 was changed after it was recorded: its content does not match its hash")
                    .arg(event.seq));
        if (event.prevHash != previousHash)
            return report(ChainReport::Problem::BrokenLink, i, event.seq,
                tr("event %1 does not chain to the event before it: an earlier event was replaced")
                    .arg(event.seq));
        previousHash = event.hash;
    }
    if (anchor) {
        if (auto problem = anchorProblem(events, *anchor))
            return *problem;
    }
    return {};
}

} // namespace fg::core
