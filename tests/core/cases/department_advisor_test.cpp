// SPDX-License-Identifier: MIT
#include "case_fixture.h"

#include "core/cases/department_advisor.h"
#include "core/input_error.h"

#include <QSet>

using namespace fg::core;
using namespace fg::core::test;
using VT = ViolationType;
using D = Department;

namespace {
QList<D> departments(const QList<DepartmentSuggestion> &suggestions)
{
    QList<D> list;
    for (const DepartmentSuggestion &suggestion : suggestions) {
        CHECK_FALSE(suggestion.reason.isEmpty());
        list.append(suggestion.department);
    }
    return list;
}
} // namespace

TEST_CASE("each violation type suggests the departments of the notice, lead first")
{
    // DOMAIN.md §5, row by row.
    const QList<QPair<VT, QList<D>>> expected = {
        { VT::RuralHousing, { D::Township, D::AgricultureRural } },
        { VT::FacilityAgriculture, { D::AgricultureRural } },
        { VT::NonGrainUse, { D::AgricultureRural } },
        { VT::LakeDigging, { D::WaterResources } },
        { VT::Afforestation, { D::Forestry, D::Transport } },
        { VT::Graves, { D::CivilAffairs } },
        { VT::ReserveConstruction, { D::EcologyEnvironment } },
        { VT::Mining, { D::NaturalResources } },
        { VT::TransportWithoutApproval, { D::Transport } },
        { VT::MunicipalWorks, { D::HousingConstruction } },
        { VT::GovernmentProject, { D::DevelopmentReform } },
        { VT::EnterpriseViolation, { D::MarketRegulation } },
        { VT::Other, {} },
    };
    REQUIRE(expected.size() == allViolationTypes().size());
    for (const auto &[type, wanted] : expected) {
        INFO(violationTypeCode(type).toStdString());
        const auto suggestions = DepartmentAdvisor::forViolation(type);
        CHECK(departments(suggestions) == wanted);
        if (!suggestions.isEmpty())
            CHECK(suggestions.first().role == DepartmentRole::Lead);
    }
    CHECK(DepartmentAdvisor::forViolation(VT::Afforestation).at(1).role == DepartmentRole::Involved);
}

TEST_CASE("a case's facts add public security, the procuratorate, the discipline commission and the court")
{
    const CaseWorkflow workflow;
    CaseFile file = openCase(at(2025, 3, 3));
    file.setViolationType(VT::FacilityAgriculture);
    CHECK(departments(DepartmentAdvisor::forCase(file)) == QList<D> { D::AgricultureRural });

    file.setCrimeSuspectedAt(at(2025, 3, 4));
    file.setMisconductSuspectedAt(at(2025, 3, 5));
    drive(workflow, file, { CaseAction::Verify, CaseAction::Stop, CaseAction::File, CaseAction::Decide });
    CaseStep execute = makeStep(CaseAction::Execute, at(2025, 4, 1));
    execute.courtEnforced = true;
    REQUIRE(workflow.apply(file, execute).accepted);

    // The agriculture bureau already leads; the demolition does not list it twice.
    CHECK(departments(DepartmentAdvisor::forCase(file))
        == QList<D> {
            D::AgricultureRural, D::PublicSecurity, D::Procuratorate, D::DisciplineInspection, D::Court });
}

TEST_CASE("a demolition brings the agriculture bureau into the reclamation acceptance")
{
    const CaseWorkflow workflow;
    CaseFile file = openCase(at(2025, 3, 3));
    file.setViolationType(VT::Graves);
    drive(workflow, file, { CaseAction::Verify, CaseAction::Stop, CaseAction::File, CaseAction::Decide });
    const auto suggestions = DepartmentAdvisor::forCase(file);
    CHECK(departments(suggestions) == QList<D> { D::CivilAffairs, D::AgricultureRural });
    CHECK(suggestions.at(1).role == DepartmentRole::Involved);
}

TEST_CASE("department and violation type codes are unique and round-trip")
{
    QSet<QString> codes;
    for (D department : allDepartments()) {
        codes.insert(departmentCode(department));
        CHECK(departmentFromCode(departmentCode(department)) == department);
        CHECK_FALSE(departmentName(department).isEmpty());
    }
    CHECK(codes.size() == allDepartments().size());
    codes.clear();
    for (VT type : allViolationTypes()) {
        codes.insert(violationTypeCode(type));
        CHECK(violationTypeFromCode(violationTypeCode(type)) == type);
        CHECK_FALSE(violationTypeName(type).isEmpty());
    }
    CHECK(codes.size() == allViolationTypes().size());
    CHECK(departmentCode(D::DisciplineInspection) == QStringLiteral("discipline_inspection"));
    CHECK(violationTypeCode(VT::RuralHousing) == QStringLiteral("rural_housing"));
    CHECK_THROWS_AS(departmentFromCode(QStringLiteral("police")), InputError);
}

TEST_CASE("stored department codes keep reading: the first fifteen are unchanged, new bodies appended")
{
    // Codes projects already hold (schema 1..5), in their original order.
    const QStringList stored { "discipline_inspection", "public_security", "procuratorate", "court", "township",
        "agriculture_rural", "water_resources", "forestry", "transport", "civil_affairs", "ecology_environment",
        "housing_construction", "development_reform", "market_regulation", "natural_resources" };
    const QList<D> all = allDepartments();
    REQUIRE(all.size() == 30);
    for (int i = 0; i < stored.size(); ++i) {
        CHECK(departmentCode(all.at(i)) == stored.at(i));
        CHECK(departmentFromCode(stored.at(i)) == all.at(i));
    }
    for (D department : all)
        CHECK_FALSE(departmentDuty(department).isEmpty());
    CHECK(isUtilityOrLender(D::PowerSupply));
    CHECK_FALSE(isUtilityOrLender(D::Finance));
}

TEST_CASE("mining: natural resources leads, the ecology bureau only inside a nature reserve")
{
    CaseFile file = openCase(at(2025, 3, 3));
    file.setViolationType(VT::Mining);
    CHECK(departments(DepartmentAdvisor::advise(file, ReserveCheck::Outside).suggestions) == QList<D> { D::NaturalResources });
    CHECK(DepartmentAdvisor::advise(file, ReserveCheck::Outside).notes.isEmpty());
    CHECK(departments(DepartmentAdvisor::advise(file, ReserveCheck::Inside).suggestions)
        == QList<D> { D::NaturalResources, D::EcologyEnvironment });
    const DepartmentAdvice unknown = DepartmentAdvisor::advise(file, ReserveCheck::Unknown);
    CHECK(departments(unknown.suggestions) == QList<D> { D::NaturalResources });
    REQUIRE(unknown.notes.size() == 1);
    CHECK(unknown.notes.first().contains(QStringLiteral("nature-reserve layer")));
}

TEST_CASE("a threshold case brings the discipline commission and public security, a confiscation the finance bureau")
{
    const CaseWorkflow workflow;
    CaseFile file = openCase(at(2025, 3, 3));
    file.setViolationType(VT::RuralHousing);
    file.setThresholdFlag(ThresholdFlag::Reached);
    CHECK(departments(DepartmentAdvisor::forCase(file))
        == QList<D> { D::Township, D::AgricultureRural, D::DisciplineInspection, D::PublicSecurity });
    drive(workflow, file, { CaseAction::Verify, CaseAction::Stop, CaseAction::ReportMajor, CaseAction::File });
    CaseStep decide = makeStep(CaseAction::Decide, at(2025, 4, 1));
    decide.penalties = { Penalty::Confiscate, Penalty::Fine };
    REQUIRE(workflow.apply(file, decide).accepted);
    CHECK(departments(DepartmentAdvisor::forCase(file)).last() == D::Finance);
}

TEST_CASE("a transfer may go to any department, the suggested ones first")
{
    CaseFile file = openCase(at(2025, 3, 3));
    file.setViolationType(VT::Graves);
    const QList<D> order = DepartmentAdvisor::transferOrder(file);
    CHECK(order.size() == allDepartments().size());
    CHECK(order.first() == D::CivilAffairs);
    CHECK(order.at(1) == D::DisciplineInspection); // then declaration order
    CHECK(QSet<D>(order.begin(), order.end()).size() == order.size());
}

TEST_CASE("the joint-discipline notice goes to the licensing departments, the finance bureau and the utilities")
{
    const QList<D> to = DepartmentAdvisor::jointDisciplineRecipients();
    for (D d : { D::DevelopmentReform, D::HousingConstruction, D::MarketRegulation, D::Finance, D::WaterSupply,
             D::PowerSupply, D::GasSupply, D::FinancialInstitutions, D::EmergencyManagement, D::Education,
             D::CultureTourism, D::HealthCommission, D::FireRescue, D::Energy })
        CHECK(to.contains(d));
    CHECK_FALSE(to.contains(D::PublicSecurity));
}
