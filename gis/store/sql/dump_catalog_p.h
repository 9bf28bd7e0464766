// SPDX-License-Identifier: MIT
// Private to gis/store: the tables of a project as every backend dumps and restores them.
#pragma once

#include "gis/store/project_dump.h"

#include <QStringList>

#include <vector>

namespace fg::gis {

/// One table of the dump format with the order its rows travel in.
struct DumpTableSpec
{
    DumpTable table;
    /// Columns the rows are sorted by; "%ROW" stands for SqlProjectStore::rowOrder() (insertion
    /// order of a table without a key that keeps it).
    QStringList orderBy;
};

/// The domain tables of schema version 5, in an order that satisfies their foreign keys (a
/// restoring sink inserts them as they come). Reference layers go first and are not listed:
/// their columns are fid, geom and the layer's own fields.
const std::vector<DumpTableSpec> &domainDumpTables();

/// The dump kind of a reference field.
DumpKind dumpKindOf(FieldType type);

} // namespace fg::gis
