// SPDX-License-Identifier: MIT
#include "core/cases/audit_event.h"

#include "core/cases/canonical_json.h"
#include "core/input_error.h"

#include <QStringList>

#include <cstdio>

namespace fg::core {

namespace {
constexpr const char *kFormat = "farmguard-audit-1";

// QJsonObject drops a key whose value is Undefined; the log keeps every key, so it is null.
QJsonValue orNull(const QJsonValue &value)
{
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}
} // namespace

QString AuditEvent::timestamp(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    const QDate day = utc.date();
    // Written by hand for the years of four digits (an import stamps 4,000 events; Qt parsed the
    // format each time): the same text as the format gives, which any other year still uses.
    if (!utc.isValid() || day.year() < 1000 || day.year() > 9999)
        return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
    const QTime t = utc.time();
    char text[32];
    const int n = std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", day.year(), day.month(),
        day.day(), t.hour(), t.minute(), t.second(), t.msec());
    return QString::fromLatin1(text, n);
}

QByteArray AuditEvent::canonical() const
{
    // CanonicalJson writes Undefined as null, as toJson() stores it.
    return canonical(CanonicalJson::serialize(oldValue), CanonicalJson::serialize(newValue));
}

QByteArray AuditEvent::canonical(const QByteArray &oldText, const QByteArray &newText) const
{
    // The members written straight in CanonicalJson's key order (UTF-16 code units: "entity"
    // before "entity_id"), the very bytes CanonicalJson::serialize gives the object: the open
    // check rebuilds this for every event of the log, and a QJsonObject per event cost more
    // than the hash (audit_event_test pins both forms to each other).
    QByteArray out;
    out.reserve(320 + oldText.size() + newText.size());
    const auto member = [&out](const char *key, const QString &text) {
        out += key;
        CanonicalJson::appendString(text, out);
    };
    member("{\"action\":", action);
    member(",\"entity\":", entity);
    member(",\"entity_id\":", entityId);
    out += ",\"format\":\"";
    out += kFormat;
    out += "\",\"new\":";
    out += newText;
    out += ",\"old\":";
    out += oldText;
    member(",\"prev\":", prevHash);
    member(",\"role\":", role);
    out += ",\"seq\":";
    out += QByteArray::number(seq);
    member(",\"when\":", when);
    member(",\"who\":", who);
    out += '}';
    return out;
}

QJsonObject AuditEvent::toJson() const
{
    return QJsonObject { { "seq", seq }, { "when", when }, { "who", who }, { "role", role },
        { "entity", entity }, { "entity_id", entityId }, { "action", action }, { "old", orNull(oldValue) },
        { "new", orNull(newValue) }, { "prev", prevHash }, { "hash", hash } };
}

AuditEvent AuditEvent::fromJson(const QJsonObject &object)
{
    static const QStringList kFields
        = { "seq", "when", "who", "role", "entity", "entity_id", "action", "old", "new", "prev", "hash" };
    const QString name = QString::number(object.value("seq").toInteger());
    for (const QString &field : kFields) {
        if (!object.contains(field))
            throw InputError(QString(), tr("audit event has no '%1'").arg(field), name);
    }
    AuditEvent event;
    event.seq = object.value("seq").toInteger();
    event.when = object.value("when").toString();
    event.who = object.value("who").toString();
    event.role = object.value("role").toString();
    event.entity = object.value("entity").toString();
    event.entityId = object.value("entity_id").toString();
    event.action = object.value("action").toString();
    event.oldValue = object.value("old");
    event.newValue = object.value("new");
    event.prevHash = object.value("prev").toString();
    event.hash = object.value("hash").toString();
    return event;
}

} // namespace fg::core
