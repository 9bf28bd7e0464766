// SPDX-License-Identifier: MIT
#include "gis/store/pg/pg_connection_p.h"

#include "core/input_error.h"
#include "core/store_errors.h"
#include "gis/store/pg/pg_rows_p.h"
#include "gis/store/pg/pg_sql_p.h"

#include <libpq-fe.h>

#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <memory>
#include <stdexcept>

namespace fg::gis {

namespace {

constexpr Oid kByteaOid = 17, kInt8Oid = 20, kFloat8Oid = 701;

/// Parameters as libpq takes them; the byte arrays own the values the pointers point into.
struct BoundParams
{
    std::vector<QByteArray> storage;
    std::vector<const char *> values;
    std::vector<int> lengths;
    std::vector<int> formats;
    std::vector<Oid> types;

    explicit BoundParams(const SqlParams &params)
    {
        storage.reserve(params.size());
        for (const QVariant &value : params) {
            Oid type = 0; // unknown: the server infers it from where the text goes
            int format = 0;
            if (value.isNull()) {
                storage.emplace_back();
            } else {
                switch (value.typeId()) {
                case QMetaType::Bool:
                case QMetaType::Int:
                case QMetaType::LongLong:
                case QMetaType::UInt:
                case QMetaType::ULongLong:
                    storage.push_back(QByteArray::number(value.toLongLong()));
                    type = kInt8Oid;
                    break;
                case QMetaType::Double:
                    storage.push_back(pgFloat8Text(value.toDouble()));
                    type = kFloat8Oid;
                    break;
                case QMetaType::QByteArray:
                    storage.push_back(value.toByteArray());
                    type = kByteaOid;
                    format = 1;
                    break;
                default:
                    storage.push_back(value.toString().toUtf8());
                    break;
                }
            }
            types.push_back(type);
            formats.push_back(format);
        }
        for (size_t i = 0; i < params.size(); ++i) {
            values.push_back(params[i].isNull() ? nullptr : storage[i].constData());
            lengths.push_back(int(storage[i].size()));
        }
    }
    int count() const { return int(values.size()); }
};

QString field(const PGresult *result, int code)
{
    const char *value = result ? PQresultErrorField(result, code) : nullptr;
    return value ? QString::fromUtf8(value) : QString();
}

/// libpq's connection failure, without its "connection to server at … failed:" preamble and
/// its multi-line hints: the reason on one line.
QString connectReason(const char *message)
{
    QString text = QString::fromUtf8(message).trimmed();
    const int failed = text.lastIndexOf(QLatin1String("failed: "));
    if (failed >= 0)
        text = text.mid(failed + 8);
    text = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (text.startsWith(QLatin1String("FATAL:")))
        text = text.mid(6).trimmed();
    return text;
}

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

/// ?N and bare ? (SQLite's numbering: one more than the highest so far) → $N, copying string
/// literals (E'…' with backslashes), quoted identifiers, dollar quotes and comments as they are.
class PlaceholderRewriter
{
public:
    explicit PlaceholderRewriter(const QString &sql)
        : m_sql(sql)
        , m_n(int(sql.size()))
    {
        m_out.reserve(sql.size() + 8);
    }

    QString run()
    {
        while (m_i < m_n) {
            const QChar c = m_sql[m_i];
            const QChar next = m_i + 1 < m_n ? m_sql[m_i + 1] : QChar();
            if (c == QLatin1Char('\'') || c == QLatin1Char('"'))
                quoted(c);
            else if (c == QLatin1Char('-') && next == QLatin1Char('-'))
                copyUntil(QStringLiteral("\n"), false);
            else if (c == QLatin1Char('/') && next == QLatin1Char('*'))
                blockComment();
            else if (c == QLatin1Char('$') && (m_i == 0 || !isIdentifierChar(m_sql[m_i - 1])) && !next.isDigit())
                dollar();
            else if (c == QLatin1Char('?'))
                placeholder();
            else
                take(1);
        }
        return m_out;
    }

private:
    void take(int count)
    {
        m_out += m_sql.mid(m_i, count);
        m_i += count;
    }

    /// Copies through the closing @p end (from past the opening).
    void copyUntil(const QString &end, bool backslashes)
    {
        while (m_i < m_n) {
            if (backslashes && m_sql[m_i] == QLatin1Char('\\') && m_i + 1 < m_n) {
                take(2);
            } else if (m_sql.mid(m_i, end.size()) == end) {
                take(int(end.size()));
                return;
            } else {
                take(1);
            }
        }
    }

    void blockComment()
    {
        take(2);
        copyUntil(QStringLiteral("*/"), false);
    }

    void quoted(QChar quote)
    {
        const bool escaped = quote == QLatin1Char('\'') && m_i > 0
            && (m_sql[m_i - 1] == QLatin1Char('E') || m_sql[m_i - 1] == QLatin1Char('e'))
            && (m_i < 2 || !isIdentifierChar(m_sql[m_i - 2]));
        take(1);
        copyUntil(QString(quote), escaped); // '' closes and reopens: the same result
    }

    void dollar()
    {
        int j = m_i + 1;
        while (j < m_n && (m_sql[j].isLetterOrNumber() || m_sql[j] == QLatin1Char('_')))
            ++j;
        if (j >= m_n || m_sql[j] != QLatin1Char('$')) {
            take(1);
            return;
        }
        const QString tag = m_sql.mid(m_i, j - m_i + 1);
        take(int(tag.size()));
        copyUntil(tag, false);
    }

    void placeholder()
    {
        int j = m_i + 1;
        while (j < m_n && m_sql[j].isDigit())
            ++j;
        const int number = j > m_i + 1 ? m_sql.mid(m_i + 1, j - m_i - 1).toInt() : m_highest + 1;
        m_highest = std::max(m_highest, number);
        m_out += QLatin1Char('$') + QString::number(number);
        m_i = j;
    }

    const QString &m_sql;
    const int m_n;
    int m_i = 0;
    int m_highest = 0;
    QString m_out;
};

void noticeSink(void *, const char *)
{
    // Notices ("schema … does not exist, skipping") are not for users; errors are thrown.
}

} // namespace

PgConnection::PgConnection(const QString &conninfo, const QString &schema, const QString &display)
    : m_schema(schema)
    , m_display(display)
{
    const QByteArray info = conninfo.toUtf8();
    const char *keys[] = { "dbname", "fallback_application_name", "client_encoding", nullptr };
    const char *values[] = { info.constData(), "farmguard", "UTF8", nullptr };
    m_conn = PQconnectdbParams(keys, values, 1);
    if (!m_conn)
        throw core::InputError(m_display, tr("out of memory while connecting"));
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const QString server = QStringLiteral("%1:%2").arg(QString::fromUtf8(PQhost(m_conn)),
            QString::fromUtf8(PQport(m_conn)));
        const QString reason = connectReason(PQerrorMessage(m_conn));
        const bool answered = QString::fromUtf8(PQerrorMessage(m_conn)).contains(QLatin1String("FATAL"));
        PQfinish(m_conn);
        m_conn = nullptr;
        // An unknown service or a bad option fails before libpq picks a host: no "at :" then.
        if (server == QLatin1String(":"))
            throw core::InputError(m_display, tr("cannot connect to the FarmGuard server: %1").arg(reason));
        throw core::InputError(m_display,
            answered ? tr("the FarmGuard server at %1 refused the connection: %2").arg(server, reason)
                     : tr("cannot reach the FarmGuard server at %1: %2").arg(server, reason));
    }
    PQsetNoticeProcessor(m_conn, noticeSink, nullptr);
    if (!m_schema.isEmpty())
        command(QStringLiteral("SET search_path TO %1, public").arg(identifier(m_schema)).toUtf8().constData());
    auto who = query(QStringLiteral("SELECT session_user"));
    m_login = who->next() ? who->text(0) : QString();
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

QString PgConnection::identifier(const QString &name) const
{
    const QByteArray bytes = name.toUtf8();
    char *quoted = PQescapeIdentifier(m_conn, bytes.constData(), size_t(bytes.size()));
    if (!quoted)
        throw core::InputError(m_display, tr("not a valid name: %1").arg(name));
    const QString result = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return result;
}

int PgConnection::backendPid() const
{
    return PQbackendPID(m_conn);
}

QString PgConnection::rewritePlaceholders(const QString &sql)
{
    return PlaceholderRewriter(sql).run();
}

QString PgConnection::refusal(const QString &serverMessage) const
{
    // The server names the table; say it in the user's terms, with what the login may do.
    static const QRegularExpression policy(QStringLiteral("row-level security policy for table \"([^\"]+)\""));
    static const QRegularExpression denied(QStringLiteral("permission denied for (?:table|relation) (\\S+)"));
    QString what;
    if (const auto match = policy.match(serverMessage); match.hasMatch())
        what = tr("a record of %1 outside its rights").arg(match.captured(1));
    else if (const auto match = denied.match(serverMessage); match.hasMatch())
        what = tr("a change to %1, which it may not make").arg(match.captured(1));
    else
        what = serverMessage;
    QString text = tr("the login %1 was refused %2; nothing was changed").arg(m_login, what);
    text += m_rightsText.isEmpty() ? tr(" (the project's owner grants rights with 'farmguard-cli project grant')")
                                   : QStringLiteral(" (%1)").arg(m_rightsText);
    return text;
}

void PgConnection::fail(pg_result *result, const QString &sql) const
{
    const std::unique_ptr<PGresult, decltype(&PQclear)> owned(result, &PQclear);
    const QString state = field(result, PG_DIAG_SQLSTATE);
    QString message = field(result, PG_DIAG_MESSAGE_PRIMARY);
    if (message.isEmpty())
        message = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    if (PQstatus(m_conn) != CONNECTION_OK || state.startsWith(QLatin1String("08")))
        throw core::InputError(m_display,
            tr("lost the connection to the FarmGuard server at %1:%2: %3")
                .arg(QString::fromUtf8(PQhost(m_conn)), QString::fromUtf8(PQport(m_conn)), message));
    if (state == QLatin1String("42501"))
        throw core::PermissionDenied(m_display, refusal(message));
    const QString detail = field(result, PG_DIAG_MESSAGE_DETAIL);
    if (!detail.isEmpty())
        message += QStringLiteral(" (%1)").arg(detail);
    // A mistake in FarmGuard's own SQL: say where, for the bug report.
    if (state.startsWith(QLatin1String("42")) && !field(result, PG_DIAG_STATEMENT_POSITION).isEmpty())
        message += QStringLiteral(" [SQLSTATE %1 at %2 of: %3]")
                       .arg(state, field(result, PG_DIAG_STATEMENT_POSITION), sql.simplified().left(300));
    throw core::InputError(m_display, message);
}

pg_result *PgConnection::run(const QString &sql, const SqlParams &params, int resultFormat) const
{
    const QByteArray text = rewritePlaceholders(sql).toUtf8();
    const BoundParams bound(params);
    PGresult *result = PQexecParams(m_conn, text.constData(), bound.count(), bound.types.data(), bound.values.data(),
        bound.lengths.data(), bound.formats.data(), resultFormat);
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        fail(result, sql);
    return result;
}

std::unique_ptr<SqlRows> PgConnection::query(const QString &sql, const SqlParams &params) const
{
    return std::make_unique<PgResultRows>(run(sql, params, 0));
}

qint64 PgConnection::execute(const QString &sql, const SqlParams &params)
{
    PGresult *result = run(sql, params, 0);
    const qint64 changed = QByteArray(PQcmdTuples(result)).toLongLong();
    PQclear(result);
    return changed;
}

void PgConnection::script(const QString &sql)
{
    command(sql.toUtf8().constData());
}

void PgConnection::command(const char *sql)
{
    PGresult *result = PQexec(m_conn, sql);
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        fail(result, QString::fromUtf8(sql));
    PQclear(result);
}

std::unique_ptr<SqlRows> PgConnection::stream(const QString &sql, const SqlParams &params) const
{
    const QByteArray text = rewritePlaceholders(sql).toUtf8();
    const BoundParams bound(params);
    if (!PQsendQueryParams(m_conn, text.constData(), bound.count(), bound.types.data(), bound.values.data(),
            bound.lengths.data(), bound.formats.data(), 1))
        fail(nullptr, sql);
    PQsetSingleRowMode(m_conn);
    return std::make_unique<PgStreamRows>(*this, m_conn, sql);
}

qint64 PgConnection::copyIn(const QString &copySql, const std::function<bool(QByteArray &chunk)> &produce)
{
    beginCopy(copySql);
    QByteArray chunk;
    try {
        bool more = true;
        while (more) {
            chunk.clear();
            more = produce(chunk);
            putCopy(chunk);
        }
    } catch (...) {
        abortCopy();
        throw;
    }
    return endCopy();
}

void PgConnection::beginCopy(const QString &copySql)
{
    PGresult *start = PQexec(m_conn, copySql.toUtf8().constData());
    if (!start || PQresultStatus(start) != PGRES_COPY_IN)
        fail(start, copySql);
    PQclear(start);
    m_copySql = copySql;
}

void PgConnection::putCopy(const QByteArray &data)
{
    // A failure here shows again, with the server's reason, in endCopy()'s result.
    if (!data.isEmpty())
        PQputCopyData(m_conn, data.constData(), int(data.size()));
}

qint64 PgConnection::endCopy()
{
    PQputCopyEnd(m_conn, nullptr);
    PGresult *result = PQgetResult(m_conn);
    while (PGresult *rest = result ? PQgetResult(m_conn) : nullptr)
        PQclear(rest);
    if (!result || PQresultStatus(result) != PGRES_COMMAND_OK)
        fail(result, m_copySql);
    const qint64 rows = QByteArray(PQcmdTuples(result)).toLongLong();
    PQclear(result);
    return rows;
}

void PgConnection::abortCopy()
{
    PQputCopyEnd(m_conn, "cancelled by FarmGuard");
    while (PGresult *rest = PQgetResult(m_conn))
        PQclear(rest);
}

void PgConnection::begin()
{
    if (inTransaction())
        throw std::logic_error("PgConnection::begin inside a transaction");
    command("BEGIN READ WRITE");
}

void PgConnection::beginRead()
{
    if (inTransaction())
        throw std::logic_error("PgConnection::beginRead inside a transaction");
    command("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
}

void PgConnection::commit()
{
    PGresult *result = PQexec(m_conn, "COMMIT");
    if (!result || PQresultStatus(result) != PGRES_COMMAND_OK)
        fail(result, QStringLiteral("COMMIT"));
    // COMMIT of a transaction an error aborted answers ROLLBACK, without an error.
    const bool rolledBack = QByteArray(PQcmdStatus(result)) == "ROLLBACK";
    PQclear(result);
    if (rolledBack)
        throw core::InputError(m_display, tr("the change was not saved: an earlier step of it failed"));
}

void PgConnection::rollback()
{
    if (PQtransactionStatus(m_conn) != PQTRANS_IDLE)
        command("ROLLBACK");
}

bool PgConnection::inTransaction() const
{
    const PGTransactionStatusType status = PQtransactionStatus(m_conn);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
}

void PgConnection::listen(const QString &channel)
{
    command(QStringLiteral("LISTEN %1").arg(identifier(channel)).toUtf8().constData());
}

QStringList PgConnection::takeNotifications()
{
    QStringList payloads;
    if (!PQconsumeInput(m_conn))
        return payloads;
    while (PGnotify *notify = PQnotifies(m_conn)) {
        payloads << QString::fromUtf8(notify->extra);
        PQfreemem(notify);
    }
    return payloads;
}

} // namespace fg::gis
