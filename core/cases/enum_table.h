// SPDX-License-Identifier: MIT
#pragma once

#include "core/input_error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <stdexcept>

namespace fg::core::detail {

/// One row of an enumeration's table: the value, its stable storage code (ASCII, never
/// renamed once projects carry it) and its English display name (a tr() source string).
template <typename E> struct EnumEntry
{
    E value;
    const char *code;
    const char *name;
};

/// Finds the row of @p value; a value missing from its table is a programming error.
template <typename Table, typename E> const auto &enumEntry(const Table &table, E value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return entry;
    }
    throw std::logic_error("enumeration value missing from its code table");
}

/// Every value of a table in table order.
template <typename Table> auto enumValues(const Table &table)
{
    QList<decltype(table[0].value)> values;
    for (const auto &entry : table)
        values.append(entry.value);
    return values;
}

/// Parses a stored code; an unknown code is bad input (a damaged or newer project file).
/// @p what names the enumeration in the message, e.g. "case status".
template <typename Table> auto enumFromCode(const Table &table, const QString &code, const char *what)
{
    for (const auto &entry : table) {
        if (code == QLatin1String(entry.code))
            return entry.value;
    }
    throw InputError(QString(),
        QCoreApplication::translate("fg::core::EnumTable", "unknown %1 code '%2'")
            .arg(QCoreApplication::translate("fg::core::EnumTable", what), code));
}

} // namespace fg::core::detail
