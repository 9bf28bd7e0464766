// SPDX-License-Identifier: MIT
#include "core/input_error.h"
#include "core/rules.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace fg::core;

namespace {

// Square metres written as a report would print them (0.01 m²). 1 mu = 2000/3 m², so e.g.
// 3330 m² = 3330 × 3 / 2000 = 4.995 mu exactly, and 6660 m² = 9.99 mu exactly.
Verdict judgeBasic(const Rules &rules, double m2)
{
    return rules.judge({ m2, 0, 0 });
}

Verdict judgeCultivated(const Rules &rules, double allM2, double outsideM2)
{
    return rules.judge({ 0, allM2, outsideM2 });
}

} // namespace

TEST_CASE("default rules are the notice's 5 mu / 10 mu with the notice reading")
{
    const Rules rules;
    CHECK(rules.basicFarmlandMu() == 5.0);
    CHECK(rules.cultivatedMu() == 10.0);
    CHECK(rules.reading() == Reading::Notice);
    CHECK(rules.isCultivatedClass(QStringLiteral("0101")));
    CHECK(rules.isCultivatedClass(QStringLiteral("0103")));
    CHECK_FALSE(rules.isCultivatedClass(QStringLiteral("0201")));
}

TEST_CASE("basic farmland threshold: 4.99 below, 5.00 and 5.01 flagged (以上 is inclusive)")
{
    const Rules rules;
    // 3326.67 m² = 4.990005 mu -> 4.99
    Verdict v = judgeBasic(rules, 3326.67);
    CHECK(v.basicFarmlandMu == 4.99);
    CHECK_FALSE(v.basicFarmland);
    CHECK_FALSE(v.accountability());
    // 3333.33 m² = 4.999995 mu -> prints 5.00, so it is flagged
    v = judgeBasic(rules, 3333.33);
    CHECK(v.basicFarmlandMu == 5.00);
    CHECK(v.basicFarmland);
    CHECK(v.accountability());
    // 3340 m² = 5.01 mu
    v = judgeBasic(rules, 3340.0);
    CHECK(v.basicFarmlandMu == 5.01);
    CHECK(v.basicFarmland);
}

TEST_CASE("4.995 mu prints as 5.00 and is flagged, 4.994985 mu prints 4.99 and is not")
{
    const Rules rules;
    CHECK(judgeBasic(rules, 3330.0).basicFarmlandMu == 5.00); // 4.995 mu exactly
    CHECK(judgeBasic(rules, 3330.0).basicFarmland);
    CHECK(judgeBasic(rules, 3329.99).basicFarmlandMu == 4.99); // 4.994985 mu
    CHECK_FALSE(judgeBasic(rules, 3329.99).basicFarmland);
}

TEST_CASE("cultivated threshold: 9.99 below, 10.00 and 10.01 flagged")
{
    const Rules rules;
    CHECK_FALSE(judgeCultivated(rules, 6660.0, 6660.0).cultivated); // 9.99 mu exactly
    CHECK(judgeCultivated(rules, 6663.33, 6663.33).cultivatedMu == 9.99); // 9.994995 mu
    CHECK_FALSE(judgeCultivated(rules, 6663.33, 6663.33).cultivated);
    CHECK(judgeCultivated(rules, 6663.34, 6663.34).cultivatedMu == 10.00); // 9.99501 mu
    CHECK(judgeCultivated(rules, 6666.67, 6666.67).cultivated); // 10.000005 mu
    CHECK(judgeCultivated(rules, 6673.33, 6673.33).cultivatedMu == 10.01); // 10.009995 mu
    CHECK(judgeCultivated(rules, 6673.33, 6673.33).cultivated);
}

TEST_CASE("the notice reading counts all cultivated land, the judicial one only outside basic farmland")
{
    Rules rules;
    // 12 mu of cultivated land (8000 m²), 4 mu of it basic farmland: 8 mu (5333.33 m²) outside.
    const OccupiedAreas areas { 2666.67, 8000.0, 5333.33 };
    Verdict notice = rules.judge(areas);
    CHECK(notice.cultivatedMu == 12.00);
    CHECK(notice.cultivated);
    CHECK_FALSE(notice.basicFarmland);

    rules.setReading(Reading::Judicial);
    Verdict judicial = rules.judge(areas);
    CHECK(judicial.cultivatedMu == 8.00);
    CHECK_FALSE(judicial.cultivated);
    CHECK_FALSE(judicial.accountability());
}

TEST_CASE("a rules file overrides thresholds, reading and classes")
{
    const Rules rules = Rules::fromJson(
        R"({"basic_farmland_mu": 3, "cultivated_mu": 6.5, "reading": "judicial",
            "cultivated_classes": ["0101", "0102"]})",
        QStringLiteral("rules.json"));
    CHECK(rules.basicFarmlandMu() == 3.0);
    CHECK(rules.cultivatedMu() == 6.5);
    CHECK(rules.reading() == Reading::Judicial);
    CHECK_FALSE(rules.isCultivatedClass(QStringLiteral("0103")));
    // 2000 m² = 3.00 mu exactly reaches the lowered threshold.
    CHECK(rules.judge({ 2000.0, 0, 0 }).basicFarmland);

    const Rules partial = Rules::fromJson(R"({"cultivated_mu": 12})", QStringLiteral("r.json"));
    CHECK(partial.basicFarmlandMu() == 5.0);
    CHECK(partial.cultivatedMu() == 12.0);
    CHECK(partial.reading() == Reading::Notice);
}

TEST_CASE("a bad rules file is an InputError naming the file and the key")
{
    auto messageOf = [](const QByteArray &json) -> QString {
        try {
            Rules::fromJson(json, QStringLiteral("county-rules.json"));
        } catch (const InputError &e) {
            return e.message();
        }
        return QString();
    };
    const QString negative = messageOf(R"({"basic_farmland_mu": -5})");
    CHECK(negative.contains(QStringLiteral("county-rules.json")));
    CHECK(negative.contains(QStringLiteral("basic_farmland_mu")));
    CHECK(messageOf(R"({"cultivated_mu": "ten"})").contains(QStringLiteral("cultivated_mu")));
    CHECK(messageOf(R"({"reading": "literal"})").contains(QStringLiteral("reading")));
    CHECK(messageOf(R"({"basic_farmland": 5})").contains(QStringLiteral("basic_farmland")));
    CHECK(messageOf(R"({"cultivated_classes": []})").contains(QStringLiteral("cultivated_classes")));
    CHECK(messageOf(R"({"cultivated_classes": [101]})").contains(QStringLiteral("cultivated_classes")));
    CHECK_FALSE(messageOf("{ not json").isEmpty());
    CHECK_FALSE(messageOf("[5, 10]").isEmpty());
}

TEST_CASE("rules are read from a file, a missing file names the path")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("rules.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"basic_farmland_mu": 4})");
    file.close();
    CHECK(Rules::fromFile(path).basicFarmlandMu() == 4.0);
    CHECK_THROWS_WITH(
        Rules::fromFile(dir.filePath(QStringLiteral("absent.json"))), Catch::Contains("absent.json"));
}

TEST_CASE("rules written as JSON read back equal, every key written")
{
    Rules rules = Rules::fromJson(R"({"basic_farmland_mu": 4.5, "reading": "judicial", "cultivated_classes": ["01"]})",
        QStringLiteral("test"));
    rules.setCultivatedMu(8);
    const QByteArray json = rules.toJson();
    const Rules back = Rules::fromJson(json, QStringLiteral("round trip"));
    CHECK(back.basicFarmlandMu() == 4.5);
    CHECK(back.cultivatedMu() == 8.0);
    CHECK(back.reading() == Reading::Judicial);
    CHECK(back.cultivatedClasses() == QStringList { QStringLiteral("01") });
    for (const char *key : { "basic_farmland_mu", "cultivated_mu", "reading", "cultivated_classes" })
        CHECK(json.contains(key));
}

TEST_CASE("田坎: gross judges by default, net when the rules say so, and a differing verdict is borderline")
{
    // 15.02 mu of dry land (10013.33 m²) with KCXS 0.12: net = 10013.33 × 0.88 = 8811.73 m²
    // = 13.2176 → 13.22 mu: both over 10, not borderline.
    OccupiedAreas clear { 0, 10013.33, 10013.33, true, 8811.7304, 8811.7304 };
    Verdict v = Rules().judge(clear);
    CHECK(v.cultivatedGrossMu == 15.02);
    CHECK(v.cultivatedNetMu == 13.22);
    CHECK(v.cultivatedMu == 15.02);
    CHECK(v.cultivated);
    CHECK_FALSE(v.borderline);

    // 10.50 mu gross (7000 m²), KCXS 0.08: net = 6440 m² = 9.66 mu. Gross reaches 10, net does not.
    const OccupiedAreas split { 0, 7000.0, 7000.0, true, 6440.0, 6440.0 };
    Rules rules;
    v = rules.judge(split);
    CHECK(v.cultivatedMu == 10.50);
    CHECK(v.cultivatedNetMu == 9.66);
    CHECK(v.cultivated);
    CHECK(v.borderline);
    rules.setCultivatedArea(CultivatedArea::Net);
    v = rules.judge(split);
    CHECK(v.cultivatedMu == 9.66);
    CHECK_FALSE(v.cultivated);
    CHECK(v.borderline);

    // Basic farmland over its threshold decides alone: 3333.33 m² BF (5.00 mu) is not borderline.
    const OccupiedAreas basic { 3333.33, 7000.0, 3666.67, true, 6440.0, 3373.34 };
    CHECK_FALSE(rules.judge(basic).borderline);
    // Without KCXS the net figures are the gross ones and nothing is borderline.
    const OccupiedAreas unknown { 0, 7000.0, 7000.0 };
    v = Rules().judge(unknown);
    CHECK_FALSE(v.netKnown);
    CHECK(v.cultivatedNetMu == v.cultivatedGrossMu);
    CHECK_FALSE(v.borderline);
}

TEST_CASE("the judicial reading compares cultivated land outside basic farmland, gross and net")
{
    Rules rules;
    rules.setReading(Reading::Judicial);
    rules.setCultivatedArea(CultivatedArea::Net);
    // Outside BF: 7000 m² gross = 10.50 mu, net 6440 m² = 9.66 mu.
    const Verdict v = rules.judge({ 1000.0, 8000.0, 7000.0, true, 7360.0, 6440.0 });
    CHECK(v.cultivatedGrossMu == 10.50);
    CHECK(v.cultivatedMu == 9.66);
    CHECK(v.borderline);
}

TEST_CASE("a rules file sets the cultivated area, the accumulation policy and its time window")
{
    const Rules rules = Rules::fromJson(
        R"({"cultivated_area": "net", "accumulation_policy": "until_closed", "accumulation_window_months": 12})",
        QStringLiteral("rules.json"));
    CHECK(rules.cultivatedArea() == CultivatedArea::Net);
    CHECK(rules.accumulationPolicy() == AccumulationPolicy::UntilClosed);
    CHECK(rules.accumulationWindowMonths() == 12);
    CHECK(rules.accumulationText().contains(QStringLiteral("12")));
    CHECK(rules.accumulationText().contains(QStringLiteral("法释〔2000〕14号")));
    const Rules back = Rules::fromJson(rules.toJson(), QStringLiteral("round trip"));
    CHECK(back.cultivatedArea() == CultivatedArea::Net);
    CHECK(back.accumulationPolicy() == AccumulationPolicy::UntilClosed);
    CHECK(back.accumulationWindowMonths() == 12);

    const Rules defaults;
    CHECK(defaults.cultivatedArea() == CultivatedArea::Gross);
    CHECK(defaults.accumulationPolicy() == AccumulationPolicy::UntilDecision);
    CHECK(defaults.accumulationWindowMonths() == 0);
    CHECK(defaults.accumulationText().contains(QStringLiteral("no time window")));

    for (const char *bad : { R"({"cultivated_area": "tiankan"})", R"({"accumulation_policy": "forever"})",
             R"({"accumulation_window_months": 1.5})", R"({"accumulation_window_months": -1})" })
        CHECK_THROWS_AS(Rules::fromJson(bad, QStringLiteral("r.json")), InputError);
}
