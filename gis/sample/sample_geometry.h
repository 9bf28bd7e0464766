// SPDX-License-Identifier: MIT
#pragma once

#include "gis/geos_context.h"

#include <functional>
#include <vector>

/// Small GEOS helpers for the sample county generator. All coordinates are (east, north) metres
/// in the working CRS; functions use the calling thread's GEOS context and throw
/// std::runtime_error (with the GEOS message) when GEOS fails, which only a bug can cause here.
namespace fg::gis::sample {

struct Point
{
    double x = 0;
    double y = 0;
};

/// An open ring (the first point is not repeated at the end).
using Ring = std::vector<Point>;

Point lerp(const Point &a, const Point &b, double t);

/// Polygon from an open shell and open holes; rings are closed here.
GeosGeometryPtr makePolygon(const Ring &shell, const std::vector<Ring> &holes = {});
/// Axis-aligned rectangle [x0, x1] × [y0, y1].
GeosGeometryPtr makeRectangle(double x0, double y0, double x1, double y1);
/// MultiPolygon taking ownership of the given polygons.
GeosGeometryPtr makeMultiPolygon(std::vector<GeosGeometryPtr> polygons);

/// Union of all geometries (borrowed); empty input gives an empty collection.
GeosGeometryPtr unionAll(const std::vector<const GEOSGeometry *> &geometries);
GeosGeometryPtr unite(const GEOSGeometry *a, const GEOSGeometry *b);
GeosGeometryPtr intersect(const GEOSGeometry *a, const GEOSGeometry *b);
GeosGeometryPtr subtract(const GEOSGeometry *a, const GEOSGeometry *b);
GeosGeometryPtr buffer(const GEOSGeometry *geometry, double distance);

/// Planar area in the working CRS, m².
double planarArea(const GEOSGeometry *geometry);
bool within(const GEOSGeometry *inner, const GEOSGeometry *outer);
bool intersects(const GEOSGeometry *a, const GEOSGeometry *b);
/// A point guaranteed to lie in the (polygonal) geometry.
Point interiorPoint(const GEOSGeometry *geometry);

/// Solves f(x) = target by bisection on [low, high] for an increasing f, to the last bit of x.
/// Throws std::runtime_error when the target is not bracketed by f(low) and f(high).
double solveIncreasing(const std::function<double(double)> &f, double low, double high, double target);

} // namespace fg::gis::sample
