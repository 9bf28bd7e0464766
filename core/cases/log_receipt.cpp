// SPDX-License-Identifier: MIT
#include "core/cases/log_receipt.h"

#include "core/cases/canonical_json.h"
#include "core/cases/hash_chain.h"
#include "core/input_error.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

namespace fg::core {

namespace {

QJsonObject unsignedJson(const LogReceipt &r)
{
    QJsonObject object { { QStringLiteral("format"), QLatin1String(LogReceipt::kFormat) },
        { QStringLiteral("project"), r.project }, { QStringLiteral("location"), r.location },
        { QStringLiteral("head_seq"), r.headSeq }, { QStringLiteral("head_hash"), r.headHash },
        { QStringLiteral("events"), r.events },
        { QStringLiteral("chain"), r.chainKeyId.isEmpty() ? QStringLiteral("sha256") : QStringLiteral("hmac-sha256") },
        { QStringLiteral("sealed_at"), r.sealedAt }, { QStringLiteral("sealed_by"), r.sealedBy },
        { QStringLiteral("farmguard_version"), r.version } };
    if (!r.chainKeyId.isEmpty())
        object.insert(QStringLiteral("chain_key_id"), r.chainKeyId);
    if (!r.macKeyId.isEmpty())
        object.insert(QStringLiteral("mac_key_id"), r.macKeyId);
    return object;
}

} // namespace

QJsonObject LogReceipt::toJson() const
{
    QJsonObject object = unsignedJson(*this);
    if (!mac.isEmpty())
        object.insert(QStringLiteral("mac"), mac);
    return object;
}

LogReceipt LogReceipt::fromJson(const QJsonObject &object, const QString &source)
{
    if (object.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        throw InputError(source, tr("not a FarmGuard log receipt (format %1 expected)").arg(QLatin1String(kFormat)));
    LogReceipt r;
    r.project = object.value(QStringLiteral("project")).toString();
    r.location = object.value(QStringLiteral("location")).toString();
    r.headSeq = object.value(QStringLiteral("head_seq")).toInteger();
    r.headHash = object.value(QStringLiteral("head_hash")).toString();
    r.events = object.value(QStringLiteral("events")).toInteger();
    r.chainKeyId = object.value(QStringLiteral("chain_key_id")).toString();
    r.sealedAt = object.value(QStringLiteral("sealed_at")).toString();
    r.sealedBy = object.value(QStringLiteral("sealed_by")).toString();
    r.version = object.value(QStringLiteral("farmguard_version")).toString();
    r.macKeyId = object.value(QStringLiteral("mac_key_id")).toString();
    r.mac = object.value(QStringLiteral("mac")).toString();
    if (r.headSeq <= 0 || r.headHash.size() != 64)
        throw InputError(source, tr("the receipt names no log head (head_seq, head_hash)"));
    return r;
}

LogReceipt LogReceipt::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path, tr("cannot read the receipt: %1").arg(file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(1 << 20), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw InputError(path, tr("the receipt is not JSON: %1").arg(error.errorString()));
    return fromJson(document.object(), path);
}

QByteArray LogReceipt::signedBytes() const
{
    return CanonicalJson::serialize(unsignedJson(*this));
}

void LogReceipt::sign(const LogKey &key)
{
    macKeyId = key.id();
    mac = key.mac(signedBytes());
}

QString LogReceipt::signatureProblem(const LogKey *key) const
{
    if (mac.isEmpty() && macKeyId.isEmpty())
        return {};
    if (!key)
        return tr("the receipt is signed (key %1): give the key (--key-file) to check its signature").arg(macKeyId);
    if (key->id() != macKeyId)
        return tr("the receipt is signed with the key %1, not with the key given (%2)").arg(macKeyId, key->id());
    if (key->mac(signedBytes()) != mac)
        return tr("the receipt's signature does not match its content: the receipt was altered");
    return {};
}

std::optional<ChainReport> LogReceipt::logProblem(const QList<AuditEvent> &log, const ChainReport &chain) const
{
    if (auto problem = HashChain::anchorProblem(log, { headSeq, headHash }))
        return problem;
    ChainReport report;
    report.seq = headSeq;
    report.keyId = chain.keyId;
    if (log.size() < events) {
        report.problem = ChainReport::Problem::Truncated;
        report.message = tr("the log holds %1 events; the receipt counted %2").arg(log.size()).arg(events);
        return report;
    }
    if (!chainKeyId.isEmpty() && chain.keyId != chainKeyId) {
        report.problem = ChainReport::Problem::NotKeyed;
        report.message = chain.keyId.isEmpty()
            ? tr("the receipt was sealed on a log keyed with %1, but the log is now a plain chain: it was rewritten")
                  .arg(chainKeyId)
            : tr("the receipt was sealed on a log keyed with %1, but the log is now keyed with %2").arg(chainKeyId, chain.keyId);
        return report;
    }
    return std::nullopt;
}

QString anchorText(const ChainAnchor &anchor)
{
    return QStringLiteral("#%1 %2").arg(anchor.seq).arg(anchor.hash);
}

std::optional<ChainAnchor> parseAnchor(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^\\s*#?(\\d+)[\\s:]+([0-9a-fA-F]{12,64})\\s*$"));
    const QRegularExpressionMatch match = form.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return ChainAnchor { match.captured(1).toLongLong(), match.captured(2).toLower() };
}

} // namespace fg::core
