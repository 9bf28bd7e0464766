// SPDX-License-Identifier: MIT
// The audit log read as stored text, then parsed: the open check parses on another thread.
#include "gis/store/sql/sql_log_read_p.h"

#include "gis/store/sql/sql_connection_p.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fg::gis::sql_log {

namespace {
const QString kEventColumns
    = QStringLiteral("seq, at, who, role, entity, entity_id, action, old_value, new_value, prev_hash, hash");
} // namespace

StoredLog readStoredLog(const SqlConnection &db, const QString &rowOrder)
{
    StoredLog log;
    auto rows = db.query(QStringLiteral("SELECT %1 FROM event_log ORDER BY %2").arg(kEventColumns, rowOrder));
    while (rows->next()) {
        core::AuditEvent event;
        event.seq = rows->integer(0);
        event.when = rows->text(1);
        event.who = rows->text(2);
        event.role = rows->text(3);
        event.entity = rows->text(4);
        event.entityId = rows->text(5);
        event.action = rows->text(6);
        event.prevHash = rows->text(9);
        event.hash = rows->text(10);
        log.events.append(std::move(event));
        log.values.emplace_back(rows->text(7), rows->text(8));
    }
    return log;
}

QJsonValue parsedValue(const QString &text)
{
    // Every creation's old value is null: "[null]" parses to exactly this, without a document.
    if (text == QLatin1String("null"))
        return QJsonValue(QJsonValue::Null);
    // Wrapped in an array: QJsonDocument reads only objects and arrays, values may be scalars.
    QByteArray wrapped;
    wrapped.reserve(text.size() * 3 + 2);
    wrapped += '[';
    wrapped += text.toUtf8();
    wrapped += ']';
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue(text);
    const QJsonArray array = document.array();
    if (array.size() != 1)
        return QJsonValue(text);
    return array.at(0);
}

QList<core::AuditEvent> parsed(StoredLog &&log)
{
    QList<core::AuditEvent> events = std::move(log.events);
    for (qsizetype i = 0; i < events.size(); ++i) {
        const auto &[oldText, newText] = log.values[size_t(i)];
        events[i].oldValue = parsedValue(oldText);
        events[i].newValue = parsedValue(newText);
    }
    log.values.clear();
    return events;
}

} // namespace fg::gis::sql_log
