// SPDX-License-Identifier: MIT
#include "gis/store/stored_rows.h"

#include <algorithm>

namespace fg::gis {

std::vector<QString> &StoredRows::Table::append(const QString &id)
{
    rows.push_back({ id, std::vector<QString>(size_t(columns.size())) });
    return rows.back().values;
}

int StoredRows::Table::column(const QString &name)
{
    const qsizetype found = columns.indexOf(name);
    if (found >= 0)
        return int(found);
    columns << name;
    for (Row &row : rows)
        row.values.resize(size_t(columns.size()));
    return int(columns.size() - 1);
}

StoredRows::Table &StoredRows::table(const QString &name, const QStringList &columns)
{
    for (Table &table : m_tables)
        if (table.name == name) {
            for (const QString &column : columns)
                table.column(column);
            return table;
        }
    m_tables.push_back({ name, columns, {} });
    return m_tables.back();
}

const StoredRows::Table *StoredRows::find(const QString &name) const
{
    for (const Table &table : m_tables)
        if (table.name == name)
            return &table;
    return nullptr;
}

void StoredRows::finish()
{
    for (Table &table : m_tables) {
        std::stable_sort(table.rows.begin(), table.rows.end(), [](const Row &a, const Row &b) { return a.id < b.id; });
        // Of rows read under one id the last read stands (a map keyed by id keeps its values).
        std::vector<Row> kept;
        kept.reserve(table.rows.size());
        for (Row &row : table.rows) {
            if (!kept.empty() && kept.back().id == row.id)
                kept.back() = std::move(row);
            else
                kept.push_back(std::move(row));
        }
        table.rows = std::move(kept);
    }
}

} // namespace fg::gis
