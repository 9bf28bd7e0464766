// SPDX-License-Identifier: MIT
#include "core/cases/department.h"

#include "core/cases/enum_table.h"

#include <array>

namespace fg::core {

namespace {
using Entry = detail::EnumEntry<Department>;
using D = Department;
// Codes are stored in projects: never change one; add new bodies at the end.
constexpr std::array<Entry, 30> kDepartments = { {
    { D::DisciplineInspection, "discipline_inspection",
        QT_TRANSLATE_NOOP("fg::core::Department", "County Commission for Discipline Inspection and Supervision") },
    { D::PublicSecurity, "public_security", QT_TRANSLATE_NOOP("fg::core::Department", "County Public Security Bureau") },
    { D::Procuratorate, "procuratorate", QT_TRANSLATE_NOOP("fg::core::Department", "County Procuratorate") },
    { D::Court, "court", QT_TRANSLATE_NOOP("fg::core::Department", "County Court") },
    { D::Township, "township", QT_TRANSLATE_NOOP("fg::core::Department", "Township government") },
    { D::AgricultureRural, "agriculture_rural",
        QT_TRANSLATE_NOOP("fg::core::Department", "Agriculture and Rural Affairs Bureau") },
    { D::WaterResources, "water_resources", QT_TRANSLATE_NOOP("fg::core::Department", "Water Resources Bureau") },
    { D::Forestry, "forestry", QT_TRANSLATE_NOOP("fg::core::Department", "Forestry Bureau") },
    { D::Transport, "transport", QT_TRANSLATE_NOOP("fg::core::Department", "Transport Bureau") },
    { D::CivilAffairs, "civil_affairs", QT_TRANSLATE_NOOP("fg::core::Department", "Civil Affairs Bureau") },
    { D::EcologyEnvironment, "ecology_environment",
        QT_TRANSLATE_NOOP("fg::core::Department", "Municipal Ecology and Environment Bureau, Pingshun Branch") },
    { D::HousingConstruction, "housing_construction",
        QT_TRANSLATE_NOOP("fg::core::Department", "Housing and Urban-Rural Construction Bureau") },
    { D::DevelopmentReform, "development_reform",
        QT_TRANSLATE_NOOP("fg::core::Department", "Development, Reform, Science and Technology Bureau") },
    { D::MarketRegulation, "market_regulation", QT_TRANSLATE_NOOP("fg::core::Department", "Market Regulation Bureau") },
    { D::NaturalResources, "natural_resources", QT_TRANSLATE_NOOP("fg::core::Department", "Natural Resources Bureau") },
    { D::Organization, "organization",
        QT_TRANSLATE_NOOP("fg::core::Department", "Organization Department of the County Party Committee") },
    { D::Finance, "finance", QT_TRANSLATE_NOOP("fg::core::Department", "County Finance Bureau") },
    { D::Audit, "audit", QT_TRANSLATE_NOOP("fg::core::Department", "County Audit Bureau") },
    { D::Statistics, "statistics", QT_TRANSLATE_NOOP("fg::core::Department", "County Statistics Bureau") },
    { D::EmergencyManagement, "emergency_management",
        QT_TRANSLATE_NOOP("fg::core::Department", "Emergency Management Bureau") },
    { D::Education, "education", QT_TRANSLATE_NOOP("fg::core::Department", "Education Bureau") },
    { D::CultureTourism, "culture_tourism", QT_TRANSLATE_NOOP("fg::core::Department", "Culture and Tourism Bureau") },
    { D::HealthCommission, "health", QT_TRANSLATE_NOOP("fg::core::Department", "Health Bureau") },
    { D::FireRescue, "fire_rescue", QT_TRANSLATE_NOOP("fg::core::Department", "Fire and Rescue Brigade") },
    { D::Energy, "energy", QT_TRANSLATE_NOOP("fg::core::Department", "Energy Bureau") },
    { D::WaterSupply, "water_supply", QT_TRANSLATE_NOOP("fg::core::Department", "Water supply company") },
    { D::PowerSupply, "power_supply", QT_TRANSLATE_NOOP("fg::core::Department", "Power supply company") },
    { D::GasSupply, "gas_supply", QT_TRANSLATE_NOOP("fg::core::Department", "Gas company") },
    { D::FinancialInstitutions, "financial_institutions",
        QT_TRANSLATE_NOOP("fg::core::Department", "Financial institutions") },
    { D::Village, "village", QT_TRANSLATE_NOOP("fg::core::Department", "Administrative village") },
} };

struct Duty
{
    Department department;
    const char *duty;
};

// The notice's section 二 (DOMAIN.md §5 and §8), one line per body.
constexpr std::array<Duty, 30> kDuties = { {
    { D::DisciplineInspection, QT_TRANSLATE_NOOP("fg::core::DepartmentDuty", "holds officials to account for misconduct behind a case; receives audit clues") },
    { D::PublicSecurity, QT_TRANSLATE_NOOP("fg::core::DepartmentDuty", "investigates suspected crimes of illegal land occupation") },
    { D::Procuratorate, QT_TRANSLATE_NOOP("fg::core::DepartmentDuty", "prosecutes, taking part early in suspected crimes") },
    { D::Court, QT_TRANSLATE_NOOP("fg::core::DepartmentDuty", "enforces decisions by force where needed") },
    { D::Township, QT_TRANSLATE_NOOP("fg::core::DepartmentDuty", "patrols its villages' grid, stops violations on the spot, stops rural housing on cultivated land") },
    { D::AgricultureRural, QT_TRANSLATE_NOOP("fg::core::DepartmentDuty", "homesteads, facility agriculture and greenhouse houses, non-grain use and abandoned land; takes part in reclamation acceptance") },
    { D::WaterResources, QT_TRANSLATE_NOOP("fg::core::DepartmentDuty", "digging fields for lakes and landscapes, water projects") },
    { D::Forestry, QT_TRANSLATE_NOOP("fg::core::DepartmentDuty", "afforestation and green belts on farmland") },
    { D::Transport, QT_TRANSLATE_NOOP("fg::core::DepartmentDuty", "no construction permit for transport projects without land approval; green belts along roads") },
    { D::CivilAffairs, QT_TRANSLATE_NOOP("fg::core::DepartmentDuty", "burial land; guides the choice of burial sites") },
    { D::EcologyEnvironment, QT_TRANSLATE_NOOP("fg::core::DepartmentDuty", "mining, roads and dams in nature reserves") },
    { D::HousingConstruction, QT_TRANSLATE_NOOP("fg::core::DepartmentDuty", "no start of municipal or building works before the land procedures") },
    { D::DevelopmentReform, QT_TRANSLATE_NOOP("fg::core::DepartmentDuty", "approves no feasibility study of a government-invested project without land pre-approval and a site opinion") },
    { D::MarketRegulation, QT_TRANSLATE_NOOP("fg::core::DepartmentDuty", "makes enterprises' violations public in their credit record; no business licence in illegal buildings") },
    { D::NaturalResources, QT_TRANSLATE_NOOP("fg::core::DepartmentDuty", "measures and files cases, mining on farmland, reclamation acceptance, the annual change survey") },
    { D::Organization, QT_TRANSLATE_NOOP("fg::core::DepartmentDuty", "uses the townships' assessment results in appointing and evaluating leaders") },
    { D::Finance, QT_TRANSLATE_NOOP("fg::core::DepartmentDuty", "takes over confiscated buildings and land; funds protection; no funds for illegal land use") },
    { D::Audit, QT_TRANSLATE_NOOP("fg::core::DepartmentDuty", "audits the performance of protection duties on departure; passes clues to the discipline commission") },
    { D::Statistics, QT_TRANSLATE_NOOP("fg::core::DepartmentDuty", "keeps the statistics of the protection targets") },
    { D::EmergencyManagement, QT_TRANSLATE_NOOP("fg::core::DepartmentDuty", "issues no licence for businesses in illegal buildings") },
    { D::Education, QT_TRANSLATE_NOOP("fg::core::DepartmentDuty", "issues no licence for businesses in illegal buildings") },
    { D::CultureTourism, QT_TRANSLATE_NOOP("fg::core::DepartmentDuty", "issues no licence for businesses in illegal buildings") },
    { D::HealthCommission, QT_TRANSLATE_NOOP("fg::core::DepartmentDuty", "issues no licence for businesses in illegal buildings") },
    { D::FireRescue, QT_TRANSLATE_NOOP("fg::core::DepartmentDuty", "issues no fire-safety approval for businesses in illegal buildings") },
    { D::Energy, QT_TRANSLATE_NOOP("fg::core::DepartmentDuty", "issues no licence for businesses in illegal buildings") },
    { D::WaterSupply, QT_TRANSLATE_NOOP("fg::core::DepartmentDuty", "supplies no water to illegal land use") },
    { D::PowerSupply, QT_TRANSLATE_NOOP("fg::core::DepartmentDuty", "supplies no power to illegal land use") },
    { D::GasSupply, QT_TRANSLATE_NOOP("fg::core::DepartmentDuty", "supplies no gas to illegal land use") },
    { D::FinancialInstitutions, QT_TRANSLATE_NOOP("fg::core::DepartmentDuty", "grants no loans for illegal land use") },
    { D::Village, QT_TRANSLATE_NOOP("fg::core::DepartmentDuty", "patrols daily and reports a clue to the township at once") },
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
    return QCoreApplication::translate("fg::core::Department", detail::enumEntry(kDepartments, department).name);
}

QString departmentDuty(Department department)
{
    for (const Duty &duty : kDuties)
        if (duty.department == department)
            return QCoreApplication::translate("fg::core::DepartmentDuty", duty.duty);
    return {};
}

bool isUtilityOrLender(Department department)
{
    return department == D::WaterSupply || department == D::PowerSupply || department == D::GasSupply
        || department == D::FinancialInstitutions;
}

} // namespace fg::core
