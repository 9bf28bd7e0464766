// SPDX-License-Identifier: MIT
// Writes a memory project's tables into a ProjectDumpSink: columns declared compactly, rows
// sorted by primary key as every backend's dump sorts them.
#pragma once

#include "gis/store/project_dump.h"
#include "gis/store/store_types.h"
#include "memory_tables.h"

#include <initializer_list>
#include <vector>

namespace fg::test::dump {

using Row = std::vector<QVariant>;

/// Non-null text (an empty string stays an empty string, not NULL).
QVariant text(const QString &value);
/// Text, or NULL when empty.
QVariant nullableText(const QString &value);
QVariant integer(qint64 value);
QVariant real(double value);
QVariant optionalReal(const std::optional<double> &value);
QVariant optionalInteger(const std::optional<qint64> &value);
/// ISO WKB of the geometry, or NULL.
QVariant geometry(const SharedGeometry &geometry);
/// A list as the GeoPackage stores it: joined by @p separator.
QVariant joined(const QStringList &values, QChar separator);
/// Compact JSON text.
QVariant json(const QJsonValue &value);

/// Streams tables into a sink with progress per table.
class TableWriter
{
public:
    TableWriter(gis::ProjectDumpSink &sink, const gis::StoreProgress &progress, int tables);

    /// Declares a table. @p columns is "name K, name K, …" with K one of I (integer), R (real),
    /// T (text), B (blob), G (geometry).
    void table(
        const QString &name, const char *columns, gis::DumpTable::Role role = gis::DumpTable::Role::Domain);
    /// A reference layer: fid, geom, then its fields.
    void reference(const gis::VectorLayer &layer, const QString &table);
    /// Sorts @p rows by the columns @p key (integers numerically, text by UTF-8 bytes, NULL first)
    /// and sends them.
    void rows(std::vector<Row> rows, std::initializer_list<int> key);

private:
    void start(gis::DumpTable table);

    gis::ProjectDumpSink &m_sink;
    gis::StoreProgress m_progress;
    int m_tables = 0;
    int m_done = 0;
};

} // namespace fg::test::dump
