// SPDX-License-Identifier: MIT
#include "gis/usecases/township_assessment.h"

#include "core/units.h"
#include "gis/patrol/cell_probes.h"
#include "gis/store/assessment_records.h"
#include "gis/usecases/approval_importer.h"
#include "gis/usecases/incident_importer.h"
#include "gis/usecases/project_rules.h"
#include "gis/usecases/sample_assessment.h"
#include "sample_projects.h"
#include "support/approval_geojson.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace fg;
using namespace fg::gis;
using fg::gis::test::SampleProjects;

namespace {

const QString kShort = QStringLiteral("西沟乡");

const core::VetoTrigger *trigger(const TownshipAssessmentRow &row, core::VetoKind kind)
{
    for (const core::VetoTrigger &t : row.triggers)
        if (t.kind == kind)
            return &t;
    return nullptr;
}

} // namespace

TEST_CASE(
    "assessment: a township's 三调 land, the occupation found and the gap agree with an independent measure",
    "[assessment][usecases]")
{
    SampleProjects projects;
    for (auto &[backend, store] : projects.stores) {
        SECTION(backend.toStdString())
        {
            const int year = QDate::currentDate().year();
            const TownshipAssessment a = TownshipAssessmentBuilder::build(*store, year);
            REQUIRE(a.townships.size() == 8);
            const TownshipAssessmentRow *row = a.find(kShort);
            REQUIRE(row);
            // Independent figures: SpatiaLite's geodesic areas on the ellipsoid over the sample's
            // GeoPackage (its union of the clipped parcels; the incidents of 西沟乡 but the
            // dismissed PS2024-015), e.g. for the cultivated land:
            //   ogrinfo -dialect SQLite -sql "WITH t AS (SELECT geom AS tg FROM townships WHERE
            //     XZQMC = '西沟乡') SELECT ST_Area(ST_Transform(ST_Union(ST_Intersection(l.geom,
            //     t.tg)), 4490), 1) FROM landuse l, t WHERE l.DLBM IN ('0101','0102','0103') AND
            //     ST_Intersects(l.geom, t.tg)" data/sample/pingshun_sample.gpkg
            // and for the basic farmland ST_MakeValid(f.geom) in place of l.geom (one of its 167
            // parcels is invalid; without the repair SpatiaLite's union loses 81,880 m²).
            // Geodesic and the 三调 ellipsoidal method differ by about 2 m² (2e-7) here.
            CHECK(row->land.cultivatedBaselineM2 == Approx(10872615.7345603).epsilon(1e-6));
            CHECK(row->land.basicFarmlandBaselineM2 == Approx(7267080.49899837).epsilon(1e-6));
            CHECK(row->land.cultivatedOccupiedM2 == Approx(43586.6646151488).margin(0.01));
            CHECK(row->land.basicFarmlandOccupiedM2 == Approx(34899.9979879764).margin(0.01));
            CHECK(row->incidents
                == QStringList { QStringLiteral("PS2024-016"), QStringLiteral("PS2024-018"),
                    QStringLiteral("PS2024-025"), QStringLiteral("PS2024-026"), QStringLiteral("PS2024-028"),
                    QStringLiteral("PS2024-029"), QStringLiteral("PS2024-034") });
            // Its basic-farmland target (targets.csv) is the whole basic farmland rounded up
            // plus 30 mu: 7267080.50 m² = 10900.62 mu → 10901 + 30 = 10931 mu. Now:
            // (7267080.50 − 34900.00) / (10000/15) = 10848.27 mu, so the gap is
            // 10848.27 − 10931.00 = −82.73 mu.
            REQUIRE(row->target);
            CHECK(core::roundedMu(*row->target->basicFarmlandM2) == Approx(10931.0));
            CHECK(core::roundedMu(row->land.basicFarmlandCurrentM2()) == Approx(10848.27));
            REQUIRE(row->basicFarmlandGap);
            CHECK(row->basicFarmlandGap->shortfall);
            CHECK(core::roundedMu(-row->basicFarmlandGap->gapM2) == Approx(82.73));
            REQUIRE(trigger(*row, core::VetoKind::BasicFarmlandBelowTarget));
            CHECK(trigger(*row, core::VetoKind::BasicFarmlandBelowTarget)
                      ->text.contains(QStringLiteral("82.73")));
            // Its cultivated target is 98% of the 三调 land: met.
            REQUIRE(row->cultivatedGap);
            CHECK_FALSE(row->cultivatedGap->shortfall);
            CHECK_FALSE(trigger(*row, core::VetoKind::CultivatedBelowTarget));
        }
    }
}

TEST_CASE(
    "assessment: the overdue threshold case, incidents over a threshold without a case and the measures",
    "[assessment][usecases]")
{
    SampleProjects projects;
    for (auto &[backend, store] : projects.stores) {
        SECTION(backend.toStdString())
        {
            const TownshipAssessment a
                = TownshipAssessmentBuilder::build(*store, QDate::currentDate().year());
            const TownshipAssessmentRow *longxi = a.find(SampleAssessment::interviewedTownship());
            REQUIRE(longxi);
            // PS2024-005 (10.00 mu, a threshold case) was verified 39 days ago, never stopped.
            const core::VetoTrigger *overdue = trigger(*longxi, core::VetoKind::OverdueThresholdCase);
            REQUIRE(overdue);
            CHECK(overdue->records == QStringList { QStringLiteral("PS2024-005") });
            // PS2024-010 (12.00 mu, recorded in 龙溪镇) and the ordinary PS2024-030 have no case.
            const core::VetoTrigger *unopened = trigger(*longxi, core::VetoKind::ThresholdWithoutCase);
            REQUIRE(unopened);
            CHECK(unopened->records
                == QStringList { QStringLiteral("PS2024-010"), QStringLiteral("PS2024-030") });
            // Its targets are met: no target trigger.
            CHECK_FALSE(trigger(*longxi, core::VetoKind::BasicFarmlandBelowTarget));
            REQUIRE(longxi->measures.size() == 1);
            CHECK(longxi->measures.front().kind == core::MeasureKind::Interview);
            // 石城镇's overdue case PS2024-012 is below the thresholds: no overdue-case veto there.
            const TownshipAssessmentRow *shicheng = a.find(QStringLiteral("石城镇"));
            REQUIRE(shicheng);
            CHECK_FALSE(trigger(*shicheng, core::VetoKind::OverdueThresholdCase));
            // A township without problems: 北耽车乡 has no trigger and no measure.
            const TownshipAssessmentRow *quiet = a.find(QStringLiteral("北耽车乡"));
            REQUIRE(quiet);
            CHECK_FALSE(quiet->veto());
            CHECK(quiet->measures.empty());
            // The JSON carries the same.
            const QJsonArray rows = a.json().value(QStringLiteral("townships")).toArray();
            REQUIRE(rows.size() == 8);
            bool found = false;
            for (const QJsonValue &value : rows) {
                const QJsonObject o = value.toObject();
                if (o.value(QStringLiteral("township")).toString() != kShort)
                    continue;
                found = true;
                CHECK(o.value(QStringLiteral("veto")).toBool());
                CHECK(o.value(QStringLiteral("basic_farmland"))
                          .toObject()
                          .value(QStringLiteral("gap_mu"))
                          .toDouble()
                    == Approx(-82.73));
                CHECK(o.value(QStringLiteral("basic_farmland"))
                          .toObject()
                          .value(QStringLiteral("short"))
                          .toBool());
            }
            CHECK(found);
        }
    }
}

TEST_CASE("assessment: a dismissed or reclaimed case gives its land back, the rules can switch a veto off",
    "[assessment][usecases]")
{
    SampleProjects projects;
    auto &store = *projects.stores.front().second;
    const int year = QDate::currentDate().year();
    const TownshipAssessment a = TownshipAssessmentBuilder::build(store, year);
    // PS2024-002 of 石城镇 was reclaimed (复耕验收) and closed: its 5.00 mu are not subtracted.
    const TownshipAssessmentRow *shicheng = a.find(QStringLiteral("石城镇"));
    REQUIRE(shicheng);
    CHECK_FALSE(shicheng->incidents.contains(QStringLiteral("PS2024-002")));
    CHECK(shicheng->incidents.contains(QStringLiteral("PS2024-004")));
    // Basic farmland below target no longer vetoes under a rules file that says so.
    ProjectRules::write(
        store, R"({"assessment": {"veto_basic_farmland_below_target": false}})", QStringLiteral("r.json"));
    const TownshipAssessment relaxed = TownshipAssessmentBuilder::build(store, year);
    CHECK_FALSE(trigger(*relaxed.find(kShort), core::VetoKind::BasicFarmlandBelowTarget));
    CHECK(relaxed.find(kShort)->basicFarmlandGap->shortfall); // the gap still shows
}

namespace {

/// A GeoJSON file with one 农用地转用 approval for 农村村民住宅 (valid 2023-06-15 – 2025-06-14, as
/// the sample's 平政转批〔2023〕18号) over the rectangle @p box of EPSG:4547.
QString wholeApproval(const QTemporaryDir &dir, const QRectF &box)
{
    return fg::test::writeApprovalGeoJson(dir.filePath(QStringLiteral("whole.geojson")),
        QStringLiteral("\"WH\":\"X-WHOLE\",\"PZLX\":\"农用地转用\",\"PZRQ\":\"2023-06-15\",\"QSRQ\":"
                       "\"2023-06-15\",\"ZZRQ\":\"2025-06-14\",\"PZYT\":\"农村村民住宅\""),
        box);
}

} // namespace

TEST_CASE("assessment: an incident partly inside an approval takes only its unlawful part off the township",
    "[assessment][usecases][approvals]")
{
    // The sample's layers and incidents without approvals (no cases: every occupation counts).
    const OperatorIdentity who { QStringLiteral("测试员"), QStringLiteral("county officer") };
    const std::unique_ptr<ProjectStore> store = fg::test::memorySampleLayers(QStringLiteral(FG_SAMPLE_DIR), who);
    IncidentImportOptions options;
    options.openCases = false;
    IncidentImporter::run(*store, QDir(QStringLiteral(FG_SAMPLE_DIR)).filePath(QStringLiteral("incidents.shp")), options);
    const int year = QDate::currentDate().year();
    const QString longxi = QStringLiteral("龙溪镇");
    const auto figures = [&] {
        const TownshipAssessment a = TownshipAssessmentBuilder::build(*store, year);
        REQUIRE(a.find(longxi));
        return *a.find(longxi);
    };
    const TownshipAssessmentRow gross = figures();
    CHECK(gross.incidents.contains(QStringLiteral("PS2024-003")));

    // data/sample/README.md: PS2024-003 (龙溪镇, rural housing) lies wholly on basic farmland,
    // 5.01 亩; 平政转批〔2023〕18号 covers 1.00 亩 of it (its strip solved by bisection on the
    // ellipsoidal area), leaving 4.01 亩 unlawful. 1 亩 = 10000/15 m²: 1.00 亩 = 666.67 m²,
    // 4.01 亩 = 2673.33 m², 5.01 亩 = 3340.00 m². The other approvals meet no counted incident
    // of 龙溪镇 (the 临时用地 over PS2024-005 had ended when it was found).
    ApprovalImporter::run(*store, QDir(QStringLiteral(FG_SAMPLE_DIR)).filePath(QStringLiteral("approvals.shp")), {});
    const TownshipAssessmentRow partly = figures();
    CHECK(partly.incidents.contains(QStringLiteral("PS2024-003"))); // its unlawful part still counts
    CHECK(gross.land.basicFarmlandOccupiedM2 - partly.land.basicFarmlandOccupiedM2
        == Approx(1.00 * 10000 / 15).margin(0.01));
    CHECK(partly.land.basicFarmlandCurrentM2() - gross.land.basicFarmlandCurrentM2()
        == Approx(1.00 * 10000 / 15).margin(0.01));

    // An approval over the whole of PS2024-003 (its envelope) makes it all lawful: the township
    // no longer counts it, which gives the figure without the incident. Against it, the
    // incident takes 4.01 亩 off the current figure with the partial approval, 5.01 亩 without.
    QRectF box;
    for (const IncidentRecord &record : store->incidents(true))
        if (record.id == QStringLiteral("PS2024-003"))
            box = envelopeOf(record.geometry.get());
    REQUIRE(box.isValid());
    QTemporaryDir dir;
    ApprovalImporter::run(*store, wholeApproval(dir, box), {});
    const TownshipAssessmentRow lawful = figures();
    CHECK_FALSE(lawful.incidents.contains(QStringLiteral("PS2024-003")));
    CHECK(lawful.land.basicFarmlandCurrentM2() - partly.land.basicFarmlandCurrentM2()
        == Approx(4.01 * 10000 / 15).margin(0.01));
    CHECK(lawful.land.basicFarmlandCurrentM2() - gross.land.basicFarmlandCurrentM2()
        == Approx(5.01 * 10000 / 15).margin(0.01));
    CHECK(lawful.land.basicFarmlandBaselineM2 == Approx(gross.land.basicFarmlandBaselineM2).margin(1e-6));
}
