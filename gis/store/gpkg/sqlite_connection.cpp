// SPDX-License-Identifier: MIT
#include "gis/store/gpkg/sqlite_connection_p.h"

#include "core/store_errors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

namespace fg::gis {

namespace {

/// How long a writer waits for another command's write to finish before giving up.
constexpr int kBusyTimeoutMs = 60000;

/// The error for a failed call, in words a user reads, with SQLite's own text after it. A
/// read-only or damaged file cannot be written (ProjectReadOnly: exit 4).
[[noreturn]] void throwFor(int code, const QString &path, const QString &detail)
{
    switch (code & 0xff) {
    case SQLITE_READONLY:
        throw core::ProjectReadOnly(path,
            SqliteConnection::tr("the project file cannot be written (read-only file or folder); nothing was changed "
                                 "(%1)")
                .arg(detail));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        throw core::ProjectReadOnly(path,
            SqliteConnection::tr("the project file is damaged (%1): restore it from a backup, or copy what can still "
                                 "be read with 'farmguard-cli project copy'")
                .arg(detail));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        throw core::InputError(path,
            SqliteConnection::tr("another program kept the project busy for more than %1 s: try again (%2)")
                .arg(kBusyTimeoutMs / 1000)
                .arg(detail));
    case SQLITE_FULL:
        throw core::InputError(path, SqliteConnection::tr("the disk is full: nothing was changed (%1)").arg(detail));
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        throw core::InputError(path, SqliteConnection::tr("the project file cannot be read or written (%1)").arg(detail));
    default:
        throw core::InputError(path, detail);
    }
}

/// The open call for @p path in @p mode. A read-only open of a file this process may write opens
/// it read-write with query_only, so SQLite removes the -wal and -shm files it makes when the last
/// connection closes (a read-only connection cannot); a file nobody may write, without a -wal,
/// opens immutable (it makes no files at all).
std::pair<QByteArray, int> openCall(const QString &path, SqliteConnection::Mode mode)
{
    if (mode == SqliteConnection::Mode::Create)
        return { QFile::encodeName(path), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE };
    if (mode == SqliteConnection::Mode::ReadWrite || SqliteConnection::writable(path))
        return { QFile::encodeName(path), SQLITE_OPEN_READWRITE };
    if (QFileInfo::exists(path + QStringLiteral("-wal")))
        return { QFile::encodeName(path), SQLITE_OPEN_READONLY };
    return { QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + "?immutable=1",
        SQLITE_OPEN_READONLY | SQLITE_OPEN_URI };
}

class SqliteRows : public SqlRows
{
public:
    SqliteRows(const SqliteConnection &db, sqlite3_stmt *stmt)
        : m_db(db)
        , m_stmt(stmt)
    {
    }
    ~SqliteRows() override { m_db.release(m_stmt); }

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
    const auto [name, flags] = openCall(path, mode);
    if (sqlite3_open_v2(name.constData(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        const QString message = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
        sqlite3_close(m_db);
        m_db = nullptr;
        throw core::InputError(path, tr("cannot open the project: %1").arg(message));
    }
    sqlite3_extended_result_codes(m_db, 1);
    // Before any statement: every lock this connection waits for (even on its first read) waits.
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
    if (mode != Mode::ReadOnly && sqlite3_db_readonly(m_db, "main") == 1) {
        sqlite3_close(m_db);
        m_db = nullptr;
        throw core::ProjectReadOnly(path, tr("the project file is read-only: open it read-only or ask for write access"));
    }
    script(mode == Mode::ReadOnly ? QStringLiteral("PRAGMA foreign_keys = ON; PRAGMA query_only = ON")
                                  : QStringLiteral("PRAGMA foreign_keys = ON"));
    if (mode != Mode::ReadOnly)
        script(QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL"));
}

bool SqliteConnection::writable(const QString &path)
{
    // By the permission bits too: root may write any file, but a project made read-only (0444)
    // is meant to stay as it is. The folder takes SQLite's -wal and -shm files.
    const QFileInfo file(path);
    const QFileDevice::Permissions write = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return file.isWritable() && (file.permissions() & write) && QFileInfo(file.absolutePath()).isWritable();
}

SqliteConnection::~SqliteConnection()
{
    finalizeKept();
    if (m_db)
        sqlite3_close_v2(m_db);
}

void SqliteConnection::fail(const QString &what) const
{
    throwFor(sqlite3_extended_errcode(m_db), m_path, tr("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(m_db))));
}

sqlite3_stmt *SqliteConnection::prepared(const QString &sql) const
{
    // The same few statements run once per row of an import or a log check: parsing them again
    // each time cost more than running them (a fifth of an import's time at 10k parcels).
    auto kept = m_statements.find(sql);
    if (kept != m_statements.end() && !kept->second.empty()) {
        sqlite3_stmt *stmt = kept->second.back();
        kept->second.pop_back();
        return stmt;
    }
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        fail(tr("cannot prepare '%1'").arg(sql.left(80)));
    }
    // A text's list is made with its first statement, while there is room for another text.
    if (kept == m_statements.end() && m_statements.size() < kKeptStatements)
        kept = m_statements.emplace(sql, std::vector<sqlite3_stmt *>()).first;
    m_textOf.emplace(stmt, kept == m_statements.end() ? nullptr : &kept->second);
    return stmt;
}

void SqliteConnection::release(sqlite3_stmt *stmt) const
{
    // Reset first: a statement kept for later holds no lock and no bound text.
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    const auto known = m_textOf.find(stmt);
    std::vector<sqlite3_stmt *> *kept = known == m_textOf.end() ? nullptr : known->second;
    if (!kept || kept->size() >= kKeptPerStatement) { // not one of prepared()'s, or no room
        if (known != m_textOf.end())
            m_textOf.erase(known);
        sqlite3_finalize(stmt);
        return;
    }
    kept->push_back(stmt);
}

void SqliteConnection::finalizeKept()
{
    for (auto &[sql, statements] : m_statements)
        for (sqlite3_stmt *stmt : statements) {
            m_textOf.erase(stmt);
            sqlite3_finalize(stmt);
        }
    m_statements.clear();
    // Statements still in use no longer have a list to go back to.
    for (auto &[stmt, list] : m_textOf)
        list = nullptr;
}

std::unique_ptr<SqlRows> SqliteConnection::query(const QString &sql, const SqlParams &params) const
{
    sqlite3_stmt *stmt = prepared(sql);
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
    // An edit opens and releases a savepoint per store call (an import: 2,000 of each); their
    // texts are few (named by depth, SqlTransaction), so they are kept prepared as query()'s are
    // instead of being parsed again each time. Anything else runs as a script.
    const bool savepoint = sql.startsWith(QLatin1String("SAVEPOINT ")) || sql.startsWith(QLatin1String("RELEASE SAVEPOINT "));
    if (savepoint && !sql.contains(QLatin1Char(';'))) {
        sqlite3_stmt *stmt = prepared(sql);
        const int rc = sqlite3_step(stmt);
        const int code = sqlite3_extended_errcode(m_db);
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
        release(stmt);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            throwFor(code, m_path, tr("database error: %1").arg(message));
        return;
    }
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
