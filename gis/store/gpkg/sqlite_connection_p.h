// SPDX-License-Identifier: MIT
// Private to gis/store: SqlConnection over the sqlite3 C API for a GeoPackage project. Every
// failure becomes a core::InputError (ProjectReadOnly for a read-only or damaged file) naming
// the file, so nothing throws through SQLite's C frames.
#pragma once

#include "gis/store/sql/sql_connection_p.h"

#include <QCoreApplication>

#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace fg::gis {

/// One connection to a project file. Not thread-safe: its store serialises the calls.
class SqliteConnection : public SqlConnection
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::SqliteConnection)

public:
    enum class Mode {
        ReadWrite, ///< an existing file; refused (ProjectReadOnly) when the file cannot be written
        ReadOnly, ///< an existing file, never written (query_only; no WAL switch; no -wal/-shm left behind)
        Create, ///< creates the file when missing
    };

    /// Opens @p path. Read-write connections turn on WAL and synchronous=FULL (a committed edit
    /// survives a crash and a power cut); all turn on foreign keys and a 60 s busy timeout (a
    /// writer waits for another command's write instead of failing with "database is locked").
    SqliteConnection(const QString &path, Mode mode);
    ~SqliteConnection() override;
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    SqlDialect dialect() const override { return SqlDialect::Sqlite; }
    QString location() const override { return m_path; }
    std::unique_ptr<SqlRows> query(const QString &sql, const SqlParams &params = {}) const override;
    qint64 execute(const QString &sql, const SqlParams &params = {}) override;
    void script(const QString &sql) override;
    void begin() override;
    void beginRead() override;
    void commit() override;
    void rollback() override;
    bool inTransaction() const override;

    sqlite3 *handle() const { return m_db; }
    /// True when this process may write @p path and its folder and the file's permission bits
    /// allow writing (a 0444 file is read-only even for root).
    static bool writable(const QString &path);
    /// True when a table (or view) of that name exists.
    bool hasTable(const QString &name) const;
    /// Throws the error for SQLite's last failure with @p what first.
    [[noreturn]] void fail(const QString &what) const;

    /// Takes back a statement query() handed out: reset and kept for the next query() of the
    /// same text (a few per text, a bounded number of texts), or finalized.
    void release(sqlite3_stmt *stmt) const;

private:
    static constexpr size_t kKeptPerStatement = 4;
    static constexpr size_t kKeptStatements = 256;
    sqlite3 *m_db = nullptr;
    QString m_path;
    /// Prepared statements not in use, by SQL text (query() takes one out, release() puts it back).
    mutable std::unordered_map<QString, std::vector<sqlite3_stmt *>> m_statements;
    /// Where each live statement goes back to: its text's list above (the map's nodes stay put),
    /// found once by prepared(), so release() neither decodes sqlite3_sql()'s UTF-8 again nor
    /// hashes the text a second time (≈ 22 statements per incident of an import); nullptr: no
    /// room for its text, finalized when released.
    mutable std::unordered_map<sqlite3_stmt *, std::vector<sqlite3_stmt *> *> m_textOf;
    sqlite3_stmt *prepared(const QString &sql) const;
    void finalizeKept();
};

} // namespace fg::gis
