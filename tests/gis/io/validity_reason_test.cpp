// SPDX-License-Identifier: MIT
#include "gis/io/validity_reason.h"


#include <catch2/catch.hpp>

#include <QCoreApplication>

using fg::gis::validityReasonText;

TEST_CASE("GEOS's validity reasons come out in the user's words with where", "[geometry]")
{
    const QString text = validityReasonText(QStringLiteral("Self-intersection[454774.959658817 4011865.4511712]"));
    CHECK_FALSE(text.contains(QLatin1String("Self-intersection")));
    CHECK(text.contains(QStringLiteral("454774.959658817 4011865.4511712")));
    CHECK(text.startsWith(QCoreApplication::translate("fg::gis::ValidityReason", "self-intersection")));
    // "Ring Self-intersection" is its own reason, not the shorter one.
    CHECK(validityReasonText(QStringLiteral("Ring Self-intersection[1 2]"))
        .startsWith(QCoreApplication::translate("fg::gis::ValidityReason", "ring touches itself")));
    CHECK(validityReasonText(QStringLiteral("Too few points in geometry component"))
        == QCoreApplication::translate("fg::gis::ValidityReason", "too few points"));
    // Something GEOS may add later stays as GEOS said it, rather than vanish.
    CHECK(validityReasonText(QStringLiteral("Something new[3 4]")) == QStringLiteral("Something new[3 4]"));
}
