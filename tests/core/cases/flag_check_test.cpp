// SPDX-License-Identifier: MIT
#include "core/cases/accountability_record.h"
#include "core/cases/flag_check.h"
#include "core/units.h"

#include <catch2/catch.hpp>

using namespace fg::core;

namespace {

MeasuredIncident measured(const QString &id, double basicMu, double cultivatedMu)
{
    const double m2PerMu = 10000.0 / 15.0;
    return { id, true, { basicMu * m2PerMu, cultivatedMu * m2PerMu, (cultivatedMu - basicMu) * m2PerMu } };
}

} // namespace

TEST_CASE("the flag may go down only with a stated reason", "[cases][flags]")
{
    const Rules rules;
    const QList<MeasuredIncident> small { measured(QStringLiteral("I-1"), 3.0, 3.0) };
    const QStringList silent = FlagCheck::problems(ThresholdFlag::Reached, ThresholdFlag::Below, QString(), small, rules);
    REQUIRE(silent.size() == 1);
    CHECK(silent.first().contains(QStringLiteral("reason")));
    CHECK(FlagCheck::problems(ThresholdFlag::Reached, ThresholdFlag::Below, QStringLiteral("accumulated incident of "
                                                                                             "another party"),
              small, rules)
              .isEmpty());
    CHECK(FlagCheck::problems(ThresholdFlag::Below, ThresholdFlag::Reached, QString(), small, rules).isEmpty());
    CHECK(FlagCheck::problems(ThresholdFlag::NotAssessed, ThresholdFlag::Below, QString(), small, rules).isEmpty());
    CHECK(FlagCheck::lowers(ThresholdFlag::Below, ThresholdFlag::NotAssessed));
    CHECK_FALSE(FlagCheck::lowers(ThresholdFlag::Below, ThresholdFlag::Reached));
}

TEST_CASE("no flag below the figures: an incident alone over a threshold refuses 'below', even with a reason",
    "[cases][flags]")
{
    const Rules rules;
    const QList<MeasuredIncident> over { measured(QStringLiteral("I-1"), 1.0, 1.0), measured(QStringLiteral("I-2"), 5.0, 5.0) };
    const QStringList problems
        = FlagCheck::problems(ThresholdFlag::Reached, ThresholdFlag::Below, QStringLiteral("wrong"), over, rules);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().contains(QStringLiteral("I-2")));
    CHECK(problems.first().contains(QStringLiteral("5.00")));
    CHECK_FALSE(
        FlagCheck::problems(ThresholdFlag::Reached, ThresholdFlag::NotAssessed, QStringLiteral("x"), over, rules).isEmpty());
    // The judicial reading counts only cultivated land outside basic farmland: 12 mu of which 8 inside.
    Rules judicial;
    judicial.setReading(Reading::Judicial);
    const QList<MeasuredIncident> mixed { measured(QStringLiteral("I-3"), 4.0, 12.0) };
    CHECK_FALSE(FlagCheck::problems(ThresholdFlag::Reached, ThresholdFlag::Below, QStringLiteral("x"), mixed, rules).isEmpty());
    CHECK(FlagCheck::problems(ThresholdFlag::Reached, ThresholdFlag::Below, QStringLiteral("x"), mixed, judicial).isEmpty());
    // Unmeasured incidents say nothing.
    const QList<MeasuredIncident> unmeasured { { QStringLiteral("I-4"), false, { 1e6, 1e6, 0 } } };
    CHECK(FlagCheck::problems(ThresholdFlag::Below, ThresholdFlag::NotAssessed, QStringLiteral("x"), unmeasured, rules)
              .isEmpty());
}

TEST_CASE("accountability organs are read from codes and from the names offices write", "[cases][accountability]")
{
    CHECK(accountabilityOrganFromText(QStringLiteral("纪委监委")) == AccountabilityOrgan::DisciplineInspection);
    CHECK(accountabilityOrganFromText(QStringLiteral("县委组织部")) == AccountabilityOrgan::Organization);
    CHECK(accountabilityOrganFromText(QStringLiteral("natural_resources")) == AccountabilityOrgan::Bureau);
    CHECK_FALSE(accountabilityOrganFromText(QString()));
    CHECK_FALSE(accountabilityOrganFromText(QStringLiteral("公安局")));
    CHECK_FALSE(accountabilityOrgans().contains(AccountabilityOrgan::Unstated));
    for (AccountabilityOrgan organ : accountabilityOrgans())
        CHECK(accountabilityOrganFromCode(accountabilityOrganCode(organ)) == organ);
    CHECK(accountabilityOrganFromCode(QString()) == AccountabilityOrgan::Unstated); // records before schema 7
}

TEST_CASE("the floor: a non-occupation incident never holds a case up, and the net-of-田坎 rule compares net figures",
    "[cases][flags]")
{
    const double m2PerMu = 10000.0 / 15.0;
    const Rules gross;
    Rules net;
    net.setCultivatedArea(CultivatedArea::Net);
    // 非粮化 on 12 mu of cultivated land: no threshold applies, so it may be "not applicable".
    MeasuredIncident nonGrain = measured(QStringLiteral("I-5"), 0.0, 12.0);
    nonGrain.occupation = false;
    CHECK(FlagCheck::problems(ThresholdFlag::NotAssessed, ThresholdFlag::NotApplicable, QString(), { nonGrain }, gross).isEmpty());
    CHECK_FALSE(FlagCheck::problems(ThresholdFlag::NotAssessed, ThresholdFlag::Below, QString(), { measured(QStringLiteral("I-6"), 0.0, 12.0) }, gross)
                    .isEmpty());
    // 10.50 mu gross, 9.80 mu net of 田坎: below under the net rule, reached under the gross one.
    MeasuredIncident tiankan = measured(QStringLiteral("I-7"), 0.0, 10.5);
    tiankan.areas.netKnown = true;
    tiankan.areas.cultivatedNetM2 = 9.8 * m2PerMu;
    tiankan.areas.cultivatedOutsideBasicFarmlandNetM2 = 9.8 * m2PerMu;
    CHECK(FlagCheck::problems(ThresholdFlag::NotAssessed, ThresholdFlag::Below, QString(), { tiankan }, net).isEmpty());
    CHECK_FALSE(FlagCheck::problems(ThresholdFlag::NotAssessed, ThresholdFlag::Below, QString(), { tiankan }, gross).isEmpty());
    // Net 10.20 mu: the net rule holds the case up too.
    tiankan.areas.cultivatedNetM2 = 10.2 * m2PerMu;
    CHECK_FALSE(FlagCheck::problems(ThresholdFlag::NotAssessed, ThresholdFlag::Below, QString(), { tiankan }, net).isEmpty());
    // Lowering to "not applicable" is lowering: it needs a reason.
    CHECK(FlagCheck::lowers(ThresholdFlag::Reached, ThresholdFlag::NotApplicable));
}
