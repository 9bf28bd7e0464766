// SPDX-License-Identifier: MIT
#include "gis/store/pg/pg_rows_p.h"

#include "gis/store/pg/pg_connection_p.h"

#include <libpq-fe.h>

#include <cstdlib>
#include <cstring>
#include <QLocale>
#include <stdexcept>

namespace fg::gis {

namespace {

// Built-in type OIDs (pg_type.dat); geometry's OID is per database and arrives as "other".
constexpr Oid kBool = 16, kBytea = 17, kName = 19, kInt8 = 20, kInt2 = 21, kInt4 = 23, kText = 25,
              kOid = 26, kFloat4 = 700, kFloat8 = 701, kUnknown = 705, kBpchar = 1042, kVarchar = 1043;

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

quint64 bigEndian(const char *p, int bytes)
{
    quint64 value = 0;
    for (int i = 0; i < bytes; ++i)
        value = (value << 8) | quint64(static_cast<unsigned char>(p[i]));
    return value;
}

bool isTextType(Oid type)
{
    return type == kText || type == kVarchar || type == kBpchar || type == kName || type == kUnknown;
}

} // namespace

QByteArray pgDecodeHex(const char *text, int length)
{
    if (length >= 2 && text[0] == '\\' && text[1] == 'x') {
        text += 2;
        length -= 2;
    }
    QByteArray bytes(length / 2, Qt::Uninitialized);
    char *out = bytes.data();
    for (int i = 0; i + 1 < length; i += 2) {
        const int high = hexValue(text[i]);
        const int low = hexValue(text[i + 1]);
        if (high < 0 || low < 0)
            throw std::runtime_error("a bytea value is not hex");
        *out++ = char((high << 4) | low);
    }
    return bytes;
}

// --- text results --------------------------------------------------------------------------------

PgResultRows::PgResultRows(pg_result *result)
    : m_result(result)
    , m_rows(PQntuples(result))
{
}

PgResultRows::~PgResultRows()
{
    PQclear(m_result);
}

bool PgResultRows::next()
{
    if (m_row + 1 >= m_rows) {
        m_row = m_rows;
        return false;
    }
    ++m_row;
    return true;
}

bool PgResultRows::isNull(int column) const
{
    return PQgetisnull(m_result, m_row, column) != 0;
}

qint64 PgResultRows::integer(int column) const
{
    if (isNull(column))
        return 0;
    const char *value = PQgetvalue(m_result, m_row, column);
    if (PQftype(m_result, column) == kBool)
        return value[0] == 't' ? 1 : 0;
    if (PQftype(m_result, column) == kFloat8 || PQftype(m_result, column) == kFloat4)
        return qint64(std::strtod(value, nullptr));
    return std::strtoll(value, nullptr, 10);
}

double PgResultRows::real(int column) const
{
    if (isNull(column))
        return 0;
    // PostgreSQL ≥ 12 prints float8 as the shortest text that reads back exactly.
    return std::strtod(PQgetvalue(m_result, m_row, column), nullptr);
}

QString PgResultRows::text(int column) const
{
    if (isNull(column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
}

QByteArray PgResultRows::blob(int column) const
{
    if (isNull(column))
        return {};
    const char *value = PQgetvalue(m_result, m_row, column);
    const int length = PQgetlength(m_result, m_row, column);
    if (isTextType(PQftype(m_result, column)))
        return QByteArray(value, length);
    return pgDecodeHex(value, length); // bytea ("\x…") and geometry (hex EWKB)
}

// --- binary stream -------------------------------------------------------------------------------

PgStreamRows::PgStreamRows(const PgConnection &connection, pg_conn *conn, QString sql)
    : m_connection(connection)
    , m_conn(conn)
    , m_sql(std::move(sql))
{
}

PgStreamRows::~PgStreamRows()
{
    PQclear(m_result);
    if (!m_done) {
        // Stop the server sending the rest, then read what is in flight.
        if (PGcancel *cancel = PQgetCancel(m_conn)) {
            char error[256];
            PQcancel(cancel, error, sizeof error);
            PQfreeCancel(cancel);
        }
        drain();
    }
}

void PgStreamRows::drain()
{
    while (PGresult *rest = PQgetResult(m_conn))
        PQclear(rest);
    m_done = true;
}

bool PgStreamRows::next()
{
    PQclear(m_result);
    m_result = nullptr;
    if (m_done)
        return false;
    PGresult *result = PQgetResult(m_conn);
    if (!result) {
        m_done = true;
        return false;
    }
    const ExecStatusType status = PQresultStatus(result);
    if (status == PGRES_SINGLE_TUPLE) {
        m_result = result;
        return true;
    }
    if (status == PGRES_TUPLES_OK) { // the end marker
        PQclear(result);
        drain();
        return false;
    }
    drain();
    m_connection.fail(result, m_sql);
}

bool PgStreamRows::isNull(int column) const
{
    return PQgetisnull(m_result, 0, column) != 0;
}

qint64 PgStreamRows::integer(int column) const
{
    if (isNull(column))
        return 0;
    const char *value = PQgetvalue(m_result, 0, column);
    switch (PQftype(m_result, column)) {
    case kBool:
        return value[0] != 0 ? 1 : 0;
    case kInt2:
        return qint16(bigEndian(value, 2));
    case kInt4:
    case kOid:
        return qint32(bigEndian(value, 4));
    case kInt8:
        return qint64(bigEndian(value, 8));
    default:
        return qint64(real(column));
    }
}

double PgStreamRows::real(int column) const
{
    if (isNull(column))
        return 0;
    const char *value = PQgetvalue(m_result, 0, column);
    switch (PQftype(m_result, column)) {
    case kFloat8: {
        const quint64 bits = bigEndian(value, 8);
        double d;
        std::memcpy(&d, &bits, sizeof d);
        return d;
    }
    case kFloat4: {
        const quint32 bits = quint32(bigEndian(value, 4));
        float f;
        std::memcpy(&f, &bits, sizeof f);
        return double(f);
    }
    case kInt2:
    case kInt4:
    case kInt8:
    case kBool:
        return double(integer(column));
    default:
        throw std::logic_error("stream(): cast the column to float8 in the SQL");
    }
}

QString PgStreamRows::text(int column) const
{
    if (isNull(column))
        return {};
    const Oid type = PQftype(m_result, column);
    if (type == kInt2 || type == kInt4 || type == kInt8 || type == kBool)
        return QString::number(integer(column));
    if (type == kFloat4 || type == kFloat8)
        return QString::number(real(column), 'g', QLocale::FloatingPointShortest);
    return QString::fromUtf8(PQgetvalue(m_result, 0, column), PQgetlength(m_result, 0, column));
}

QByteArray PgStreamRows::blob(int column) const
{
    if (isNull(column))
        return {};
    // bytea and geometry (EWKB) arrive as their bytes in binary format.
    return QByteArray(PQgetvalue(m_result, 0, column), PQgetlength(m_result, 0, column));
}

} // namespace fg::gis
