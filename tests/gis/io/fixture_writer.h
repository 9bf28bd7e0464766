// SPDX-License-Identifier: MIT
// Writes small vector files with GDAL for the reader tests, byte for byte as offices deliver them.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace fixture {

struct Feature
{
    QString wkt; ///< geometry; empty = null geometry
    QStringList values; ///< one text value per field
};

struct ShapefileSpec
{
    QString name = QStringLiteral("layer");
    QStringList fields; ///< text fields (names may be Chinese)
    std::vector<Feature> features;
    QString encoding = QStringLiteral("UTF-8"); ///< how the DBF bytes are written (iconv name)
    std::optional<QString> cpg; ///< .cpg content; nullopt = no .cpg file
    int ldid = 0; ///< DBF language driver byte written into the header
    int epsg = 0; ///< .prj from this EPSG code; 0 = no .prj
    QString prjText; ///< explicit .prj content (wins over epsg)
    QString geometryType = QStringLiteral("POLYGON"); ///< SHPT layer creation option
};

/// Writes NAME.shp/.shx/.dbf (and .cpg/.prj as asked) into dir; returns the .shp path.
QString writeShapefile(const QString &dir, const ShapefileSpec &spec);

/// Writes any OGR format (driver short name) with one text field "name" and the given features;
/// epsg 0 = no CRS. Returns the path.
QString writeOgr(const QString &path, const QString &driver, const std::vector<Feature> &features, int epsg);

/// The WKT of the axis-parallel square of side @p side whose south-west corner is (x, y), its
/// coordinates written with @p decimals decimals.
QString squareWkt(double x, double y, double side, int decimals = 3);

/// Writes raw bytes to a file; returns the path.
QString writeBytes(const QString &path, const QByteArray &bytes);

} // namespace fixture
