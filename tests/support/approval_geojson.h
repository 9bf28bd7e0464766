// SPDX-License-Identifier: MIT
// A one-approval GeoJSON file (EPSG:4547) for the tests that import an approval of their own.
#pragma once

#include <QFile>
#include <QRectF>
#include <QString>

namespace fg::test {

/// Writes @p path: one approval over the rectangle @p box with the feature's properties
/// @p properties (a JSON object's inner text, e.g. "\"WH\":\"X-1\",\"PZLX\":\"宅基地\"").
/// Returns @p path, or an empty string when the file cannot be written.
inline QString writeApprovalGeoJson(const QString &path, const QString &properties, const QRectF &box)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QStringLiteral(
        "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
        "\"urn:ogc:def:crs:EPSG::4547\"}},\"features\":[{\"type\":\"Feature\",\"properties\":{%1},"
        "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%2,%3],[%4,%3],[%4,%5],[%2,%5],[%2,%3]]]}}]}")
                   .arg(properties)
                   .arg(box.left(), 0, 'f', 3)
                   .arg(box.top(), 0, 'f', 3)
                   .arg(box.right(), 0, 'f', 3)
                   .arg(box.bottom(), 0, 'f', 3)
                   .toUtf8());
    return path;
}

} // namespace fg::test
