// SPDX-License-Identifier: MIT
// Private to gis/store/pg: SqlRows over libpq results (a whole text result, or a binary stream).
#pragma once

#include "gis/store/sql/sql_connection_p.h"

#include <QString>

#include <vector>

struct pg_conn;
struct pg_result;

namespace fg::gis {

class PgConnection;

/// Hex text ("\x0a1b…" or bare "0a1b…", as bytea and geometry print) to bytes.
QByteArray pgDecodeHex(const char *text, int length);

/// A whole result in text format (any SQL type).
class PgResultRows final : public SqlRows
{
public:
    explicit PgResultRows(pg_result *result); ///< takes ownership
    ~PgResultRows() override;
    PgResultRows(const PgResultRows &) = delete;
    PgResultRows &operator=(const PgResultRows &) = delete;

    bool next() override;
    bool isNull(int column) const override;
    qint64 integer(int column) const override;
    double real(int column) const override;
    QString text(int column) const override;
    QByteArray blob(int column) const override;

private:
    pg_result *m_result;
    int m_rows = 0;
    int m_row = -1;
};

/// A result read row by row in single-row mode, binary format. Destroying it before the last
/// row cancels the query and drains the connection so it can be used again.
class PgStreamRows final : public SqlRows
{
public:
    PgStreamRows(const PgConnection &connection, pg_conn *conn, QString sql);
    ~PgStreamRows() override;
    PgStreamRows(const PgStreamRows &) = delete;
    PgStreamRows &operator=(const PgStreamRows &) = delete;

    bool next() override;
    bool isNull(int column) const override;
    qint64 integer(int column) const override;
    double real(int column) const override;
    QString text(int column) const override;
    QByteArray blob(int column) const override;

private:
    void drain();

    const PgConnection &m_connection;
    pg_conn *m_conn;
    QString m_sql;
    pg_result *m_result = nullptr;
    bool m_done = false;
};

} // namespace fg::gis
