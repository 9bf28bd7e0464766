// SPDX-License-Identifier: MIT
#include "core/cases/accountability_record.h"

#include "core/cases/enum_table.h"

#include <array>

namespace fg::core {

namespace {
using Entry = detail::EnumEntry<AccountabilityOrgan>;
constexpr std::array<Entry, 4> kOrgans = { {
    { AccountabilityOrgan::Unstated, "", QT_TRANSLATE_NOOP("fg::core::AccountabilityOrgan", "organ not recorded") },
    { AccountabilityOrgan::DisciplineInspection, "discipline_inspection",
        QT_TRANSLATE_NOOP(
            "fg::core::AccountabilityOrgan", "County Commission for Discipline Inspection and Supervision") },
    { AccountabilityOrgan::Organization, "organization",
        QT_TRANSLATE_NOOP("fg::core::AccountabilityOrgan", "County Party Committee Organization Department") },
    { AccountabilityOrgan::Bureau, "natural_resources",
        QT_TRANSLATE_NOOP("fg::core::AccountabilityOrgan", "Natural Resources Bureau") },
} };
} // namespace

QList<AccountabilityOrgan> accountabilityOrgans()
{
    QList<AccountabilityOrgan> organs = detail::enumValues(kOrgans);
    organs.removeAll(AccountabilityOrgan::Unstated);
    return organs;
}

QString accountabilityOrganCode(AccountabilityOrgan organ)
{
    return QLatin1String(detail::enumEntry(kOrgans, organ).code);
}

AccountabilityOrgan accountabilityOrganFromCode(const QString &code)
{
    return detail::enumFromCode(kOrgans, code, QT_TRANSLATE_NOOP("fg::core::EnumTable", "accountability organ"));
}

std::optional<AccountabilityOrgan> accountabilityOrganFromText(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    static const std::pair<const char *, AccountabilityOrgan> kNames[] = {
        { "纪委监委", AccountabilityOrgan::DisciplineInspection },
        { "县纪委监委", AccountabilityOrgan::DisciplineInspection },
        { "组织部", AccountabilityOrgan::Organization },
        { "县委组织部", AccountabilityOrgan::Organization },
        { "自然资源局", AccountabilityOrgan::Bureau },
        { "县自然资源局", AccountabilityOrgan::Bureau },
    };
    for (const auto &[name, organ] : kNames) {
        if (t == QString::fromUtf8(name))
            return organ;
    }
    for (AccountabilityOrgan organ : accountabilityOrgans()) {
        if (t == accountabilityOrganCode(organ) || t == accountabilityOrganName(organ))
            return organ;
    }
    return std::nullopt;
}

QString accountabilityOrganName(AccountabilityOrgan organ)
{
    return QCoreApplication::translate("fg::core::AccountabilityOrgan", detail::enumEntry(kOrgans, organ).name);
}

} // namespace fg::core
