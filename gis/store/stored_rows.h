// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <deque>
#include <vector>

namespace fg::gis {

/// The domain tables as the store holds them, in the compact form the open check compares with
/// the log's DataRows (LogReplay::compare): per table one column list and, per row, its id and
/// its values in that order — no map per row, no map of rows. NULL is the empty string, as in
/// DataRows. A row read twice under one id counts once, the later read winning (finish()), as
/// a map keyed by id would keep it.
class StoredRows
{
public:
    /// One stored row: its id and a value for each of its table's columns.
    struct Row
    {
        QString id;
        std::vector<QString> values;
    };
    /// One table: its columns and its rows, in the order read until finish().
    struct Table
    {
        QString name;
        QStringList columns;
        std::vector<Row> rows;

        /// A new row with every value empty (@p id as given).
        std::vector<QString> &append(const QString &id);
        /// The index of @p column, added to the columns (and every row) when new.
        int column(const QString &name);
    };

    /// The table @p name (created with @p columns when new; a reference stays valid).
    Table &table(const QString &name, const QStringList &columns = {});
    /// The table @p name, or nullptr when nothing was read into it.
    const Table *find(const QString &name) const;
    const std::deque<Table> &tables() const { return m_tables; }
    /// Sorts each table's rows by id and keeps the last of rows read under one id.
    void finish();

private:
    std::deque<Table> m_tables; ///< a dozen tables at most: found by a linear search
};

} // namespace fg::gis
