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
        { VT::LakeDigging, { D::WaterResources } },
        { VT::Afforestation, { D::Forestry, D::Transport } },
        { VT::Graves, { D::CivilAffairs } },
        { VT::ReserveConstruction, { D::EcologyEnvironment } },
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
