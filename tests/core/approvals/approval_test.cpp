// SPDX-License-Identifier: MIT
#include "core/approvals/approval.h"
#include "core/input_error.h"

#include <catch2/catch.hpp>

using namespace fg::core;

namespace {

Approval approval(ApprovalKind kind, QDate from, QDate to)
{
    Approval a;
    a.documentNumber = QStringLiteral("平政地〔2023〕7号");
    a.kind = kind;
    a.approvedOn = from;
    a.validTo = to;
    return a;
}

} // namespace

TEST_CASE("an approval covers only the uses of its kind", "[approvals]")
{
    const QDate day(2024, 5, 1);
    const Approval conversion = approval(ApprovalKind::Conversion, QDate(2023, 1, 1), {});
    CHECK(conversion.covers(ViolationType::EnterpriseViolation, day));
    CHECK(conversion.covers(ViolationType::RuralHousing, day));
    CHECK_FALSE(conversion.covers(ViolationType::FacilityAgriculture, day));
    CHECK_FALSE(conversion.covers(ViolationType::ReserveConstruction, day));
    CHECK_FALSE(conversion.covers(ViolationType::NonGrainUse, day));
    const Approval homestead = approval(ApprovalKind::Homestead, QDate(2023, 1, 1), {});
    CHECK(homestead.covers(ViolationType::RuralHousing, day));
    CHECK_FALSE(homestead.covers(ViolationType::EnterpriseViolation, day));
    const Approval facility = approval(ApprovalKind::FacilityAgriculture, QDate(2023, 1, 1), {});
    CHECK(facility.covers(ViolationType::FacilityAgriculture, day));
    CHECK_FALSE(facility.covers(ViolationType::RuralHousing, day));
    const Approval temporary = approval(ApprovalKind::Temporary, QDate(2023, 1, 1), QDate(2025, 1, 1));
    CHECK(temporary.covers(ViolationType::Mining, day));
    CHECK_FALSE(temporary.covers(ViolationType::RuralHousing, day));
    CHECK_FALSE(temporary.covers(ViolationType::Graves, day));
}

TEST_CASE(
    "an approval covers its period: before it nothing, a temporary permit is unlawful from its end date",
    "[approvals]")
{
    Approval conversion = approval(ApprovalKind::Conversion, QDate(2023, 3, 1), QDate(2024, 2, 29));
    CHECK_FALSE(conversion.validOn(QDate(2023, 2, 28)));
    CHECK(conversion.validOn(QDate(2023, 3, 1)));
    CHECK(conversion.validOn(QDate(2024, 2, 29))); // a 批复's last day is covered
    CHECK_FALSE(conversion.validOn(QDate(2024, 3, 1)));
    conversion.validFrom = QDate(2023, 6, 1); // approved on 3-01, in force from 6-01
    CHECK_FALSE(conversion.validOn(QDate(2023, 5, 31)));
    CHECK(conversion.validOn(QDate(2023, 6, 1)));
    const Approval temporary = approval(ApprovalKind::Temporary, QDate(2022, 1, 1), QDate(2024, 1, 1));
    CHECK(temporary.covers(ViolationType::TransportWithoutApproval, QDate(2023, 12, 31)));
    CHECK_FALSE(temporary.covers(ViolationType::TransportWithoutApproval, QDate(2024, 1, 1)));
    CHECK_FALSE(temporary.covers(ViolationType::TransportWithoutApproval, QDate(2024, 6, 1)));
    CHECK_FALSE(temporary.validOn(QDate())); // an incident without a date is judged elsewhere
}

TEST_CASE("an approval record names what is missing, kinds read from codes and Chinese words", "[approvals]")
{
    Approval temporary = approval(ApprovalKind::Temporary, QDate(2023, 1, 1), {});
    temporary.documentNumber.clear();
    const QStringList problems = temporary.problems();
    REQUIRE(problems.size() == 2);
    CHECK(problems.at(0).contains(QStringLiteral("document number")));
    CHECK(problems.at(1).contains(QStringLiteral("end date")));
    const Approval backwards = approval(ApprovalKind::Conversion, QDate(2023, 5, 1), QDate(2023, 4, 1));
    CHECK(backwards.problems().join(QLatin1Char(' ')).contains(QStringLiteral("before it starts")));
    CHECK(approval(ApprovalKind::Homestead, QDate(2023, 5, 1), {}).problems().isEmpty());

    CHECK(approvalKindFromText(QStringLiteral("农用地转用批复")) == ApprovalKind::Conversion);
    CHECK(approvalKindFromText(QStringLiteral("土地征收")) == ApprovalKind::Conversion);
    CHECK(approvalKindFromText(QStringLiteral("临时用地")) == ApprovalKind::Temporary);
    CHECK(approvalKindFromText(QStringLiteral("设施农用地备案")) == ApprovalKind::FacilityAgriculture);
    CHECK(approvalKindFromText(QStringLiteral(" 宅基地审批 ")) == ApprovalKind::Homestead);
    CHECK(approvalKindFromText(QStringLiteral("temporary")) == ApprovalKind::Temporary);
    for (ApprovalKind kind : allApprovalKinds())
        CHECK(approvalKindFromText(approvalKindCode(kind)) == kind);
    CHECK_THROWS_AS(approvalKindFromText(QStringLiteral("采矿许可")), InputError);
}
