// SPDX-License-Identifier: MIT
#pragma once

#include "gis/sample/sample_geometry.h"

namespace fg::gis {
class AreaCalculator;
}

namespace fg::gis::sample {

class SampleMesh;
class SampleRandom;
struct CellPair;

/// Incident outlines whose ellipsoidal areas (AreaCalculator, m²) hit a target by bisection.
/// Every function checks that the result lies inside its container and throws
/// std::runtime_error when it cannot be made to fit (a design bug, not bad input).
class IncidentShapes
{
public:
    IncidentShapes(const SampleMesh &mesh, const AreaCalculator &calculator);

    /// An irregular hexagon around `center`, scaled to `area`, inside `container`. Draws a new
    /// shape (up to 20 times) when one does not fit.
    GeosGeometryPtr blob(
        const Point &center, double area, const GEOSGeometry *container, SampleRandom &random) const;

    /// A rectangle `height` m tall across the pair's shared side, centred on that side's midpoint,
    /// with `westArea` inside the west cell and `totalArea` in all (inside the two cells).
    GeosGeometryPtr straddle(const CellPair &pair, double height, double westArea, double totalArea) const;

    /// A rectangle reaching `westReach` m west and `eastReach` m east of the shared side's
    /// midpoint, its height solved so its area is `totalArea` (inside the two cells).
    GeosGeometryPtr band(const CellPair &pair, double westReach, double eastReach, double totalArea) const;

    /// Ellipsoidal area, m².
    double area(const GEOSGeometry *geometry) const;

private:
    GeosGeometryPtr cellPolygon(int i, int j) const;
    Point sharedSideMidpoint(const CellPair &pair) const;

    const SampleMesh &m_mesh;
    const AreaCalculator &m_calculator;
};

} // namespace fg::gis::sample
