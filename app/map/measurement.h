// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QPolygonF>
#include <QString>

namespace fg::app {

/// Lengths and areas of a drawn line or polygon, in metres and m². Negative means unavailable.
struct Measurement
{
    double planarLength = -1;
    double geodesicLength = -1;
    double ellipsoidalArea = -1;
    double geodesicArea = -1;
    double planarArea = -1;
    QString note;   ///< why a method is unavailable, if one is
};

/// Measures in the map's working CRS: planar lengths and areas from the coordinates, geodesic
/// lengths on CGCS2000, and — when the working CRS is a CGCS2000 Gauss-Krüger zone — the
/// ellipsoidal and geodesic areas of gis::AreaCalculator. `crs` is "EPSG:n" or a WKT.
class Measurer
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::Measurer)

public:
    static Measurement measureLine(const QPolygonF &points, const QString &crs);
    static Measurement measurePolygon(const QPolygonF &ring, int workingEpsg, const QString &crs);
    /// Multi-line text for the measure panel: each number labelled with its method, areas in m² and 亩.
    static QString describe(const Measurement &m, bool area);
};

} // namespace fg::app
