// SPDX-License-Identifier: MIT
#include "recording_sink.h"

#include <catch2/catch.hpp>

namespace fg::test::contract {

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
