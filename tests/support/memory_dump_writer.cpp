// SPDX-License-Identifier: MIT
#include "memory_dump_writer.h"

#include "gis/io/layer_reader.h"
#include "memory_rows.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace fg::test::dump {

namespace {

gis::DumpKind kindOf(QChar letter)
{
    switch (letter.toLatin1()) {
    case 'I':
        return gis::DumpKind::Integer;
    case 'R':
        return gis::DumpKind::Real;
    case 'B':
        return gis::DumpKind::Blob;
    case 'G':
        return gis::DumpKind::Geometry;
    default:
        return gis::DumpKind::Text;
    }
}

gis::DumpKind kindOf(gis::FieldType type)
{
    switch (type) {
    case gis::FieldType::Integer:
        return gis::DumpKind::Integer;
    case gis::FieldType::Real:
        return gis::DumpKind::Real;
    default:
        return gis::DumpKind::Text;
    }
}

/// A reference field's value as a GeoPackage column holds it.
QVariant fieldValue(const QVariant &value, gis::FieldType type)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (type) {
    case gis::FieldType::Integer:
        return integer(value.toLongLong());
    case gis::FieldType::Real:
        return real(value.toDouble());
    case gis::FieldType::Date:
        return text(value.toDate().toString(Qt::ISODate));
    case gis::FieldType::DateTime:
        return text(value.toDateTime().toString(Qt::ISODateWithMs));
    default:
        return text(value.toString());
    }
}

/// -1, 0, 1: NULL first, numbers by value, text by UTF-8 bytes (SQLite BINARY, PostgreSQL "C").
int compare(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() && b.isNull() ? 0 : (a.isNull() ? -1 : 1);
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString) {
        const QByteArray x = a.toString().toUtf8(), y = b.toString().toUtf8();
        return x < y ? -1 : (y < x ? 1 : 0);
    }
    const double x = a.toDouble(), y = b.toDouble();
    return x < y ? -1 : (y < x ? 1 : 0);
}

} // namespace

QVariant text(const QString &value)
{
    return QVariant(value.isNull() ? QString::fromLatin1("") : value);
}

QVariant nullableText(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QVariant integer(qint64 value)
{
    return QVariant(value);
}

QVariant real(double value)
{
    return QVariant(value);
}

QVariant optionalReal(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant optionalInteger(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant geometry(const SharedGeometry &geometry)
{
    return geometry ? QVariant(gis::toWkb(geometry.get())) : QVariant();
}

QVariant joined(const QStringList &values, QChar separator)
{
    return text(values.join(separator));
}

QVariant json(const QJsonValue &value)
{
    const QJsonDocument document
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return text(QString::fromUtf8(document.toJson(QJsonDocument::Compact)));
}

TableWriter::TableWriter(gis::ProjectDumpSink &sink, const gis::StoreProgress &progress, int tables)
    : m_sink(sink)
    , m_progress(progress)
    , m_tables(tables)
{
}

void TableWriter::start(gis::DumpTable table)
{
    if (m_progress && !m_progress(double(m_done) / std::max(1, m_tables)))
        throw gis::ReadCancelled();
    ++m_done;
    m_sink.table(table);
}

void TableWriter::table(const QString &name, const char *columns, gis::DumpTable::Role role)
{
    gis::DumpTable table;
    table.name = name;
    table.role = role;
    for (const QString &column : QString::fromLatin1(columns).split(QLatin1Char(','))) {
        const QStringList parts = column.trimmed().split(QLatin1Char(' '));
        table.columns.push_back({ parts.at(0), kindOf(parts.at(1).at(0)) });
    }
    start(table);
}

void TableWriter::reference(const gis::VectorLayer &layer, const QString &name)
{
    gis::DumpTable table;
    table.name = name;
    table.role = gis::DumpTable::Role::Reference;
    table.columns = { { QStringLiteral("fid"), gis::DumpKind::Integer },
        { QStringLiteral("geom"), gis::DumpKind::Geometry } };
    for (const gis::FieldDefinition &field : layer.fields)
        table.columns.push_back({ field.name, kindOf(field.type), field.type });
    table.rowCount = layer.featureCount();
    start(table);
    for (int row = 0; row < layer.featureCount(); ++row) {
        Row values { integer(layer.fid(row)), geometry(rows::multiPolygon(layer.geometry(row))) };
        for (size_t k = 0; k < layer.fields.size(); ++k)
            values.push_back(fieldValue(layer.value(row, int(k)), layer.fields[k].type));
        m_sink.row(values);
    }
}

void TableWriter::rows(std::vector<Row> rows, std::initializer_list<int> key)
{
    std::stable_sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
        for (int column : key) {
            const int c = compare(a[size_t(column)], b[size_t(column)]);
            if (c != 0)
                return c < 0;
        }
        return false;
    });
    for (const Row &row : rows)
        m_sink.row(row);
}

} // namespace fg::test::dump
