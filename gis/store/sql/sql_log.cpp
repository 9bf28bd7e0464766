// SPDX-License-Identifier: MIT
// SqlProjectStore: the audit log (event_log), append-only and chained with core::HashChain.
#include "gis/store/sql/sql_project_store.h"

#include "gis/store/sql/sql_log_value_p.h"

#include "core/cases/hash_chain.h"
#include "core/store_errors.h"
#include "gis/io/sha256.h"
#include "gis/store/sql/sql_log_read_p.h"

#include <QDateTime>

namespace fg::gis {

namespace {

const QString kHeadSeq = QStringLiteral("log_head_seq");
const QString kHeadHash = QStringLiteral("log_head_hash");
const QString kEventColumns
    = QStringLiteral("seq, at, who, role, entity, entity_id, action, old_value, new_value, prev_hash, hash");

/// Records the log's head (both settings) in one statement, in the append's transaction: a kill
/// leaves both or neither, as the two statements did.
void putHead(SqlConnection &db, qint64 seq, const QString &hash)
{
    db.execute(QStringLiteral("INSERT INTO settings (key, value) VALUES (?1, ?2), (?3, ?4) "
                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
        { kHeadSeq, QString::number(seq), kHeadHash, hash });
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
    QString keyed;
    if (keying) {
        keyed = m_key ? m_key->id() : QString();
    } else if (m_editTables) { // the setting read once per edit (keyLog writes it after a keying event)
        m_editLog.forgetIfRolledBack(m_db->rollbacks());
        if (!m_editLog.chainKeyId)
            m_editLog.chainKeyId = chainKeyId();
        keyed = *m_editLog.chainKeyId;
    } else {
        keyed = chainKeyId();
    }
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
    return appendEvent(entity, entityId, action, oldValue, sql_log::loggedValue(newValue));
}

core::AuditEvent SqlProjectStore::appendEvent(const QString &entity, const QString &entityId, const QString &action,
    const QJsonValue &oldValue, const LoggedJson &newLogged)
{
    std::optional<core::AuditEvent> previous;
    if (const std::optional<core::ChainAnchor> head = appendHead()) {
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
    // does not survive the round trip unchanged (a whole double beyond 2^53, a lone surrogate)
    // can never fail verification later; the parse is skipped only where it is provably a no-op.
    // The text stored is the one hashed: written once for both (an import writes 4,000 events).
    sql_log::LoggedValue oldLogged = sql_log::loggedValue(oldValue);
    draft.oldValue = std::move(oldLogged.value);
    draft.newValue = newLogged.value;
    const QByteArray &oldText = oldLogged.text;
    const QByteArray &newText = newLogged.text;
    const core::LogKey *key = appendKey(core::HashChain::isKeying(draft));
    const core::AuditEvent event
        = core::HashChain::seal(draft, previous ? &*previous : nullptr, key, oldText, newText, &Sha256::hex);
    // One text for every append: the connection's statement cache finds it without an arg() each time.
    static const QString insert
        = QStringLiteral("INSERT INTO event_log (%1) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
              .arg(kEventColumns);
    m_db->execute(insert,
        { event.seq, event.when, event.who, event.role, event.entity, event.entityId, event.action,
            QString::fromUtf8(oldText), QString::fromUtf8(newText), event.prevHash, event.hash });
    if (!m_editTables) {
        putHead(*m_db, event.seq, event.hash);
        return event;
    }
    // Inside an edit the head rows wait for its end (settleLogHead); the next append chains
    // after this event without reading it back.
    m_editLog.head = core::ChainAnchor { event.seq, event.hash };
    m_editLog.pending = true;
    if (core::HashChain::isKeying(event))
        m_editLog.chainKeyId.reset(); // keyLog writes the key's setting next
    return event;
}

std::optional<core::ChainAnchor> SqlProjectStore::appendHead()
{
    if (!m_editTables)
        return lockLogHead();
    m_editLog.forgetIfRolledBack(m_db->rollbacks());
    if (!m_editLog.head)
        m_editLog.head = lockLogHead();
    return *m_editLog.head;
}

void SqlProjectStore::settleLogHead() const
{
    if (!m_editLog.pending)
        return;
    m_editLog.forgetIfRolledBack(m_db->rollbacks());
    // After a rollback the surviving events' last one is the head (the default lockLogHead reads
    // it from event_log; PostGIS's trigger has kept the rows current all along).
    if (!m_editLog.head)
        m_editLog.head = lockLogHead();
    if (const std::optional<core::ChainAnchor> &head = *m_editLog.head)
        putHead(*m_db, head->seq, head->hash);
    m_editLog.pending = false;
}

std::optional<core::ChainAnchor> SqlProjectStore::lockLogHead() const
{
    auto last = m_db->query(QStringLiteral("SELECT seq, hash FROM event_log ORDER BY seq DESC LIMIT 1"));
    if (!last->next())
        return std::nullopt;
    return core::ChainAnchor { last->integer(0), last->text(1) };
}

QList<core::AuditEvent> sql_log::readLog(const SqlConnection &db, const QString &rowOrder)
{
    return parsed(readStoredLog(db, rowOrder));
}

std::optional<core::ChainAnchor> sql_log::recordedHead(const SqlConnection &db)
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
    return sql_log::readLog(*m_db, rowOrder());
}

std::optional<core::ChainAnchor> SqlProjectStore::logHead() const
{
    const auto guard = lock();
    settleLogHead();
    return sql_log::recordedHead(*m_db);
}

core::ChainReport SqlProjectStore::verifyLog() const
{
    const auto guard = lock();
    settleLogHead();
    SqlTransaction read(*m_db, SqlTransaction::Kind::Read);
    return core::HashChain::verify(sql_log::readLog(*m_db, rowOrder()), sql_log::recordedHead(*m_db), { m_key ? &*m_key : nullptr, false });
}

} // namespace fg::gis
