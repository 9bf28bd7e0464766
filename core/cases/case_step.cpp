// SPDX-License-Identifier: MIT
#include "core/cases/case_step.h"

#include "core/cases/enum_table.h"

#include <array>

namespace fg::core {

namespace {
using Entry = detail::EnumEntry<Penalty>;
constexpr std::array<Entry, 3> kPenalties = { {
    { Penalty::Demolish, "demolish", QT_TRANSLATE_NOOP("fg::core::Penalty", "Demolish and restore") },
    { Penalty::Confiscate, "confiscate", QT_TRANSLATE_NOOP("fg::core::Penalty", "Confiscate") },
    { Penalty::Fine, "fine", QT_TRANSLATE_NOOP("fg::core::Penalty", "Fine") },
} };
} // namespace

QString penaltyCode(Penalty penalty)
{
    return QLatin1String(detail::enumEntry(kPenalties, penalty).code);
}

Penalty penaltyFromCode(const QString &code)
{
    return detail::enumFromCode(kPenalties, code, QT_TRANSLATE_NOOP("fg::core::EnumTable", "penalty"));
}

QString penaltyName(Penalty penalty)
{
    return QCoreApplication::translate("fg::core::Penalty", detail::enumEntry(kPenalties, penalty).name);
}

} // namespace fg::core
