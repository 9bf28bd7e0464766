// SPDX-License-Identifier: MIT
#include "gis/store/pg/pg_sql_p.h"

#include "gis/store/pg/pg_connection_p.h"
#include "gis/store/pg/pg_schema_p.h"

#include <QLocale>

#include <cmath>

namespace fg::gis {

namespace {

/// A validated schema name (PgSchema::checkName) as an SQL string literal.
QString literal(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

QString pgGroupRole(const QString &schema, const QString &kind)
{
    return schema + QLatin1Char('_') + kind;
}

QString pgExpand(const PgConnection &connection, QString sql, int srid)
{
    const QString &schema = connection.schema();
    sql.replace(QLatin1String("{S}"), connection.identifier(schema));
    sql.replace(QLatin1String("{SCHEMA}"), literal(schema));
    sql.replace(QLatin1String("{CHANNEL}"), literal(PgSchema::channel(schema)));
    sql.replace(QLatin1String("{BUREAU}"), connection.identifier(pgGroupRole(schema, QStringLiteral("bureau"))));
    sql.replace(QLatin1String("{TOWNSHIP}"), connection.identifier(pgGroupRole(schema, QStringLiteral("township"))));
    sql.replace(
        QLatin1String("{DEPARTMENT}"), connection.identifier(pgGroupRole(schema, QStringLiteral("department"))));
    sql.replace(QLatin1String("{SRID}"), QString::number(srid));
    return sql;
}

QByteArray pgFloat8Text(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "Infinity" : "-Infinity";
    if (value == 0)
        return std::signbit(value) ? "-0" : "0";
    return QString::number(value, 'g', QLocale::FloatingPointShortest).toLatin1();
}

QString pgFieldType(FieldType type)
{
    switch (type) {
    case FieldType::Integer:
        return QStringLiteral("bigint");
    case FieldType::Real:
        return QStringLiteral("double precision");
    case FieldType::Date:
        return QStringLiteral("fg_date");
    case FieldType::DateTime:
        return QStringLiteral("fg_datetime");
    case FieldType::Text:
    case FieldType::Other:
        break;
    }
    return QStringLiteral("text COLLATE \"C\"");
}

FieldType pgFieldTypeFrom(const QString &dataType, const QString &domain)
{
    if (domain == QLatin1String("fg_date"))
        return FieldType::Date;
    if (domain == QLatin1String("fg_datetime"))
        return FieldType::DateTime;
    if (dataType == QLatin1String("bigint") || dataType == QLatin1String("integer")
        || dataType == QLatin1String("smallint"))
        return FieldType::Integer;
    if (dataType == QLatin1String("double precision") || dataType == QLatin1String("real"))
        return FieldType::Real;
    return FieldType::Text;
}

} // namespace fg::gis
