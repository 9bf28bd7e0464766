// SPDX-License-Identifier: MIT
#include "gis/sample/incident_shapes.h"

#include "gis/geometry/area_calculator.h"
#include "gis/sample/design_sites.h"
#include "gis/sample/sample_mesh.h"
#include "gis/sample/sample_random.h"

#include <array>
#include <cmath>
#include <stdexcept>

namespace fg::gis::sample {

namespace {

/// Unit vectors at 0°, 60°, … 300°, written out so no trigonometry enters the generator.
constexpr double kHalfSqrt3 = 0.86602540378443864676;
constexpr std::array<Point, 6> kDirections { Point { 1, 0 }, Point { 0.5, kHalfSqrt3 },
    Point { -0.5, kHalfSqrt3 }, Point { -1, 0 }, Point { -0.5, -kHalfSqrt3 }, Point { 0.5, -kHalfSqrt3 } };

/// Largest scale tried (m): far beyond any sample incident (30 亩 is a 90 m hexagon).
constexpr double kMaxScale = 400.0;

} // namespace

IncidentShapes::IncidentShapes(const SampleMesh &mesh, const AreaCalculator &calculator)
    : m_mesh(mesh)
    , m_calculator(calculator)
{
}

double IncidentShapes::area(const GEOSGeometry *geometry) const
{
    return m_calculator.area(geometry, AreaMethod::Ellipsoidal);
}

GeosGeometryPtr IncidentShapes::cellPolygon(int i, int j) const
{
    return makePolygon(m_mesh.cellRing(i, j));
}

Point IncidentShapes::sharedSideMidpoint(const CellPair &pair) const
{
    return lerp(
        m_mesh.corner(pair.left.i + 1, pair.left.j), m_mesh.corner(pair.left.i + 1, pair.left.j + 1), 0.5);
}

GeosGeometryPtr IncidentShapes::blob(
    const Point &center, double target, const GEOSGeometry *container, SampleRandom &random) const
{
    for (int attempt = 0; attempt < 20; ++attempt) {
        // A random direction without trigonometry: normalise a point drawn in the unit square.
        double ux = 0, uy = 0, norm = 0;
        while (norm < 0.2 || norm > 1) {
            ux = random.uniform(-1, 1);
            uy = random.uniform(-1, 1);
            norm = std::sqrt(ux * ux + uy * uy);
        }
        ux /= norm;
        uy /= norm;
        const double stretch = random.uniform(0.8, 1.25);
        Ring unit;
        for (const Point &d : kDirections) {
            const double r = random.uniform(0.8, 1.2);
            const double a = d.x * r * stretch, b = d.y * r / stretch;
            unit.push_back({ a * ux - b * uy, a * uy + b * ux });
        }
        const auto shape = [&](double scale) {
            Ring ring;
            for (const Point &p : unit)
                ring.push_back({ center.x + p.x * scale, center.y + p.y * scale });
            return makePolygon(ring);
        };
        const double scale
            = solveIncreasing([&](double s) { return area(shape(s).get()); }, 1e-3, kMaxScale, target);
        GeosGeometryPtr result = shape(scale);
        if (within(result.get(), container))
            return result;
    }
    throw std::runtime_error("sample generator: an incident does not fit its site");
}

GeosGeometryPtr IncidentShapes::straddle(
    const CellPair &pair, double height, double westArea, double totalArea) const
{
    const Point m = sharedSideMidpoint(pair);
    const GeosGeometryPtr west = cellPolygon(pair.left.i, pair.left.j);
    const GeosGeometryPtr both = unite(west.get(), cellPolygon(pair.right.i, pair.right.j).get());
    const double y0 = m.y - height / 2, y1 = m.y + height / 2;
    const double reach = m_mesh.cellSize() / 2;
    // The west share depends only on the west edge while the shared side stays inside the
    // rectangle's width; the east edge is then solved for the total with the west edge fixed.
    const auto westShare = [&](double w) {
        return area(intersect(makeRectangle(m.x - w, y0, m.x + reach / 2, y1).get(), west.get()).get());
    };
    const double w = solveIncreasing(westShare, reach / 8, reach, westArea);
    const auto total = [&](double e) { return area(makeRectangle(m.x - w, y0, m.x + e, y1).get()); };
    const double e = solveIncreasing(total, 1e-3, reach, totalArea);
    GeosGeometryPtr result = makeRectangle(m.x - w, y0, m.x + e, y1);
    const double westCheck = area(intersect(result.get(), west.get()).get());
    if (!within(result.get(), both.get()) || std::abs(westCheck - westArea) > 1e-4)
        throw std::runtime_error("sample generator: a straddling incident does not fit its sites");
    return result;
}

GeosGeometryPtr IncidentShapes::band(
    const CellPair &pair, double westReach, double eastReach, double totalArea) const
{
    const Point m = sharedSideMidpoint(pair);
    const GeosGeometryPtr both
        = unite(cellPolygon(pair.left.i, pair.left.j).get(), cellPolygon(pair.right.i, pair.right.j).get());
    const auto rectangle
        = [&](double h) { return makeRectangle(m.x - westReach, m.y - h / 2, m.x + eastReach, m.y + h / 2); };
    const double h = solveIncreasing(
        [&](double v) { return area(rectangle(v).get()); }, 1e-3, m_mesh.cellSize() / 2, totalArea);
    GeosGeometryPtr result = rectangle(h);
    if (!within(result.get(), both.get()))
        throw std::runtime_error("sample generator: a band incident does not fit its sites");
    return result;
}

} // namespace fg::gis::sample
