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

#define FG_DUTY(text) QT_TRANSLATE_NOOP("fg::core::DepartmentAdvisor", text)
using VT = ViolationType;
using D = Department;
constexpr DepartmentRole kLead = DepartmentRole::Lead;
constexpr DepartmentRole kInvolved = DepartmentRole::Involved;

// DOMAIN.md §5, section 二 of the notice (department duties).
constexpr std::array<DutyRow, 12> kDuties = { {
    { VT::RuralHousing, D::Township, kLead, FG_DUTY("the township stops rural housing on cultivated land") },
    { VT::RuralHousing, D::AgricultureRural, kInvolved, FG_DUTY("homestead management") },
    { VT::FacilityAgriculture, D::AgricultureRural, kLead,
        FG_DUTY("facility agriculture, greenhouse houses and non-grain use") },
    { VT::LakeDigging, D::WaterResources, kLead, FG_DUTY("lakes, landscapes and water projects") },
    { VT::Afforestation, D::Forestry, kLead, FG_DUTY("afforestation and green belts") },
    { VT::Afforestation, D::Transport, kInvolved, FG_DUTY("green belts along roads") },
    { VT::Graves, D::CivilAffairs, kLead, FG_DUTY("burial land") },
    { VT::ReserveConstruction, D::EcologyEnvironment, kLead, FG_DUTY("construction in nature reserves") },
    { VT::TransportWithoutApproval, D::Transport, kLead,
        FG_DUTY("no construction permit for transport projects without land approval") },
    { VT::MunicipalWorks, D::HousingConstruction, kLead,
        FG_DUTY("municipal and building works without approval") },
    { VT::GovernmentProject, D::DevelopmentReform, kLead,
        FG_DUTY("government-invested projects without land pre-approval") },
    { VT::EnterpriseViolation, D::MarketRegulation, kLead,
        FG_DUTY("the enterprise's credit record is made public") },
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
