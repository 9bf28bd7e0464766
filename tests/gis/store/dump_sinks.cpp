// SPDX-License-Identifier: MIT
#include "dump_sinks.h"

#include <catch2/catch.hpp>

namespace fg::test::contract {

namespace {

QByteArray typed(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return "N";
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return "I" + QByteArray::number(value.toLongLong());
    case QMetaType::Double:
        return "R" + QByteArray::number(value.toDouble(), 'g', 17);
    case QMetaType::QByteArray:
        return "B" + value.toByteArray().toHex();
    case QMetaType::QString:
        return "T" + value.toString().toUtf8();
    default:
        return "?" + QByteArray(value.typeName()) + ":" + value.toString().toUtf8();
    }
}

} // namespace

void DigestSink::add(const QByteArray &bytes)
{
    // Length-prefixed, so no two different sequences of parts give the same bytes.
    m_hash.addData(QByteArray::number(bytes.size()) + ':' + bytes);
}

void DigestSink::begin(int workingEpsg, int schemaVersion)
{
    add("begin " + QByteArray::number(workingEpsg) + ' ' + QByteArray::number(schemaVersion));
}

void DigestSink::table(const gis::DumpTable &table)
{
    add("table " + table.name.toUtf8() + ' ' + QByteArray::number(int(table.role)));
    for (const gis::DumpColumn &column : table.columns)
        add(column.name.toUtf8() + ' ' + QByteArray::number(int(column.kind)));
}

void DigestSink::row(const std::vector<QVariant> &values)
{
    add("row " + QByteArray::number(qint64(values.size())));
    for (const QVariant &value : values)
        add(typed(value));
}

void DigestSink::end()
{
    add("end");
    m_digest = QString::fromLatin1(m_hash.result().toHex());
}

void RecordingSink::begin(int epsg, int version)
{
    workingEpsg = epsg;
    schemaVersion = version;
}

void RecordingSink::table(const gis::DumpTable &table)
{
    tables.push_back({ table, {} });
}

void RecordingSink::row(const std::vector<QVariant> &values)
{
    REQUIRE_FALSE(tables.empty());
    CHECK(values.size() == tables.back().table.columns.size());
    tables.back().rows.push_back(values);
}

const RecordingSink::Table *RecordingSink::find(const QString &name) const
{
    for (const Table &t : tables)
        if (t.table.name == name)
            return &t;
    return nullptr;
}

} // namespace fg::test::contract
