// SPDX-License-Identifier: MIT
#include "core/units.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace fg::core;

TEST_CASE("one mu is exactly 10000/15 square metres")
{
    CHECK(squareMetresToMu(10000.0) == Approx(15.0).epsilon(1e-15));
    CHECK(muToSquareMetres(5.0) == Approx(3333.3333333333).epsilon(1e-12));
    CHECK(squareMetresToMu(muToSquareMetres(7.25)) == Approx(7.25).epsilon(1e-15));
}

TEST_CASE("rounding to hundredths rounds half away from zero on the decimal value")
{
    CHECK(roundToHundredths(4.994999) == 4.99);
    CHECK(roundToHundredths(4.995) == 5.00);
    // 4.999999999999 comes from summing pieces whose exact sum is 5: it prints as 5.00.
    CHECK(roundToHundredths(4.999999999999) == 5.00);
    CHECK(roundToHundredths(9.985) == 9.99);
    CHECK(roundToHundredths(-1.005) == -1.01);
    CHECK(roundToHundredths(muToSquareMetres(5.0) / kSquareMetresPerMu) == 5.00);
    // Zero keeps its sign (the JSON prints both as 0, the text prints 0.00); tiny values round to
    // a zero of their own sign.
    CHECK(std::signbit(roundToHundredths(0.0)) == false);
    CHECK(std::signbit(roundToHundredths(-0.0)) == true);
    CHECK(std::signbit(roundToHundredths(-1e-12)) == true);
    CHECK(roundToHundredths(-1e-12) == 0.0);
    CHECK(roundToHundredths(0.004999) == 0.0);
}

TEST_CASE("every printed mu figure is the verdict's rounding, not a plain two-decimal print")
{
    // 4.995 mu = 4.995 × 10000/15 = 3330 m². A measured 3329.9999999 m² is 4.99499999985 mu:
    // the verdict rounds it (12 significant digits, half away from zero) to 5.00 and flags it,
    // while a plain 'f', 2 print of the unrounded value shows 4.99 — the figure that must never
    // stand beside a flagged case.
    const double m2 = 3329.9999999;
    CHECK(QString::number(squareMetresToMu(m2), 'f', 2) == QStringLiteral("4.99"));
    CHECK(roundedMu(m2) == 5.00);
    CHECK(formatMu(m2) == QStringLiteral("5.00"));
    CHECK(formatJudgedMu(roundedMu(m2)) == QStringLiteral("5.00"));
    // 3326.67 m² = 4.990005 mu → 4.99; 6666.6666 m² = 9.9999999 mu → 10.00.
    CHECK(formatMu(3326.67) == QStringLiteral("4.99"));
    CHECK(formatMu(6666.6666) == QStringLiteral("10.00"));
    CHECK(formatMu(0) == QStringLiteral("0.00"));
    CHECK(formatMu(-0.001) == QStringLiteral("0.00"));
    CHECK(formatSquareMetres(3333.3349) == QStringLiteral("3333.33"));
    CHECK(formatSquareMetres(3333.335) == QStringLiteral("3333.34"));
    // Large totals keep their hundredths: the half-slack is capped (12345678.30, not .31).
    CHECK(formatSquareMetres(12345678.3) == QStringLiteral("12345678.30"));
    CHECK(formatSquareMetres(98765432.125) == QStringLiteral("98765432.13"));
    CHECK(formatSquareMetres(5555555.55) == QStringLiteral("5555555.55"));
}
