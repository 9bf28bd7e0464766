// SPDX-License-Identifier: MIT
// The domain tables every backend's dump() sends after the reference layers, in this order,
// with these columns and kinds: the GeoPackage's tables at schema version 5 (revision,
// changed_by, changed_at on incidents and cases; township on cases), as the door branch lists
// them in gis/store/sql/dump_catalog.cpp. The order lets a restoring sink insert every row after
// the rows it refers to; the log comes last. schema_version is not dumped (each project records
// its own migrations). Rows come in primary-key order, except transfers: in the order they
// were sent (a case lists them in that order).
#pragma once

#include "gis/store/project_dump.h"

#include <vector>

namespace fg::test::contract {

struct ExpectedTable
{
    const char *name;
    /// "name K, …": K is I (integer), R (real), T (text), B (blob), G (geometry, ISO WKB).
    const char *columns;
};

const std::vector<ExpectedTable> &expectedDomainTables();
/// @p columns ("name K, …") as DumpColumns.
std::vector<gis::DumpColumn> parseColumns(const char *columns);

} // namespace fg::test::contract
