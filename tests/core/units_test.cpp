// SPDX-License-Identifier: MIT
#include "core/units.h"

#include <catch2/catch.hpp>

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
}
