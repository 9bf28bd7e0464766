// SPDX-License-Identifier: MIT
// Private to gis/store: the PostgreSQL side of SqlConnection, over libpq.
#pragma once

#include "gis/store/sql/sql_connection_p.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

struct pg_conn;
struct pg_result;

namespace fg::gis {

/// One libpq connection to a FarmGuard server, with its search_path set to a project's schema
/// (then public, where PostGIS lives). SQL is written with SQLite's numbered parameters
/// (?1 … ?N, or bare ?) and rewritten to $1 … $N outside string literals, quoted identifiers,
/// dollar quotes and comments; values only ever travel as parameters (PQexecParams).
/// Parameters: null → NULL; bool and integers → int8; double → float8 (shortest exact text);
/// QByteArray → bytea (binary); anything else → text of unknown type (the server infers it).
/// Results of query() are text format (any SQL type reads through SqlRows; bytea and geometry
/// decode from hex in blob()); stream() reads row by row (single-row mode), binary format.
/// Errors: core::InputError naming location() with the server's message (never a password);
/// SQLSTATE 42501 (privilege, row-level security) → core::PermissionDenied naming the login;
/// a server that cannot be reached → one line "cannot reach the FarmGuard server at HOST:PORT".
/// Not thread-safe: its owner serialises calls.
class PgConnection final : public SqlConnection
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::PgConnection)

public:
    /// Connects with libpq's @p conninfo (URI or key=value; credentials from ~/.pgpass, the
    /// service file or PG* variables), application name "farmguard", UTF-8, search_path
    /// "@p schema", public (the schema need not exist yet). @p display names the server in messages.
    PgConnection(const QString &conninfo, const QString &schema, const QString &display);
    ~PgConnection() override;
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    SqlDialect dialect() const override { return SqlDialect::Postgres; }
    QString location() const override { return m_display; }

    std::unique_ptr<SqlRows> query(const QString &sql, const SqlParams &params = {}) const override;
    qint64 execute(const QString &sql, const SqlParams &params = {}) override;
    void script(const QString &sql) override;

    void begin() override;
    void beginRead() override;
    void commit() override;
    void rollback() override;
    bool inTransaction() const override;

    /// Reads a big result row by row (single-row mode) in binary format: integer(), real(),
    /// text() and blob() decode int2/4/8, float4/8, text types, bytea and geometry (EWKB).
    /// The connection is busy until the rows are read or the object is destroyed (which
    /// cancels the rest). Read only the types named above.
    std::unique_ptr<SqlRows> stream(const QString &sql, const SqlParams &params = {}) const;

    /// Runs `COPY … FROM STDIN` (@p copySql) and feeds it what @p produce writes into its buffer
    /// (text or binary COPY format, as @p copySql says) until @p produce returns false.
    /// Returns the number of rows the server copied.
    qint64 copyIn(const QString &copySql, const std::function<bool(QByteArray &chunk)> &produce);
    /// The same, pushed: beginCopy() starts it, putCopy() sends data, endCopy() finishes it
    /// (returns the rows copied) and abortCopy() cancels it (the server keeps nothing).
    void beginCopy(const QString &copySql);
    void putCopy(const QByteArray &data);
    qint64 endCopy();
    void abortCopy();

    /// LISTEN on @p channel (an identifier; quoted here).
    void listen(const QString &channel);
    /// Payloads of the notifications that arrived (reads what is waiting, never blocks).
    QStringList takeNotifications();

    /// The login the server knows this connection as (session_user).
    const QString &login() const { return m_login; }
    /// What the login may do, in words ("township 龙溪镇: …"), for refused writes' messages.
    void setRightsText(const QString &text) { m_rightsText = text; }
    const QString &schema() const { return m_schema; }
    /// @p name as a quoted SQL identifier (PQescapeIdentifier).
    QString identifier(const QString &name) const;
    /// The server's process id, for tests of concurrent sessions.
    int backendPid() const;

    /// ?N and bare ? → $N outside literals, quoted identifiers, dollar quotes and comments.
    static QString rewritePlaceholders(const QString &sql);

    /// Throws the error @p result carries (InputError, PermissionDenied). Takes @p result.
    [[noreturn]] void fail(pg_result *result, const QString &sql) const;

private:
    QString refusal(const QString &serverMessage) const;
    pg_result *run(const QString &sql, const SqlParams &params, int resultFormat) const;
    void command(const char *sql);

    pg_conn *m_conn = nullptr;
    QString m_copySql;
    QString m_schema;
    QString m_display;
    QString m_login;
    QString m_rightsText;
};

} // namespace fg::gis
