// SPDX-License-Identifier: MIT
#include "core/cases/department.h"

#include "core/cases/enum_table.h"

#include <array>

namespace fg::core {

namespace {
using Entry = detail::EnumEntry<Department>;
constexpr std::array<Entry, 15> kDepartments = { {
    { Department::DisciplineInspection, "discipline_inspection",
        QT_TRANSLATE_NOOP(
            "fg::core::Department", "County Commission for Discipline Inspection and Supervision") },
    { Department::PublicSecurity, "public_security",
        QT_TRANSLATE_NOOP("fg::core::Department", "County Public Security Bureau") },
    { Department::Procuratorate, "procuratorate",
        QT_TRANSLATE_NOOP("fg::core::Department", "County Procuratorate") },
    { Department::Court, "court", QT_TRANSLATE_NOOP("fg::core::Department", "County Court") },
    { Department::Township, "township", QT_TRANSLATE_NOOP("fg::core::Department", "Township government") },
    { Department::AgricultureRural, "agriculture_rural",
        QT_TRANSLATE_NOOP("fg::core::Department", "Agriculture and Rural Affairs Bureau") },
    { Department::WaterResources, "water_resources",
        QT_TRANSLATE_NOOP("fg::core::Department", "Water Resources Bureau") },
    { Department::Forestry, "forestry", QT_TRANSLATE_NOOP("fg::core::Department", "Forestry Bureau") },
    { Department::Transport, "transport", QT_TRANSLATE_NOOP("fg::core::Department", "Transport Bureau") },
    { Department::CivilAffairs, "civil_affairs",
        QT_TRANSLATE_NOOP("fg::core::Department", "Civil Affairs Bureau") },
    { Department::EcologyEnvironment, "ecology_environment",
        QT_TRANSLATE_NOOP(
            "fg::core::Department", "Municipal Ecology and Environment Bureau, Pingshun Branch") },
    { Department::HousingConstruction, "housing_construction",
        QT_TRANSLATE_NOOP("fg::core::Department", "Housing and Urban-Rural Construction Bureau") },
    { Department::DevelopmentReform, "development_reform",
        QT_TRANSLATE_NOOP("fg::core::Department", "Development, Reform, Science and Technology Bureau") },
    { Department::MarketRegulation, "market_regulation",
        QT_TRANSLATE_NOOP("fg::core::Department", "Market Regulation Bureau") },
    { Department::NaturalResources, "natural_resources",
        QT_TRANSLATE_NOOP("fg::core::Department", "Natural Resources Bureau") },
} };
} // namespace

QList<Department> allDepartments()
{
    return detail::enumValues(kDepartments);
}

QString departmentCode(Department department)
{
    return QLatin1String(detail::enumEntry(kDepartments, department).code);
}

Department departmentFromCode(const QString &code)
{
    return detail::enumFromCode(kDepartments, code, QT_TRANSLATE_NOOP("fg::core::EnumTable", "department"));
}

QString departmentName(Department department)
{
    return QCoreApplication::translate(
        "fg::core::Department", detail::enumEntry(kDepartments, department).name);
}

} // namespace fg::core
