// SPDX-License-Identifier: MIT
#include "core/land_class.h"
#include "core/rules.h"

#include <catch2/catch.hpp>

using namespace fg::core;

TEST_CASE("land-class codes give their GB/T 21010-2017 names, unknown codes give none")
{
    CHECK(landClassName(QStringLiteral("0101")) == QStringLiteral("水田"));
    CHECK(landClassName(QStringLiteral("0102")) == QStringLiteral("水浇地"));
    CHECK(landClassName(QStringLiteral(" 0103 ")) == QStringLiteral("旱地"));
    CHECK(landClassName(QStringLiteral("0702")) == QStringLiteral("农村宅基地"));
    CHECK(landClassName(QStringLiteral("9999")).isEmpty());
    CHECK(landClassName(QString()).isEmpty());
}

TEST_CASE("the 三调 codes with letters have their names, read in any case or width")
{
    CHECK(landClassName(QStringLiteral("05H1")) == QStringLiteral("商业服务业设施用地"));
    CHECK(landClassName(QStringLiteral("08h2")) == QStringLiteral("科教文卫用地"));
    CHECK(landClassName(QStringLiteral("０７０２")) == QStringLiteral("农村宅基地"));
    // A suffixed code is not in the standard's table: the layer's DLMC names it, not us.
    CHECK(landClassName(QStringLiteral("0201K")).isEmpty());
}

TEST_CASE(
    "a DLBM value is trimmed (ASCII, no-break and ideographic spaces), full-width read as ASCII, upper-cased")
{
    CHECK(normalizedLandClass(QStringLiteral(" 0101\t")) == QStringLiteral("0101"));
    CHECK(normalizedLandClass(QStringLiteral("\u30000103\u00A0")) == QStringLiteral("0103"));
    CHECK(normalizedLandClass(QStringLiteral("０１０２")) == QStringLiteral("0102"));
    CHECK(normalizedLandClass(QStringLiteral("1104ｋ")) == QStringLiteral("1104K"));
    CHECK(normalizedLandClass(QStringLiteral("05h1")) == QStringLiteral("05H1"));
    // Nothing is added or cut: a numeric field's lost zero stays lost, suffixes stay.
    CHECK(normalizedLandClass(QStringLiteral("103")) == QStringLiteral("103"));
    CHECK(normalizedLandClass(QStringLiteral("0103K")) == QStringLiteral("0103K"));
    CHECK(normalizedLandClass(QStringLiteral("  ")).isEmpty());
}

TEST_CASE("cultivated land is exactly 0101 水田, 0102 水浇地, 0103 旱地")
{
    CHECK(cultivatedLandClasses()
        == QStringList { QStringLiteral("0101"), QStringLiteral("0102"), QStringLiteral("0103") });
    for (const char *code : { "0101", "0102", "0103", " 0103 ", "０１０１", "0102\u3000" })
        CHECK(isCultivatedLandClass(QString::fromUtf8(code)));
    // 0201 果园, 0301 乔木林地, 1202 设施农用地, 1203 田坎 are farmland-adjacent but not 耕地.
    for (const char *code : { "0201", "0301", "0404", "0702", "1202", "1203", "01", "", "0104" })
        CHECK_FALSE(isCultivatedLandClass(QString::fromUtf8(code)));
}

TEST_CASE("where the old definitions disagreed: suffixes, lost zeros, 二调 codes and full-width digits")
{
    // The map palette cut codes to four characters and track coverage matched by prefix, so both
    // counted "0103K" as 耕地 while Rules and the overlay did not. 'K' marks 可调整/即可恢复 land
    // of another class: not cultivated now.
    CHECK_FALSE(isCultivatedLandClass(QStringLiteral("0103K")));
    CHECK_FALSE(isCultivatedLandClass(QStringLiteral("0201K")));
    CHECK_FALSE(isCultivatedLandClass(QStringLiteral("010301"))); // prefix match said yes
    // A DBF that stored DLBM as a number gives "103"; GB/T 21010-2007 (二调) "013" is 旱地 there,
    // "103" 街巷用地: neither is read as 0103.
    CHECK_FALSE(isCultivatedLandClass(QStringLiteral("103")));
    CHECK_FALSE(isCultivatedLandClass(QStringLiteral("013")));
    // Full-width digits (typed with a Chinese input method): no definition took them before.
    CHECK(isCultivatedLandClass(QStringLiteral("０１０３")));
    // The sample's and the overlay's exact match did not trim; every rule trims now.
    CHECK(isCultivatedLandClass(QStringLiteral("0101 ")));
}

TEST_CASE("class lists match codes exactly and two-digit first-level classes by prefix")
{
    const QStringList town { QStringLiteral("05"), QStringLiteral("06"), QStringLiteral("0701"),
        QStringLiteral("08") };
    CHECK(landClassMatches(QStringLiteral("05H1"), town));
    CHECK(landClassMatches(QStringLiteral("0508"), town));
    CHECK(landClassMatches(QStringLiteral("08H2A"), town));
    CHECK(landClassMatches(QStringLiteral("0601"), town));
    CHECK(landClassMatches(QStringLiteral("0701"), town));
    CHECK_FALSE(landClassMatches(QStringLiteral("0702"), town)); // rural homesteads are not town land
    CHECK_FALSE(landClassMatches(QStringLiteral("07011"), town));
    CHECK_FALSE(landClassMatches(QString(), town));
    CHECK_FALSE(landClassMatches(QStringLiteral("0101"), {}));
    // The roads list is exact: 1003 公路用地 and 1006 农村道路, not 1004 城镇村道路用地.
    const QStringList roads { QStringLiteral("1003"), QStringLiteral("1006") };
    CHECK(landClassMatches(QStringLiteral("１００６"), roads));
    CHECK_FALSE(landClassMatches(QStringLiteral("1004"), roads));
}

TEST_CASE("Rules' cultivated classes default to core's and follow its matching")
{
    const Rules rules;
    CHECK(rules.cultivatedClasses() == cultivatedLandClasses());
    CHECK(rules.isCultivatedClass(QStringLiteral("０１０２")));
    CHECK_FALSE(rules.isCultivatedClass(QStringLiteral("0103K")));
    // A county whose data carries suffixes says so: the first-level class 01 takes every 01 code.
    const Rules county = Rules::fromJson(R"({"cultivated_classes": ["01"]})", QStringLiteral("rules.json"));
    CHECK(county.isCultivatedClass(QStringLiteral("0103K")));
    CHECK(county.isCultivatedClass(QStringLiteral("0101")));
    CHECK_FALSE(county.isCultivatedClass(QStringLiteral("0201")));
}

TEST_CASE("the base class serves colours and names of suffixed codes")
{
    CHECK(baseLandClass(QStringLiteral("0201K")) == QStringLiteral("0201"));
    CHECK(baseLandClass(QStringLiteral(" 08h2a")) == QStringLiteral("08H2"));
    CHECK(baseLandClass(QStringLiteral("01")) == QStringLiteral("01"));
}
