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
/// (EPSG:4513–4554) on the CGCS2000 ellipsoid. Non-polygonal parts count as zero area;
/// holes are subtracted whatever the rings' orientation.
/// Not thread-safe: use one calculator per thread (it holds a PROJ transformation).
class AreaCalculator
{
public:
    /// Throws std::invalid_argument when the EPSG code is not a CGCS2000 GK CRS.
    explicit AreaCalculator(int workingEpsg);
    ~AreaCalculator();
    AreaCalculator(AreaCalculator &&) noexcept;
    AreaCalculator &operator=(AreaCalculator &&) noexcept;

    int workingEpsg() const;
    /// Area in m² by one method.
    double area(const GEOSGeometry *geometry, AreaMethod method) const;
    /// All three methods from the same geometry.
    Areas areas(const GEOSGeometry *geometry) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace fg::gis
