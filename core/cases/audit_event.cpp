// SPDX-License-Identifier: MIT
#include "core/cases/audit_event.h"

#include "core/cases/canonical_json.h"
#include "core/input_error.h"

#include <QStringList>

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
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
}

QByteArray AuditEvent::canonical() const
{
    QJsonObject object = toJson();
    object.remove(QStringLiteral("hash"));
    object.insert(QStringLiteral("format"), QLatin1String(kFormat));
    return CanonicalJson::serialize(object);
}

QByteArray AuditEvent::canonical(const QByteArray &oldText, const QByteArray &newText) const
{
    QJsonObject object { { "seq", seq }, { "when", when }, { "who", who }, { "role", role }, { "entity", entity },
        { "entity_id", entityId }, { "action", action }, { "old", QJsonValue() }, { "new", QJsonValue() },
        { "prev", prevHash }, { "format", QLatin1String(kFormat) } };
    return CanonicalJson::serialize(object, { { QStringLiteral("old"), oldText }, { QStringLiteral("new"), newText } });
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
