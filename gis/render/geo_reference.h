// SPDX-License-Identifier: MIT
#pragma once

#include <QPointF>
#include <QPolygonF>
#include <QString>

#include <memory>

namespace fg::gis {

/// Where a map point is on the earth: converts working-CRS coordinates to CGCS2000 longitude and
/// latitude (EPSG:4490, east/north order) and measures geodesic lengths on the CGCS2000 ellipsoid.
/// Not thread-safe: one instance per thread (it holds a PROJ transformation).
class GeoReference
{
public:
    GeoReference();
    /// crs: "EPSG:4547", a WKT or PROJ string. isValid() is false when PROJ cannot use it.
    explicit GeoReference(const QString &crs);
    ~GeoReference();
    GeoReference(GeoReference &&) noexcept;
    GeoReference &operator=(GeoReference &&) noexcept;

    bool isValid() const;
    /// Longitude, latitude in degrees; false when the point cannot be transformed.
    bool toLonLat(QPointF map, QPointF *lonLat) const;
    /// Length in metres along geodesics between consecutive vertices; negative when invalid.
    double geodesicLength(const QPolygonF &mapLine) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace fg::gis
