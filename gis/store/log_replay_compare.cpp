// SPDX-License-Identifier: MIT
// LogReplay::compare: the log's rows against the stored ones, table by table, each side walked
// once in id order (both are sorted by id: the log's map and StoredRows::finish()).
#include "gis/store/log_replay.h"

#include <algorithm>
#include <numeric>

namespace fg::gis {

namespace {

const QString kRowMarker = QStringLiteral("(row)");
const QString kNoRow = QStringLiteral("(none)");

using LoggedRow = std::map<DataRows::Key, DataRows::Fields>::const_iterator;

/// The columns of @p table by name (the order of a row's fields in DataRows).
std::vector<int> byName(const StoredRows::Table &table)
{
    std::vector<int> order(size_t(table.columns.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&table](int a, int b) { return table.columns[a] < table.columns[b]; });
    return order;
}

/// Every logged field of @p logged whose stored value in @p row differs; both walked by name.
void compareRow(const DataRows::Key &key, const DataRows::Fields &logged, const StoredRows::Table &table,
    const std::vector<int> &columns, const StoredRows::Row &row, std::vector<DataFinding> &findings)
{
    auto column = columns.begin();
    static const QString kEmpty;
    for (auto field = logged.begin(); field != logged.end(); ++field) {
        while (column != columns.end() && table.columns[*column] < field.key())
            ++column;
        const bool stored = column != columns.end() && table.columns[*column] == field.key();
        const QString &value = stored ? row.values[size_t(*column)] : kEmpty;
        if (value != field.value())
            findings.push_back({ key.first, key.second, field.key(), field.value(), value });
    }
}

/// The logged rows [@p from, @p to) of one table against its stored @p table (nullptr: none).
void compareTable(LoggedRow from, LoggedRow to, const StoredRows::Table *table, std::vector<DataFinding> &findings,
    std::vector<DataFinding> &extra)
{
    static const std::vector<StoredRows::Row> kNone;
    const std::vector<StoredRows::Row> &rows = table ? table->rows : kNone;
    const std::vector<int> columns = table ? byName(*table) : std::vector<int>();
    auto row = rows.begin();
    for (LoggedRow logged = from; logged != to; ++logged) {
        const DataRows::Key &key = logged->first;
        for (; row != rows.end() && row->id < key.second; ++row)
            extra.push_back({ key.first, row->id, QString(), kNoRow, kRowMarker });
        if (row == rows.end() || row->id != key.second) {
            findings.push_back({ key.first, key.second, QString(), kRowMarker, kNoRow });
            continue;
        }
        compareRow(key, logged->second, *table, columns, *row, findings);
        ++row;
    }
    for (; row != rows.end(); ++row)
        extra.push_back({ table->name, row->id, QString(), kNoRow, kRowMarker });
}

} // namespace

std::vector<DataFinding> LogReplay::compare(const DataRows &logged, const StoredRows &stored)
{
    std::vector<DataFinding> findings;
    std::vector<DataFinding> extra; // rows only the tables have, reported after the log's
    const auto &rows = logged.rows();
    QStringList seen;
    for (LoggedRow from = rows.begin(); from != rows.end();) {
        const QString &table = from->first.first;
        LoggedRow to = from;
        while (to != rows.end() && to->first.first == table)
            ++to;
        compareTable(from, to, stored.find(table), findings, extra);
        seen << table;
        from = to;
    }
    for (const StoredRows::Table &table : stored.tables())
        if (!seen.contains(table.name))
            compareTable(rows.end(), rows.end(), &table, findings, extra);
    // In table and id order, as a map of the stored rows gave them.
    std::sort(extra.begin(), extra.end(),
        [](const DataFinding &a, const DataFinding &b) { return a.table != b.table ? a.table < b.table : a.id < b.id; });
    findings.insert(findings.end(), std::make_move_iterator(extra.begin()), std::make_move_iterator(extra.end()));
    std::stable_sort(findings.begin(), findings.end(), [](const DataFinding &a, const DataFinding &b) {
        const qsizetype ta = tables().indexOf(a.table), tb = tables().indexOf(b.table);
        return ta != tb ? ta < tb : a.id < b.id;
    });
    return findings;
}

} // namespace fg::gis
