// SPDX-License-Identifier: MIT
#include "gis/store/gpkg/sqlite_connection_p.h"

#include "core/store_errors.h"

#include <sqlite3.h>

namespace fg::gis {

namespace {

/// The error for a failed call: a read-only or damaged file cannot be written (exit 4).
[[noreturn]] void throwFor(int code, const QString &path, const QString &message)
{
    switch (code & 0xff) {
    case SQLITE_READONLY:
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        throw core::ProjectReadOnly(path, message);
    default:
        throw core::InputError(path, message);
    }
}

class SqliteRows : public SqlRows
{
public:
    SqliteRows(const SqliteConnection &db, sqlite3_stmt *stmt)
        : m_db(db)
        , m_stmt(stmt)
    {
    }
    ~SqliteRows() override { sqlite3_finalize(m_stmt); }

    bool next() override
    {
        if (m_done)
            return false;
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        m_done = true;
        if (rc == SQLITE_DONE) {
            sqlite3_reset(m_stmt); // a finished statement holds no lock
            return false;
        }
        m_db.fail(SqliteConnection::tr("statement failed"));
    }
    bool isNull(int column) const override { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    qint64 integer(int column) const override { return sqlite3_column_int64(m_stmt, column); }
    double real(int column) const override { return sqlite3_column_double(m_stmt, column); }
    QString text(int column) const override
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
    }
    QByteArray blob(int column) const override
    {
        const void *data = sqlite3_column_blob(m_stmt, column);
        return data ? QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column)) : QByteArray();
    }

private:
    const SqliteConnection &m_db;
    sqlite3_stmt *m_stmt;
    bool m_done = false;
};

int bindValue(sqlite3_stmt *stmt, int index, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(stmt, index);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(stmt, index, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(stmt, index, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob64(stmt, index, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
    }
    default: {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text64(stmt, index, text.constData(), sqlite3_uint64(text.size()), SQLITE_TRANSIENT,
            SQLITE_UTF8);
    }
    }
}

} // namespace

SqliteConnection::SqliteConnection(const QString &path, Mode mode)
    : m_path(path)
{
    const int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
        : mode == Mode::Create               ? (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
                                             : SQLITE_OPEN_READWRITE;
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        const QString message = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
        sqlite3_close(m_db);
        m_db = nullptr;
        throw core::InputError(path, tr("cannot open the project: %1").arg(message));
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
    if (mode != Mode::ReadOnly && sqlite3_db_readonly(m_db, "main") == 1) {
        sqlite3_close(m_db);
        m_db = nullptr;
        throw core::ProjectReadOnly(path, tr("the project file is read-only: open it read-only or ask for write access"));
    }
    script(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (mode != Mode::ReadOnly)
        script(QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL"));
}

SqliteConnection::~SqliteConnection()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

void SqliteConnection::fail(const QString &what) const
{
    throwFor(sqlite3_extended_errcode(m_db), m_path,
        tr("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(m_db))));
}

std::unique_ptr<SqlRows> SqliteConnection::query(const QString &sql, const SqlParams &params) const
{
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &stmt, nullptr) != SQLITE_OK)
        fail(tr("cannot prepare '%1'").arg(sql.left(80)));
    auto rows = std::make_unique<SqliteRows>(*this, stmt);
    for (size_t i = 0; i < params.size(); ++i) {
        if (bindValue(stmt, int(i) + 1, params[i]) != SQLITE_OK)
            fail(tr("cannot bind parameter %1").arg(i + 1));
    }
    return rows;
}

qint64 SqliteConnection::execute(const QString &sql, const SqlParams &params)
{
    auto rows = query(sql, params);
    while (rows->next()) {
    }
    return sqlite3_changes64(m_db);
}

void SqliteConnection::script(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : "");
        sqlite3_free(message);
        throwFor(sqlite3_extended_errcode(m_db), m_path, tr("database error: %1").arg(text));
    }
}

void SqliteConnection::begin()
{
    // IMMEDIATE takes the write lock now, so a second writer waits instead of failing mid-edit.
    script(QStringLiteral("BEGIN IMMEDIATE"));
}

void SqliteConnection::beginRead()
{
    script(QStringLiteral("BEGIN"));
}

void SqliteConnection::commit()
{
    script(QStringLiteral("COMMIT"));
}

void SqliteConnection::rollback()
{
    if (!sqlite3_get_autocommit(m_db))
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

bool SqliteConnection::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

bool SqliteConnection::hasTable(const QString &name) const
{
    return query(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type IN ('table','view') AND name = ?1"), { name })
        ->next();
}

} // namespace fg::gis
