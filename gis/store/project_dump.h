// SPDX-License-Identifier: MIT
#pragma once

#include "gis/io/vector_layer.h"

#include <QString>
#include <QVariant>

#include <vector>

namespace fg::gis {

/// How a column travels between backends.
enum class DumpKind {
    Integer, ///< qint64 (QVariant LongLong), or null
    Real, ///< double, or null
    Text, ///< QString (dates and times as ISO text, exactly as stored), or null
    Blob, ///< QByteArray (attachment content, GPX bytes), or null
    Geometry, ///< QByteArray of ISO WKB (2D), or null; its SRS is the project's working CRS
};

struct DumpColumn
{
    QString name;
    DumpKind kind = DumpKind::Text;
    /// Role::Reference tables: the field's type as created, so a restored layer keeps its dates
    /// and integers (dates travel as Text). FieldType::Other for fid, geom and domain tables.
    FieldType field = FieldType::Other;
};

/// One table of a project, the same on every backend: its logical name (the GeoPackage table,
/// the PostGIS table in the project's schema) and columns. Backend internals (gpkg_* metadata,
/// R-tree and GiST indexes, PostgreSQL roles, triggers) are not part of a dump.
struct DumpTable
{
    enum class Role {
        Reference, ///< a reference layer: columns are the layer's own fields after fid and geom
        Domain, ///< a FarmGuard table with a fixed schema (incidents, cases, event_log, …)
    };
    QString name;
    Role role = Role::Domain;
    std::vector<DumpColumn> columns;
    qint64 rowCount = -1; ///< when known, for progress
};

/// Receives a project table by table, rows in primary-key order (the log in sequence order),
/// values in the table's column order. What ProjectStore::dump() writes into: a new project
/// being restored on another backend, or a digest for comparing two projects.
class ProjectDumpSink
{
public:
    virtual ~ProjectDumpSink() = default;
    /// The project's working CRS and schema version, before any table.
    virtual void begin(int workingEpsg, int schemaVersion) = 0;
    virtual void table(const DumpTable &table) = 0;
    virtual void row(const std::vector<QVariant> &values) = 0;
    /// After the last table; a restoring sink commits here.
    virtual void end() = 0;
};

} // namespace fg::gis
