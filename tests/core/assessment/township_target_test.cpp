// SPDX-License-Identifier: MIT
#include "core/assessment/assessment_rules.h"
#include "core/assessment/township_measure.h"
#include "core/assessment/township_target.h"
#include "core/input_error.h"
#include "core/rules.h"

#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace fg::core;

TEST_CASE("targets entered in mu or hectares are kept in square metres", "[assessment]")
{
    // 1 mu = 10000/15 m²; 1 ha = 15 mu = 10000 m².
    CHECK(targetToSquareMetres(1500, TargetUnit::Mu) == Approx(1000000.0).epsilon(1e-15));
    CHECK(targetToSquareMetres(100, TargetUnit::Hectare) == Approx(1000000.0).epsilon(1e-15));
    CHECK(targetToSquareMetres(12345.67, TargetUnit::Mu) == Approx(12345.67 * 10000.0 / 15.0).epsilon(1e-15));
    TargetUnit unit = TargetUnit::Mu;
    CHECK(parseTargetUnit(QStringLiteral("公顷"), &unit));
    CHECK(unit == TargetUnit::Hectare);
    CHECK(parseTargetUnit(QStringLiteral(" MU "), &unit));
    CHECK(unit == TargetUnit::Mu);
    CHECK_FALSE(parseTargetUnit(QStringLiteral("km2"), &unit));
}

TEST_CASE("a target needs its township, a year and at least one area above zero", "[assessment]")
{
    TownshipTarget target;
    target.township = QStringLiteral("龙溪镇");
    target.year = 2026;
    CHECK_THROWS_AS(target.validate(QStringLiteral("p")), InputError); // no area
    target.basicFarmlandM2 = 0;
    CHECK_THROWS_AS(target.validate(QStringLiteral("p")), InputError);
    target.basicFarmlandM2 = 1000;
    CHECK_NOTHROW(target.validate(QStringLiteral("p")));
    target.year = 1999;
    CHECK_THROWS_AS(target.validate(QStringLiteral("p")), InputError);
    target.year = 2026;
    target.township = QStringLiteral("  ");
    CHECK_THROWS_AS(target.validate(QStringLiteral("p")), InputError);
    CHECK(TownshipTarget { QStringLiteral("石城镇"), 2026 }.key() == QStringLiteral("石城镇/2026"));
}

TEST_CASE("measure kinds read their code, the notice's term and the English name", "[assessment]")
{
    MeasureKind kind = MeasureKind::Commendation;
    CHECK(parseMeasureKind(QStringLiteral("约谈"), &kind));
    CHECK(kind == MeasureKind::Interview);
    CHECK(parseMeasureKind(QStringLiteral("suspend_approvals"), &kind));
    CHECK(kind == MeasureKind::SuspendApprovals);
    CHECK(parseMeasureKind(QStringLiteral("通报表扬"), &kind));
    CHECK(kind == MeasureKind::Commendation);
    CHECK_FALSE(parseMeasureKind(QStringLiteral("罚款"), &kind));
    CHECK(allMeasureKinds().size() == 5);
    for (MeasureKind k : allMeasureKinds()) {
        MeasureKind back = MeasureKind::Interview;
        REQUIRE(parseMeasureKind(measureKindCode(k), &back));
        CHECK(back == k);
    }
    TownshipMeasure measure;
    measure.township = QStringLiteral("龙溪镇");
    measure.issuedBy = QStringLiteral("县人民政府");
    CHECK_THROWS_AS(measure.validate(QStringLiteral("p")), InputError); // no date
    measure.date = QDate(2026, 12, 1);
    CHECK_NOTHROW(measure.validate(QStringLiteral("p")));
}

TEST_CASE(
    "the rules file's assessment object switches veto triggers, unknown keys are refused", "[assessment]")
{
    const Rules defaults;
    CHECK(defaults.assessment() == AssessmentRules());
    // The defaults' JSON has no assessment key, so rules hashed before stay the same.
    CHECK_FALSE(QJsonDocument::fromJson(defaults.toJson()).object().contains(QStringLiteral("assessment")));
    const Rules rules = Rules::fromJson(
        R"({"assessment": {"veto_cultivated_below_target": false, "veto_overdue_grace_days": 10}})",
        QStringLiteral("r.json"));
    CHECK_FALSE(rules.assessment().cultivatedBelowTarget);
    CHECK(rules.assessment().basicFarmlandBelowTarget);
    CHECK(rules.assessment().overdueGraceDays == 10);
    CHECK(Rules::fromJson(rules.toJson(), QStringLiteral("again")).assessment() == rules.assessment());
    CHECK_THROWS_WITH(
        Rules::fromJson(R"({"assessment": {"veto_basic_farmland": true}})", QStringLiteral("r.json")),
        Catch::Contains("veto_basic_farmland"));
    CHECK_THROWS_AS(
        Rules::fromJson(R"({"assessment": {"veto_overdue_grace_days": -1}})", QStringLiteral("r.json")),
        InputError);
    CHECK_THROWS_AS(
        Rules::fromJson(R"({"assessment": {"veto_overdue_threshold_case": 1}})", QStringLiteral("r.json")),
        InputError);
}
