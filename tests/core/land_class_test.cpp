// SPDX-License-Identifier: MIT
#include "core/land_class.h"

#include <catch2/catch.hpp>

using fg::core::landClassName;

TEST_CASE("land-class codes give their GB/T 21010-2017 names; unknown codes give none")
{
    CHECK(landClassName(QStringLiteral("0101")) == QStringLiteral("水田"));
    CHECK(landClassName(QStringLiteral("0102")) == QStringLiteral("水浇地"));
    CHECK(landClassName(QStringLiteral(" 0103 ")) == QStringLiteral("旱地"));
    CHECK(landClassName(QStringLiteral("0702")) == QStringLiteral("农村宅基地"));
    CHECK(landClassName(QStringLiteral("9999")).isEmpty());
    CHECK(landClassName(QString()).isEmpty());
}
