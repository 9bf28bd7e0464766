// SPDX-License-Identifier: MIT
#include "core/cases/department_advisor.h"

#include "core/cases/case_file.h"

#include <array>

namespace fg::core {

namespace {

struct DutyRow
{
    ViolationType type;
    Department department;
    DepartmentRole role;
    const char *reason;
};

using VT = ViolationType;
using D = Department;
constexpr DepartmentRole kLead = DepartmentRole::Lead;
constexpr DepartmentRole kInvolved = DepartmentRole::Involved;

// DOMAIN.md §5, section 二 of the notice (department duties). QT_TRANSLATE_NOOP is spelled out
// in every row: lupdate does not expand macros, so a wrapper would hide the strings from it.
constexpr std::array<DutyRow, 12> kDuties = { {
    { VT::RuralHousing, D::Township, kLead, QT_TRANSLATE_NOOP("fg::core::DepartmentAdvisor", "the township stops rural housing on cultivated land") },
    { VT::RuralHousing, D::AgricultureRural, kInvolved, QT_TRANSLATE_NOOP("fg::core::DepartmentAdvisor", "homestead management") },
    { VT::FacilityAgriculture, D::AgricultureRural, kLead,
        QT_TRANSLATE_NOOP("fg::core::DepartmentAdvisor", "facility agriculture, greenhouse houses and non-grain use") },
    { VT::LakeDigging, D::WaterResources, kLead, QT_TRANSLATE_NOOP("fg::core::DepartmentAdvisor", "lakes, landscapes and water projects") },
    { VT::Afforestation, D::Forestry, kLead, QT_TRANSLATE_NOOP("fg::core::DepartmentAdvisor", "afforestation and green belts") },
    { VT::Afforestation, D::Transport, kInvolved, QT_TRANSLATE_NOOP("fg::core::DepartmentAdvisor", "green belts along roads") },
    { VT::Graves, D::CivilAffairs, kLead, QT_TRANSLATE_NOOP("fg::core::DepartmentAdvisor", "burial land") },
    { VT::ReserveConstruction, D::EcologyEnvironment, kLead, QT_TRANSLATE_NOOP("fg::core::DepartmentAdvisor", "construction in nature reserves") },
    { VT::TransportWithoutApproval, D::Transport, kLead,
        QT_TRANSLATE_NOOP("fg::core::DepartmentAdvisor", "no construction permit for transport projects without land approval") },
    { VT::MunicipalWorks, D::HousingConstruction, kLead,
        QT_TRANSLATE_NOOP("fg::core::DepartmentAdvisor", "municipal and building works without approval") },
    { VT::GovernmentProject, D::DevelopmentReform, kLead,
        QT_TRANSLATE_NOOP("fg::core::DepartmentAdvisor", "government-invested projects without land pre-approval") },
    { VT::EnterpriseViolation, D::MarketRegulation, kLead,
        QT_TRANSLATE_NOOP("fg::core::DepartmentAdvisor", "the enterprise's credit record is made public") },
} };
#undef FG_DUTY

void addOnce(
    QList<DepartmentSuggestion> &list, Department department, DepartmentRole role, const QString &reason)
{
    for (const DepartmentSuggestion &existing : list) {
        if (existing.department == department)
            return;
    }
    list.append({ department, role, reason });
}

} // namespace

QList<DepartmentSuggestion> DepartmentAdvisor::forViolation(ViolationType type)
{
    QList<DepartmentSuggestion> suggestions;
    for (const DutyRow &row : kDuties) {
        if (row.type == type)
            suggestions.append({ row.department, row.role, tr(row.reason) });
    }
    return suggestions;
}

QList<DepartmentSuggestion> DepartmentAdvisor::forCase(const CaseFile &file)
{
    QList<DepartmentSuggestion> suggestions = forViolation(file.violationType());
    if (file.crimeSuspectedAt().isValid()) {
        addOnce(suggestions, Department::PublicSecurity, kLead, tr("a suspected crime is investigated"));
        addOnce(suggestions, Department::Procuratorate, kInvolved,
            tr("the procuratorate takes part early in a suspected crime"));
    }
    if (file.misconductSuspectedAt().isValid())
        addOnce(suggestions, Department::DisciplineInspection, kLead,
            tr("officials' misconduct behind the case"));
    if (file.courtEnforced())
        addOnce(suggestions, Department::Court, kLead, tr("forced execution of the decision"));
    if (file.hasPenalty(Penalty::Demolish))
        addOnce(suggestions, Department::AgricultureRural, kInvolved,
            tr("reclamation acceptance together with the natural resources bureau"));
    return suggestions;
}

} // namespace fg::core
