// SPDX-License-Identifier: MIT
#pragma once

#include "gis/geos_context.h"

#include <memory>

namespace fg::gis {

/// The three area methods of DOMAIN.md §2; every reported number names its method.
enum class AreaMethod { Ellipsoidal, Geodesic, Planar };

/// All three areas of one geometry, in m².
struct Areas
{
    double ellipsoidal = 0;
    double geodesic = 0;
    double planar = 0;
    double of(AreaMethod method) const;
};

/// "ellipsoidal" / "geodesic" / "planar"; parse returns false for anything else.
const char *areaMethodName(AreaMethod method);
bool parseAreaMethod(const QString &text, AreaMethod *method);

/// Measures polygonal GEOS geometries given in a CGCS2000 Gauss-Krüger working CRS
/// (EPSG:4513–4554; the 6° zones EPSG:4491–4512 are accepted too) on the CGCS2000 ellipsoid.
/// Polygon = |outer ring| − Σ|holes| whatever the rings' orientation; MultiPolygons and
/// GeometryCollections sum their polygonal members; points, lines, empty and null count as zero.
/// Ellipsoidal: 三调 method (edges densified to ≤ 70 m in the plane, inverse GK, trapezoid series,
/// see trapezoid_series.h). Geodesic: GeographicLib with geodesic edges between the given vertices.
/// Planar: area in the GK plane.
/// Not thread-safe: use one calculator per thread at a time (it holds a PROJ transformation and
/// scratch buffers). It may be created on one thread and used on another: it follows the calling
/// thread's PROJ context. Cost: no allocation per vertex; buffers grow to the largest ring seen.
class AreaCalculator
{
public:
    /// Throws std::invalid_argument when the EPSG code is not a CGCS2000 GK CRS.
    explicit AreaCalculator(int workingEpsg);
    ~AreaCalculator();
    AreaCalculator(AreaCalculator &&) noexcept;
    AreaCalculator &operator=(AreaCalculator &&) noexcept;

    int workingEpsg() const;
    /// Area in m² by one method. Throws core::InputError (no file named: callers that know the
    /// file and feature should catch and rethrow with them) when coordinates lie outside the
    /// zone's domain, e.g. lon/lat degrees or another zone's metres passed by mistake.
    double area(const GEOSGeometry *geometry, AreaMethod method) const;
    /// All three methods from the same geometry.
    Areas areas(const GEOSGeometry *geometry) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace fg::gis
