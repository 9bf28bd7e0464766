// SPDX-License-Identifier: MIT
// A GeoJSON layer of small squares on a grid across the sample county, for import tests.
#pragma once

#include <QFile>
#include <QString>

#include <catch2/catch.hpp>

/// Where and how the squares lie (EPSG:4547 metres).
struct SquareGrid
{
    QString prefix; ///< ids are PREFIX + row number (BH)
    int count = 0;
    int columns = 100;
    double originX = 445000, originY = 4003500, step = 110, side = 10;
    int parties = 0; ///< > 0: DSR "party i % parties"
};

/// Writes @p grid to @p path; returns the path.
inline QString writeSquareGrid(const QString &path, const SquareGrid &grid)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4547"}},"features":[)");
    for (int i = 0; i < grid.count; ++i) {
        const double x = grid.originX + (i % grid.columns) * grid.step;
        const double y = grid.originY + (i / grid.columns) * grid.step;
        const QString party
            = grid.parties > 0 ? QStringLiteral(R"(,"DSR":"party %1")").arg(i % grid.parties) : QString();
        file.write(QStringLiteral(
            R"(%1{"type":"Feature","properties":{"BH":"%2%3"%4},)"
            R"("geometry":{"type":"Polygon","coordinates":[[[%5,%6],[%7,%6],[%7,%8],[%5,%8],[%5,%6]]]}})")
                       .arg(i ? QStringLiteral(",") : QString(), grid.prefix)
                       .arg(i)
                       .arg(party)
                       .arg(x, 0, 'f', 1)
                       .arg(y, 0, 'f', 1)
                       .arg(x + grid.side, 0, 'f', 1)
                       .arg(y + grid.side, 0, 'f', 1)
                       .toUtf8());
    }
    file.write("]}");
    return path;
}
