// SPDX-License-Identifier: MIT
#include "gis/project/audit_log_p.h"

#include "core/cases/canonical_json.h"
#include "core/cases/hash_chain.h"
#include "gis/project/project_store.h"
#include "gis/project/sqlite_db_p.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace fg::gis {

namespace {

const QString kHeadSeq = QStringLiteral("log_head_seq");
const QString kHeadHash = QStringLiteral("log_head_hash");

QString storedValue(const QJsonValue &value)
{
    return QString::fromUtf8(core::CanonicalJson::serialize(value));
}

QJsonValue parsedValue(const QString &text)
{
    // Wrapped in an array: QJsonDocument reads only objects and arrays, values may be scalars.
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + text.toUtf8() + "]", &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        return QJsonValue(text);
    return document.array().at(0);
}

core::AuditEvent rowEvent(const SqliteStatement &row)
{
    core::AuditEvent event;
    event.seq = row.integer(0);
    event.when = row.text(1);
    event.who = row.text(2);
    event.role = row.text(3);
    event.entity = row.text(4);
    event.entityId = row.text(5);
    event.action = row.text(6);
    event.oldValue = parsedValue(row.text(7));
    event.newValue = parsedValue(row.text(8));
    event.prevHash = row.text(9);
    event.hash = row.text(10);
    return event;
}

void setSetting(const SqliteDb &db, const QString &key, const QString &value)
{
    SqliteStatement statement(db, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    statement.bind(1, key).bind(2, value).run();
}

} // namespace

core::AuditEvent AuditLog::append(const SqliteDb &db, const OperatorIdentity &who, const QString &entity,
    const QString &entityId, const QString &action, const QJsonValue &oldValue, const QJsonValue &newValue)
{
    std::optional<core::AuditEvent> previous;
    {
        SqliteStatement last(db,
            QStringLiteral("SELECT seq, at, who, role, entity, entity_id, action, old_value, new_value, "
                           "prev_hash, hash FROM event_log ORDER BY seq DESC LIMIT 1"));
        if (last.next())
            previous = rowEvent(last);
    }
    core::AuditEvent draft;
    draft.when = core::AuditEvent::timestamp(QDateTime::currentDateTimeUtc());
    draft.who = who.name;
    draft.role = who.role;
    draft.entity = entity;
    draft.entityId = entityId;
    draft.action = action;
    // Stored as canonical text and hashed from what reading it back gives, so a value that
    // does not survive the round trip unchanged (e.g. -0.0) can never fail verification later.
    draft.oldValue = parsedValue(storedValue(oldValue));
    draft.newValue = parsedValue(storedValue(newValue));
    const core::AuditEvent event = core::HashChain::seal(draft, previous ? &*previous : nullptr);
    SqliteStatement insert(db, QStringLiteral("INSERT INTO event_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(1, event.seq)
        .bind(2, event.when)
        .bind(3, event.who)
        .bind(4, event.role)
        .bind(5, event.entity)
        .bind(6, event.entityId)
        .bind(7, event.action)
        .bind(8, storedValue(event.oldValue))
        .bind(9, storedValue(event.newValue))
        .bind(10, event.prevHash)
        .bind(11, event.hash)
        .run();
    setSetting(db, kHeadSeq, QString::number(event.seq));
    setSetting(db, kHeadHash, event.hash);
    return event;
}

QList<core::AuditEvent> AuditLog::read(const SqliteDb &db)
{
    QList<core::AuditEvent> events;
    SqliteStatement query(db,
        QStringLiteral("SELECT seq, at, who, role, entity, entity_id, action, old_value, new_value, prev_hash, "
                       "hash FROM event_log ORDER BY rowid"));
    while (query.next())
        events.append(rowEvent(query));
    return events;
}

std::optional<core::ChainAnchor> AuditLog::anchor(const SqliteDb &db)
{
    SqliteStatement query(db,
        QStringLiteral("SELECT (SELECT value FROM settings WHERE key = ?), (SELECT value FROM settings WHERE key = ?)"));
    query.bind(1, kHeadSeq).bind(2, kHeadHash);
    if (!query.next() || query.isNull(0) || query.isNull(1))
        return std::nullopt;
    return core::ChainAnchor { query.text(0).toLongLong(), query.text(1) };
}

core::ChainReport AuditLog::verify(const SqliteDb &db)
{
    return core::HashChain::verify(read(db), anchor(db));
}

} // namespace fg::gis
