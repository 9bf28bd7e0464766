// SPDX-License-Identifier: MIT
#include "core/rules_record.h"

#include "core/input_error.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace fg::core {

namespace {

const QString kFormat = QStringLiteral("farmguard-rules");

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

RulesRecord RulesRecord::defaults()
{
    RulesRecord record;
    record.m_text = Rules().toJson();
    record.m_sha256 = sha256Of(record.m_text);
    return record;
}

RulesRecord RulesRecord::fromText(const QByteArray &json, const QString &source)
{
    RulesRecord record;
    record.m_rules = Rules::fromJson(json, source);
    record.m_text = json;
    record.m_sha256 = sha256Of(json);
    record.m_source = source;
    record.m_set = true;
    return record;
}

RulesRecord RulesRecord::fromSetting(const QString &stored, const QString &where)
{
    if (stored.trimmed().isEmpty())
        return defaults();
    const QJsonObject envelope = QJsonDocument::fromJson(stored.toUtf8()).object();
    if (envelope.value(QStringLiteral("format")).toString() != kFormat) {
        RulesRecord bare = fromText(stored.toUtf8(), where); // a project from before the envelope
        bare.m_source.clear();
        return bare;
    }
    const QByteArray text = envelope.value(QStringLiteral("text")).toString().toUtf8();
    RulesRecord record = fromText(text, where);
    if (record.m_sha256 != envelope.value(QStringLiteral("sha256")).toString())
        throw InputError(where, tr("the rules' SHA-256 does not match their text: the setting was changed outside "
                                   "FarmGuard"));
    record.m_source = envelope.value(QStringLiteral("source")).toString();
    return record;
}

QString RulesRecord::toSetting() const
{
    const QJsonObject envelope { { QStringLiteral("format"), kFormat }, { QStringLiteral("sha256"), m_sha256 },
        { QStringLiteral("source"), m_source }, { QStringLiteral("text"), QString::fromUtf8(m_text) } };
    return QString::fromUtf8(QJsonDocument(envelope).toJson(QJsonDocument::Compact));
}

QString RulesRecord::readingText(Reading reading)
{
    return reading == Reading::Notice ? tr("notice reading (all cultivated land, basic farmland included)")
                                      : tr("judicial reading (cultivated land outside basic farmland)");
}

QString RulesRecord::describe() const
{
    const QLocale c = QLocale::c();
    const QString origin = !m_set ? tr("built-in rules of the notice")
        : m_source.isEmpty()      ? tr("project rules")
                                  : tr("project rules (%1)").arg(m_source);
    return tr("%1, %2: %3 mu basic farmland, %4 mu cultivated land; SHA-256 %5")
        .arg(origin, readingText(m_rules.reading()), c.toString(m_rules.basicFarmlandMu(), 'f', 2),
            c.toString(m_rules.cultivatedMu(), 'f', 2), shortHash());
}

} // namespace fg::core
