// SPDX-License-Identifier: MIT
#include "gis/store/sql/sql_project_store.h"

#include "core/store_errors.h"

#include <QCryptographicHash>
#include <QDateTime>

namespace fg::gis {

SqlProjectStore::SqlProjectStore(
    std::unique_ptr<SqlConnection> connection, OperatorIdentity who, ProjectInfo info, bool readOnly)
    : m_db(std::move(connection))
    , m_operator(std::move(who))
    , m_info(std::move(info))
    , m_readOnly(readOnly)
{
}

SqlProjectStore::~SqlProjectStore() = default;

ProjectInfo SqlProjectStore::info() const
{
    return m_info;
}

StoreRights SqlProjectStore::rights() const
{
    StoreRights rights;
    addOpenState(rights);
    return rights;
}

void SqlProjectStore::addOpenState(StoreRights &rights) const
{
    rights.readOnly = m_readOnly;
    rights.readOnlyReason = m_readOnlyReason;
    rights.logBroken = m_logBroken;
}

void SqlProjectStore::restrictToReading(const QString &reason, bool logBroken)
{
    m_readOnly = true;
    m_readOnlyReason = reason;
    m_logBroken = m_logBroken || logBroken;
}

void SqlProjectStore::requireWritable() const
{
    if (!m_readOnly)
        return;
    if (!m_readOnlyReason.isEmpty())
        throw core::ProjectReadOnly(location(), tr("nothing was changed: %1").arg(m_readOnlyReason));
    throw core::ProjectReadOnly(location(), tr("the project is open read-only: nothing was changed"));
}

void SqlProjectStore::inOneEdit(const std::function<void()> &body)
{
    const auto guard = lock();
    requireWritable();
    if (m_editTables) { // part of the edit in progress
        body();
        return;
    }
    SqlTransaction transaction(*m_db);
    m_editTables.emplace();
    m_editLog = EditLogHead { m_db->rollbacks() };
    try {
        body();
        // The extent (a GeoPackage's gpkg_contents) once, not once per written row.
        for (const QString &table : std::as_const(*m_editTables))
            afterWrite(table);
        settleLogHead(); // the head rows once, not once per event
    } catch (...) {
        m_editTables.reset();
        m_editLog = EditLogHead();
        throw; // the transaction rolls back: nothing of the edit stays
    }
    m_editTables.reset();
    m_editLog = EditLogHead();
    transaction.commit();
}

void SqlProjectStore::wrote(const QString &table)
{
    if (!m_editTables)
        afterWrite(table);
    else if (!m_editTables->contains(table))
        m_editTables->append(table);
}

void SqlProjectStore::addPerson(const QString &name, const QString &role)
{
    m_db->execute(QStringLiteral("INSERT INTO officers (name, role, first_seen) VALUES (?1, ?2, ?3) "
                                 "ON CONFLICT (name, role) DO NOTHING"),
        { name, role, core::AuditEvent::timestamp(QDateTime::currentDateTimeUtc()) });
}

void SqlProjectStore::recordOperator()
{
    addPerson(m_operator.name, m_operator.role);
}

qint64 SqlProjectStore::partyId(const QString &name)
{
    m_db->execute(QStringLiteral("INSERT INTO parties (name) VALUES (?1) ON CONFLICT (name) DO NOTHING"), { name });
    auto rows = m_db->query(QStringLiteral("SELECT id FROM parties WHERE name = ?1"), { name });
    rows->next();
    return rows->integer(0);
}

QString SqlProjectStore::addAttachment(const QString &fileName, const QString &mediaType, const QByteArray &content)
{
    const auto guard = lock();
    requireWritable();
    const QString id = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    SqlTransaction transaction(*m_db);
    const qint64 added = m_db->execute(
        QStringLiteral("INSERT INTO attachments (id, file_name, media_type, size, content, added_at, added_by) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, (SELECT id FROM officers WHERE name = ?7 AND role = ?8)) "
                       "ON CONFLICT (id) DO NOTHING"),
        { id, fileName, mediaType, qint64(content.size()), content,
            core::AuditEvent::timestamp(QDateTime::currentDateTimeUtc()), m_operator.name, m_operator.role });
    if (added > 0)
        appendEvent(QStringLiteral("attachment"), id, QStringLiteral("add"), QJsonValue(),
            QJsonObject { { QStringLiteral("file_name"), fileName }, { QStringLiteral("media_type"), mediaType },
                { QStringLiteral("size"), qint64(content.size()) } });
    transaction.commit();
    return id;
}

QByteArray SqlProjectStore::attachment(const QString &id) const
{
    const auto guard = lock();
    auto rows = m_db->query(QStringLiteral("SELECT content FROM attachments WHERE id = ?1"), { id });
    if (!rows->next())
        throw core::InputError(location(), tr("no attachment with this id"), id);
    return rows->blob(0);
}

QString SqlProjectStore::setting(const QString &key) const
{
    const auto guard = lock();
    settleLogHead();
    auto rows = m_db->query(QStringLiteral("SELECT value FROM settings WHERE key = ?1"), { key });
    return rows->next() ? rows->text(0) : QString();
}

void SqlProjectStore::setSetting(const QString &key, const QString &value)
{
    const auto guard = lock();
    requireWritable();
    // The log's head is moved by the log itself (and, on a server, by its trigger) only.
    if (key == QLatin1String("log_head_seq") || key == QLatin1String("log_head_hash") || key == kChainKeySetting)
        throw core::InputError(location(), tr("this setting is kept by the audit log and cannot be set"), key);
    SqlTransaction transaction(*m_db);
    const QString old = setting(key);
    m_db->execute(QStringLiteral("INSERT INTO settings (key, value) VALUES (?1, ?2) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
        { key, value });
    appendEvent(QStringLiteral("setting"), key, QStringLiteral("update"), old.isNull() ? QJsonValue() : QJsonValue(old),
        value);
    transaction.commit();
}

} // namespace fg::gis
