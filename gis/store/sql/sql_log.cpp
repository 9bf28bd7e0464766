// SPDX-License-Identifier: MIT
// SqlProjectStore: the audit log (event_log), append-only and chained with core::HashChain.
#include "gis/store/sql/sql_project_store.h"

#include "core/cases/canonical_json.h"
#include "core/cases/hash_chain.h"
#include "core/store_errors.h"
#include "gis/store/sql/sql_log_read_p.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace fg::gis {

namespace {

const QString kHeadSeq = QStringLiteral("log_head_seq");
const QString kHeadHash = QStringLiteral("log_head_hash");
const QString kEventColumns
    = QStringLiteral("seq, at, who, role, entity, entity_id, action, old_value, new_value, prev_hash, hash");

QString storedValue(const QJsonValue &value)
{
    return QString::fromUtf8(core::CanonicalJson::serialize(value));
}

// The log's values are parsed as the open check parses them (sql_log_read.cpp).
using sql_log::parsedValue;

void putSetting(SqlConnection &db, const QString &key, const QString &value)
{
    db.execute(QStringLiteral("INSERT INTO settings (key, value) VALUES (?1, ?2) "
                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
        { key, value });
}

} // namespace

const QString SqlProjectStore::kChainKeySetting = QStringLiteral("log_chain_key_id");

QString SqlProjectStore::chainKeyId() const
{
    auto rows = m_db->query(QStringLiteral("SELECT value FROM settings WHERE key = ?1"), { kChainKeySetting });
    return rows->next() ? rows->text(0) : QString();
}

const core::LogKey *SqlProjectStore::appendKey(bool keying) const
{
    const QString keyed = keying ? (m_key ? m_key->id() : QString()) : chainKeyId();
    if (keyed.isEmpty() && !keying)
        return nullptr;
    if (!m_key || m_key->id() != keyed)
        throw core::ProjectReadOnly(location(),
            tr("the audit log is keyed (key %1): writing needs that key (the file named by %2); nothing was changed")
                .arg(keyed, QString::fromLatin1(core::LogKey::kEnvironment)));
    return &*m_key;
}

core::AuditEvent SqlProjectStore::appendEvent(const QString &entity, const QString &entityId, const QString &action,
    const QJsonValue &oldValue, const QJsonValue &newValue)
{
    std::optional<core::AuditEvent> previous;
    if (const std::optional<core::ChainAnchor> head = lockLogHead()) {
        // Sealing needs only the previous event's number and hash.
        previous = core::AuditEvent();
        previous->seq = head->seq;
        previous->hash = head->hash;
    }
    core::AuditEvent draft;
    draft.when = core::AuditEvent::timestamp(QDateTime::currentDateTimeUtc());
    draft.who = m_operator.name;
    draft.role = m_operator.role;
    draft.entity = entity;
    draft.entityId = entityId;
    draft.action = action;
    // Stored as canonical text and hashed from what reading it back gives, so a value that
    // does not survive the round trip unchanged (e.g. -0.0) can never fail verification later.
    draft.oldValue = parsedValue(storedValue(oldValue));
    draft.newValue = parsedValue(storedValue(newValue));
    // The text stored is the one hashed: written once for both (an import writes 4,000 events).
    const QByteArray oldText = core::CanonicalJson::serialize(draft.oldValue);
    const QByteArray newText = core::CanonicalJson::serialize(draft.newValue);
    const core::LogKey *key = appendKey(core::HashChain::isKeying(draft));
    const core::AuditEvent event
        = core::HashChain::seal(draft, previous ? &*previous : nullptr, key, oldText, newText);
    m_db->execute(QStringLiteral("INSERT INTO event_log (%1) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
                      .arg(kEventColumns),
        { event.seq, event.when, event.who, event.role, event.entity, event.entityId, event.action,
            QString::fromUtf8(oldText), QString::fromUtf8(newText), event.prevHash, event.hash });
    putSetting(*m_db, kHeadSeq, QString::number(event.seq));
    putSetting(*m_db, kHeadHash, event.hash);
    return event;
}

std::optional<core::ChainAnchor> SqlProjectStore::lockLogHead()
{
    auto last = m_db->query(QStringLiteral("SELECT seq, hash FROM event_log ORDER BY seq DESC LIMIT 1"));
    if (!last->next())
        return std::nullopt;
    return core::ChainAnchor { last->integer(0), last->text(1) };
}

QList<core::AuditEvent> SqlProjectStore::readLog(const SqlConnection &db, const QString &rowOrder)
{
    return sql_log::parsed(sql_log::readStoredLog(db, rowOrder));
}

std::optional<core::ChainAnchor> SqlProjectStore::recordedHead(const SqlConnection &db)
{
    auto rows = db.query(QStringLiteral("SELECT (SELECT value FROM settings WHERE key = ?1), "
                                        "(SELECT value FROM settings WHERE key = ?2)"),
        { kHeadSeq, kHeadHash });
    if (!rows->next() || rows->isNull(0) || rows->isNull(1))
        return std::nullopt;
    return core::ChainAnchor { rows->text(0).toLongLong(), rows->text(1) };
}

QList<core::AuditEvent> SqlProjectStore::events() const
{
    const auto guard = lock();
    return readLog(*m_db, rowOrder());
}

std::optional<core::ChainAnchor> SqlProjectStore::logHead() const
{
    const auto guard = lock();
    return recordedHead(*m_db);
}

core::ChainReport SqlProjectStore::verifyLog() const
{
    const auto guard = lock();
    SqlTransaction read(*m_db, SqlTransaction::Kind::Read);
    return core::HashChain::verify(readLog(*m_db, rowOrder()), recordedHead(*m_db), { m_key ? &*m_key : nullptr, false });
}

} // namespace fg::gis
