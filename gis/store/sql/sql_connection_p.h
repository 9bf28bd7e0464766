// SPDX-License-Identifier: MIT
// Private to gis/store: the small SQL surface both backends share, so the domain logic of a
// project store (incidents, cases, the log, patrol tables) is written once (SqlProjectStore)
// and behaves identically on SQLite (GeoPackage) and PostgreSQL (PostGIS).
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>
#include <vector>

namespace fg::gis {

enum class SqlDialect { Sqlite, Postgres };

/// A result being read row by row. Columns are 0-based.
class SqlRows
{
public:
    virtual ~SqlRows() = default;
    /// Moves to the next row; false after the last.
    virtual bool next() = 0;
    virtual bool isNull(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual double real(int column) const = 0;
    virtual QString text(int column) const = 0;
    virtual QByteArray blob(int column) const = 0;
};

/// Parameters bind in order to ?1 … ?N in the SQL text (SQLite's numbered form; the PostgreSQL
/// connection rewrites them to $1 … $N). A QVariant binds as: null → NULL, bool/int/qint64 →
/// integer, double → real, QByteArray → blob (bytea), anything else → text.
using SqlParams = std::vector<QVariant>;

/// One connection to a project's database. Every failure throws core::InputError naming the
/// project (PermissionDenied for a refused right, ConflictError is raised by callers). Not
/// thread-safe: the store that owns it serialises its calls.
class SqlConnection
{
public:
    virtual ~SqlConnection() = default;
    virtual SqlDialect dialect() const = 0;
    /// The project's location for messages (file path, or URI without password).
    virtual QString location() const = 0;

    /// Runs a query; the rows are read through the returned object before the next call.
    virtual std::unique_ptr<SqlRows> query(const QString &sql, const SqlParams &params = {}) const = 0;
    /// Runs a statement without rows; returns the number of rows it changed.
    virtual qint64 execute(const QString &sql, const SqlParams &params = {}) = 0;
    /// Runs several statements without parameters (schema scripts).
    virtual void script(const QString &sql) = 0;

    /// Starts a write transaction (SQLite BEGIN IMMEDIATE, PostgreSQL BEGIN READ WRITE).
    virtual void begin() = 0;
    /// Starts a read transaction that sees one consistent snapshot (PostgreSQL REPEATABLE READ
    /// READ ONLY).
    virtual void beginRead() = 0;
    virtual void commit() = 0;
    virtual void rollback() = 0;
    virtual bool inTransaction() const = 0;

    /// How many transactions and savepoints SqlTransaction rolled back on this connection: what
    /// a store learnt of the rows inside an edit holds only while this count stands (EditLogHead).
    quint64 rollbacks() const { return m_rollbacks; }
    void countRollback() { ++m_rollbacks; }

private:
    quint64 m_rollbacks = 0;
};

/// Commits on commit(), rolls back when destroyed without it (an exception on the way).
/// Inside a transaction already open on the connection (one edit of several writes,
/// SqlProjectStore::inOneEdit) it is a savepoint: commit() releases it, an exception rolls back
/// this part alone, and the outer transaction decides what reaches the disk.
class SqlTransaction
{
public:
    enum class Kind { Write, Read };
    explicit SqlTransaction(SqlConnection &connection, Kind kind = Kind::Write)
        : m_connection(connection)
    {
        if (m_connection.inTransaction()) {
            // Names only need to differ from the savepoints still open on this connection, and
            // savepoints nest on one thread: their depth names them, so the same few texts come
            // back (a connection keeps their statements prepared; an import opens 2,000).
            m_savepoint = QStringLiteral("fg_part_%1").arg(++openSavepoints());
            try {
                m_connection.script(QStringLiteral("SAVEPOINT ") + m_savepoint);
            } catch (...) {
                --openSavepoints();
                throw;
            }
            return;
        }
        kind == Kind::Write ? m_connection.begin() : m_connection.beginRead();
    }
    ~SqlTransaction()
    {
        if (m_open) {
            m_connection.countRollback();
            try {
                if (m_savepoint.isEmpty())
                    m_connection.rollback();
                else
                    m_connection.script(QStringLiteral("ROLLBACK TO SAVEPOINT %1; RELEASE SAVEPOINT %1").arg(m_savepoint));
            } catch (...) { // already failing: keep the first error
            }
        }
        if (!m_savepoint.isEmpty())
            --openSavepoints();
    }
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;
    void commit()
    {
        if (m_savepoint.isEmpty())
            m_connection.commit();
        else
            m_connection.script(QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint);
        m_open = false;
    }

private:
    /// Savepoints this thread holds open, on any connection.
    static int &openSavepoints()
    {
        static thread_local int open = 0;
        return open;
    }
    SqlConnection &m_connection;
    QString m_savepoint; ///< empty: the transaction itself
    bool m_open = true;
};

} // namespace fg::gis
