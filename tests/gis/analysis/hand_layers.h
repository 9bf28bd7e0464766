// SPDX-License-Identifier: MIT
// Hand-made polygons for the analysis tests, in EPSG:4547 (CGCS2000 GK CM 114E) about
// 113.4E 36.1N, so that the AreaCalculator sees realistic coordinates.
#pragma once

#include "gis/geos_context.h"

#include <QString>

#include <utility>
#include <vector>

#include <catch2/catch.hpp>

namespace fg::test {

constexpr int kEpsg = 4547;
constexpr double kX = 450000.0; ///< origin easting of the hand-made squares
constexpr double kY = 4000000.0; ///< origin northing

/// The ring of the rectangle [x0,x1]×[y0,y1] metres from (kX, kY), as WKT "( ... )".
inline QString box(double x0, double y0, double x1, double y1)
{
    return QStringLiteral("(%1 %2, %3 %2, %3 %4, %1 %4, %1 %2)")
        .arg(kX + x0, 0, 'f', 3)
        .arg(kY + y0, 0, 'f', 3)
        .arg(kX + x1, 0, 'f', 3)
        .arg(kY + y1, 0, 'f', 3);
}

/// A polygon from WKT rings "(outer),(hole)...".
inline gis::GeosGeometryPtr polygon(const QString &rings)
{
    gis::GeosGeometryPtr g = gis::fromWkt(QStringLiteral("POLYGON(%1)").arg(rings));
    REQUIRE(g);
    return g;
}

inline gis::GeosGeometryPtr square(double x0, double y0, double x1, double y1)
{
    return polygon(box(x0, y0, x1, y1));
}

/// A closed ring as x, y pairs at GK coordinates, from points in metres from (kX, kY); the last
/// vertex repeats the first.
inline std::vector<double> closedRing(const std::vector<std::pair<double, double>> &points)
{
    std::vector<double> xy;
    for (const auto &[x, y] : points) {
        xy.push_back(kX + x);
        xy.push_back(kY + y);
    }
    xy.push_back(xy[0]);
    xy.push_back(xy[1]);
    return xy;
}

} // namespace fg::test
