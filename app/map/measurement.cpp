// SPDX-License-Identifier: MIT
#include "app/map/measurement.h"

#include "core/units.h"
#include "gis/geometry/area_calculator.h"
#include "gis/render/geo_reference.h"

#include <QLineF>
#include <QLocale>

#include <cmath>
#include <stdexcept>

namespace fg::app {

Measurement Measurer::measureLine(const QPolygonF &points, const QString &crs)
{
    Measurement m;
    m.planarLength = 0;
    for (int i = 1; i < points.size(); ++i)
        m.planarLength += QLineF(points[i - 1], points[i]).length();
    const gis::GeoReference geo(crs);
    m.geodesicLength = geo.isValid() ? geo.geodesicLength(points) : -1;
    if (!geo.isValid())
        m.note = tr("The map's CRS is unknown: only planar values.");
    return m;
}

Measurement Measurer::measurePolygon(const QPolygonF &ring, int workingEpsg, const QString &crs)
{
    QPolygonF closed = ring;
    if (!closed.isEmpty() && closed.front() != closed.back())
        closed.append(closed.front());
    Measurement m = measureLine(closed, crs);
    if (closed.size() < 4)
        return m;
    // Shoelace formula in the projected plane.
    double twice = 0;
    for (int i = 1; i < closed.size(); ++i)
        twice += closed[i - 1].x() * closed[i].y() - closed[i].x() * closed[i - 1].y();
    m.planarArea = std::abs(twice) / 2;
    try {
        gis::AreaCalculator calculator(workingEpsg);
        QStringList coords;
        for (const QPointF &p : closed)
            coords << QStringLiteral("%1 %2").arg(p.x(), 0, 'f', 6).arg(p.y(), 0, 'f', 6);
        const gis::GeosGeometryPtr polygon = gis::fromWkt(QStringLiteral("POLYGON((%1))").arg(coords.join(',')));
        const gis::Areas areas = calculator.areas(polygon.get());
        m.ellipsoidalArea = areas.ellipsoidal;
        m.geodesicArea = areas.geodesic;
        m.planarArea = areas.planar;
    } catch (const std::exception &) {
        m.note = tr("Ellipsoidal and geodesic areas need a CGCS2000 Gauss-Krüger working CRS.");
    }
    return m;
}

namespace {

QString metres(double value)
{
    return QLocale::c().toString(value, 'f', 2);
}

} // namespace

QString Measurer::describe(const Measurement &m, bool area)
{
    QStringList lines;
    const QString unavailable = tr("unavailable");
    if (area) {
        const auto areaLine = [&](const QString &label, double value) {
            lines << (value < 0 ? tr("%1: %2").arg(label, unavailable)
                                : tr("%1: %2 m² = %3 mu")
                                      .arg(label, metres(value), core::formatMu(value)));
        };
        areaLine(tr("Ellipsoidal area"), m.ellipsoidalArea);
        areaLine(tr("Geodesic area"), m.geodesicArea);
        areaLine(tr("Planar area"), m.planarArea);
        lines << tr("Perimeter (planar): %1 m").arg(metres(m.planarLength));
    } else {
        lines << tr("Planar length: %1 m").arg(metres(m.planarLength));
        lines << (m.geodesicLength < 0 ? tr("Geodesic length: %1").arg(unavailable)
                                       : tr("Geodesic length: %1 m").arg(metres(m.geodesicLength)));
    }
    if (!m.note.isEmpty())
        lines << m.note;
    return lines.join(QLatin1Char('\n'));
}

} // namespace fg::app
