// SPDX-License-Identifier: MIT
// Private to gis/project: a thin owning wrapper over the sqlite3 C API. Every failure becomes a
// core::InputError naming the project file, so nothing throws through SQLite's C frames.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace fg::gis {

/// One connection to a project file. Move-only; use from one thread at a time.
class SqliteDb
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::SqliteDb)

public:
    /// Opens @p path read-write (and creates it when @p create). Turns on foreign keys, WAL,
    /// synchronous=FULL (a committed edit survives a crash and a power cut) and a busy timeout.
    SqliteDb(const QString &path, bool create = false, bool readOnly = false);
    ~SqliteDb();
    SqliteDb(SqliteDb &&other) noexcept;
    SqliteDb &operator=(SqliteDb &&) = delete;
    SqliteDb(const SqliteDb &) = delete;
    SqliteDb &operator=(const SqliteDb &) = delete;

    sqlite3 *handle() const { return m_db; }
    const QString &path() const { return m_path; }
    /// Runs one or more statements without results.
    void exec(const QString &sql) const;
    /// True when a table (or view) of that name exists.
    bool hasTable(const QString &name) const;
    /// Throws InputError with @p what and SQLite's last message.
    [[noreturn]] void fail(const QString &what) const;

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
};

/// A prepared statement with positional binding (1-based) and typed columns (0-based).
class SqliteStatement
{
public:
    SqliteStatement(const SqliteDb &db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    /// Binds a QVariant: null, integer/bool, double, QByteArray (BLOB) or anything else as text.
    SqliteStatement &bind(int index, const QVariant &value);
    /// Steps once; true while a row is available.
    bool next();
    /// Steps to completion (INSERT/UPDATE); throws on a constraint failure.
    void run();
    void reset();

    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;

private:
    const SqliteDb &m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

/// BEGIN IMMEDIATE … COMMIT; rolled back when destroyed without commit() (an exception on the way).
class SqliteTransaction
{
public:
    explicit SqliteTransaction(const SqliteDb &db);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;
    void commit();

private:
    const SqliteDb &m_db;
    bool m_open = true;
};

} // namespace fg::gis
