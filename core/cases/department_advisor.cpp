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
constexpr std::array<DutyRow, 14> kDuties = { {
    { VT::RuralHousing, D::Township, kLead, QT_TRANSLATE_NOOP("fg::core::DepartmentAdvisor", "the township stops rural housing on cultivated land") },
    { VT::RuralHousing, D::AgricultureRural, kInvolved, QT_TRANSLATE_NOOP("fg::core::DepartmentAdvisor", "homestead management") },
    { VT::FacilityAgriculture, D::AgricultureRural, kLead,
        QT_TRANSLATE_NOOP("fg::core::DepartmentAdvisor", "facility agriculture and greenhouse houses") },
    { VT::NonGrainUse, D::AgricultureRural, kLead,
        QT_TRANSLATE_NOOP("fg::core::DepartmentAdvisor", "non-grain use and abandoned cultivated land") },
    { VT::LakeDigging, D::WaterResources, kLead, QT_TRANSLATE_NOOP("fg::core::DepartmentAdvisor", "lakes, landscapes and water projects") },
    { VT::Afforestation, D::Forestry, kLead, QT_TRANSLATE_NOOP("fg::core::DepartmentAdvisor", "afforestation and green belts") },
    { VT::Afforestation, D::Transport, kInvolved, QT_TRANSLATE_NOOP("fg::core::DepartmentAdvisor", "green belts along roads") },
    { VT::Graves, D::CivilAffairs, kLead, QT_TRANSLATE_NOOP("fg::core::DepartmentAdvisor", "burial land") },
    { VT::ReserveConstruction, D::EcologyEnvironment, kLead, QT_TRANSLATE_NOOP("fg::core::DepartmentAdvisor", "construction in nature reserves") },
    { VT::Mining, D::NaturalResources, kLead, QT_TRANSLATE_NOOP("fg::core::DepartmentAdvisor", "mining on farmland") },
    { VT::TransportWithoutApproval, D::Transport, kLead,
        QT_TRANSLATE_NOOP("fg::core::DepartmentAdvisor", "no construction permit for transport projects without land approval") },
    { VT::MunicipalWorks, D::HousingConstruction, kLead,
        QT_TRANSLATE_NOOP("fg::core::DepartmentAdvisor", "municipal and building works without approval") },
    { VT::GovernmentProject, D::DevelopmentReform, kLead,
        QT_TRANSLATE_NOOP("fg::core::DepartmentAdvisor", "government-invested projects without land pre-approval") },
    { VT::EnterpriseViolation, D::MarketRegulation, kLead,
        QT_TRANSLATE_NOOP("fg::core::DepartmentAdvisor", "the enterprise's credit record is made public") },
} };

// The bodies 源头严控 names (DOMAIN.md §5 "all departments and utilities", §8): approvals,
// permits, licences and funds from the departments; water, power, gas and loans from the
// companies and lenders.
constexpr std::array<Department, 15> kJointDiscipline = { {
    D::DevelopmentReform, D::HousingConstruction, D::Transport, D::MarketRegulation, D::EmergencyManagement,
    D::Education, D::CultureTourism, D::HealthCommission, D::FireRescue, D::Energy, D::Finance, D::WaterSupply,
    D::PowerSupply, D::GasSupply, D::FinancialInstitutions,
} };

void addOnce(QList<DepartmentSuggestion> &list, Department department, DepartmentRole role, const QString &reason)
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

DepartmentAdvice DepartmentAdvisor::advise(const CaseFile &file, ReserveCheck reserve)
{
    DepartmentAdvice advice;
    QList<DepartmentSuggestion> &s = advice.suggestions;
    s = forViolation(file.violationType());
    if (file.violationType() == ViolationType::Mining) {
        if (reserve == ReserveCheck::Inside)
            addOnce(s, D::EcologyEnvironment, kInvolved, tr("the mining site lies in a nature reserve"));
        else if (reserve == ReserveCheck::Unknown)
            advice.notes << tr("Whether the mining site lies in a nature reserve (then 市生态环境局平顺分局 takes part) "
                               "needs a nature-reserve layer, which the project does not have: check by hand.");
    }
    if (file.thresholdFlag() == ThresholdFlag::Reached) {
        addOnce(s, D::DisciplineInspection, kInvolved,
            tr("the case reaches an accountability threshold: officials' responsibility is examined (既处理事、又处理人)"));
        addOnce(s, D::PublicSecurity, kInvolved,
            tr("the occupied area reaches the criminal standard of 法释〔2000〕14号 art. 3: consider a referral"));
    }
    if (file.crimeSuspectedAt().isValid()) {
        addOnce(s, D::PublicSecurity, kLead, tr("a suspected crime is investigated"));
        addOnce(s, D::Procuratorate, kInvolved, tr("the procuratorate takes part early in a suspected crime"));
    }
    if (file.misconductSuspectedAt().isValid())
        addOnce(s, D::DisciplineInspection, kLead, tr("officials' misconduct behind the case"));
    if (file.courtEnforced())
        addOnce(s, D::Court, kLead, tr("forced execution of the decision"));
    if (file.hasPenalty(Penalty::Demolish))
        addOnce(s, D::AgricultureRural, kInvolved, tr("reclamation acceptance together with the natural resources bureau"));
    if (file.hasPenalty(Penalty::Confiscate))
        addOnce(s, D::Finance, kInvolved, tr("confiscated buildings and land are handed to the finance bureau"));
    return advice;
}

QList<DepartmentSuggestion> DepartmentAdvisor::forCase(const CaseFile &file)
{
    return advise(file).suggestions;
}

QList<Department> DepartmentAdvisor::transferOrder(const CaseFile &file, ReserveCheck reserve)
{
    QList<Department> order;
    for (const DepartmentSuggestion &suggestion : advise(file, reserve).suggestions)
        order.append(suggestion.department);
    for (Department department : allDepartments())
        if (!order.contains(department))
            order.append(department);
    return order;
}

QList<Department> DepartmentAdvisor::jointDisciplineRecipients()
{
    return QList<Department>(kJointDiscipline.begin(), kJointDiscipline.end());
}

} // namespace fg::core
