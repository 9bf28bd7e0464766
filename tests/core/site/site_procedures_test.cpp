// SPDX-License-Identifier: MIT
// The procedures of a proposed site (源头严控, DOMAIN.md §8): which kinds need which, and which
// departments must wait for them.
#include "core/input_error.h"
#include "core/site/site_procedures.h"
#include "core/units.h"

#include <catch2/catch.hpp>

using namespace fg::core;

namespace {

QStringList codes(const QList<SiteProcedure> &procedures)
{
    QStringList list;
    for (const SiteProcedure &p : procedures)
        list << p.code;
    return list;
}

const SiteProcedure *find(const QList<SiteProcedure> &procedures, const QString &code)
{
    for (const SiteProcedure &p : procedures)
        if (p.code == code)
            return &p;
    return nullptr;
}

bool hasDuty(const SiteProcedure &procedure, Department department)
{
    for (const SiteDuty &duty : procedure.duties)
        if (duty.department == department && !duty.duty.isEmpty())
            return true;
    return false;
}

SiteFindings clear()
{
    return {};
}

SiteFindings onBasicFarmland(double mu)
{
    return { muToSquareMetres(mu), muToSquareMetres(mu), 0 };
}

} // namespace

TEST_CASE(
    "A construction site on clear land needs pre-review before 发改 and land approval before 交通 and 住建",
    "[site]")
{
    const QList<SiteProcedure> procedures = SiteProcedures::forSite(SiteKind::Construction, clear());
    CHECK(codes(procedures) == QStringList { "land_pre_review", "construction_land_approval" });
    REQUIRE(find(procedures, "land_pre_review"));
    CHECK(hasDuty(*find(procedures, "land_pre_review"), Department::DevelopmentReform));
    const SiteProcedure *land = find(procedures, "construction_land_approval");
    REQUIRE(land);
    CHECK(hasDuty(*land, Department::Transport));
    CHECK(hasDuty(*land, Department::HousingConstruction));
    CHECK(SiteProcedures::departments(procedures)
        == QList<Department> {
            Department::DevelopmentReform, Department::Transport, Department::HousingConstruction });
    for (const SiteProcedure &p : procedures)
        CHECK_FALSE(p.prohibitive);
}

TEST_CASE("On basic farmland a construction site needs the State Council's approval, said with its figure",
    "[site]")
{
    const QList<SiteProcedure> procedures
        = SiteProcedures::forSite(SiteKind::Construction, onBasicFarmland(8));
    CHECK(codes(procedures)
        == QStringList { "land_pre_review", "construction_land_approval", "cultivated_balance",
            "basic_farmland_state_council" });
    const SiteProcedure *council = find(procedures, "basic_farmland_state_council");
    REQUIRE(council);
    CHECK(council->reason.contains("8.00 mu"));
    CHECK(council->reason.contains("State Council"));
    CHECK(find(procedures, "cultivated_balance")->reason.contains("8.00 mu"));
}

TEST_CASE("Land counts as occupied only when its printed figure is above 0.00 mu", "[site]")
{
    // 3.3 m² is 0.00495 mu: printed 0.00, so no basic-farmland procedure; 3.34 m² prints 0.01.
    SiteFindings sliver { 3.3, 3.3, 0 };
    CHECK(codes(SiteProcedures::forSite(SiteKind::Construction, sliver)).size() == 2);
    sliver = { 3.34, 3.34, 0 };
    CHECK(find(SiteProcedures::forSite(SiteKind::Construction, sliver), "basic_farmland_state_council"));
}

TEST_CASE("Homesteads: township approval with 农业农村 guiding, never on basic farmland", "[site]")
{
    const QList<SiteProcedure> plain = SiteProcedures::forSite(SiteKind::Homestead, clear());
    CHECK(codes(plain) == QStringList { "homestead_approval" });
    CHECK(plain.first().grantedBy == Department::Township);
    CHECK(hasDuty(plain.first(), Department::AgricultureRural));

    const QList<SiteProcedure> onBf = SiteProcedures::forSite(SiteKind::Homestead, onBasicFarmland(0.4));
    CHECK(codes(onBf)
        == QStringList { "homestead_approval", "homestead_conversion", "homestead_basic_farmland" });
    CHECK(find(onBf, "homestead_basic_farmland")->prohibitive);
    CHECK_FALSE(find(onBf, "homestead_conversion")->prohibitive);
    // No 发改 pre-review for a household's house.
    CHECK_FALSE(SiteProcedures::departments(onBf).contains(Department::DevelopmentReform));
}

TEST_CASE("Facility agriculture: filing with 农业农村 and mapping, plough layer on basic farmland", "[site]")
{
    const QList<SiteProcedure> plain = SiteProcedures::forSite(SiteKind::FacilityAgriculture, clear());
    CHECK(codes(plain) == QStringList { "facility_filing" });
    CHECK(hasDuty(plain.first(), Department::AgricultureRural));
    CHECK(hasDuty(plain.first(), Department::NaturalResources));
    const QList<SiteProcedure> onBf
        = SiteProcedures::forSite(SiteKind::FacilityAgriculture, onBasicFarmland(2));
    CHECK(codes(onBf) == QStringList { "facility_filing", "facility_cultivated", "facility_basic_farmland" });
    CHECK(find(onBf, "facility_basic_farmland")->reason.contains("plough layer"));
}

TEST_CASE("Burial sites: 民政 guides the selection, never on cultivated land", "[site]")
{
    const QList<SiteProcedure> plain = SiteProcedures::forSite(SiteKind::Burial, clear());
    CHECK(codes(plain) == QStringList { "burial_site" });
    CHECK(plain.first().grantedBy == Department::CivilAffairs);
    const SiteFindings cultivated { 0, muToSquareMetres(1.5), 0 };
    const QList<SiteProcedure> onField = SiteProcedures::forSite(SiteKind::Burial, cultivated);
    CHECK(codes(onField) == QStringList { "burial_site", "burial_farmland" });
    CHECK(find(onField, "burial_farmland")->prohibitive);
    CHECK(find(onField, "burial_farmland")->reason.contains("1.50 mu"));
}

TEST_CASE("An open case on the land holds every kind of site", "[site]")
{
    for (SiteKind kind : allSiteKinds()) {
        const QList<SiteProcedure> procedures = SiteProcedures::forSite(kind, { 0, 0, 2 });
        const SiteProcedure *open = find(procedures, "open_case");
        REQUIRE(open);
        CHECK(open->reason.contains("2 open case"));
        CHECK(hasDuty(*open, Department::NaturalResources));
    }
}

TEST_CASE("Site kinds read codes and the words officers write", "[site]")
{
    CHECK(siteKindFromText("construction") == SiteKind::Construction);
    CHECK(siteKindFromText(QString::fromUtf8("宅基地")) == SiteKind::Homestead);
    CHECK(siteKindFromText(QString::fromUtf8("设施农业")) == SiteKind::FacilityAgriculture);
    CHECK(siteKindFromText(QString::fromUtf8("墓地")) == SiteKind::Burial);
    CHECK(siteKindFromText(QString::fromUtf8("殡葬")) == SiteKind::Burial);
    CHECK(siteKindFromText("OTHER") == SiteKind::Other);
    CHECK_THROWS_AS(siteKindFromText("factory"), InputError);
    for (SiteKind kind : allSiteKinds())
        CHECK(siteKindFromText(siteKindCode(kind)) == kind);
}

TEST_CASE("Approvals on the land are named, and bind the project to their use and period", "[site]")
{
    SiteFindings findings;
    findings.approvals = 1;
    const QList<SiteProcedure> procedures = SiteProcedures::forSite(SiteKind::Construction, findings);
    const SiteProcedure *approved = find(procedures, "approved_land");
    REQUIRE(approved);
    CHECK(approved->reason.contains("1 approval"));
    CHECK(hasDuty(*approved, Department::NaturalResources));
    CHECK_FALSE(find(SiteProcedures::forSite(SiteKind::Construction, clear()), "approved_land"));
}
