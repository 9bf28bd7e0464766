// SPDX-License-Identifier: MIT
#pragma once

#include "gis/sample/sample_geometry.h"

#include <utility>
#include <vector>

namespace fg::gis::sample {

class SampleRandom;

/// Size and place of the sample county's cell lattice.
struct MeshParams
{
    /// South-west corner in EPSG:4547 (about 113.377°E, 36.146°N, in Pingshun County).
    Point origin { 444000.0, 4002000.0 };
    double cellSize = 300.0; ///< m
    int columns = 50;
    int rows = 40;
    double jitter = 0.18; ///< corner displacement as a fraction of cellSize
};

/// Side of a cell. Bottom and Top run west→east, Left and Right south→north (parameter 0→1).
enum class Side { Bottom, Right, Top, Left };

/// A jittered quadrilateral lattice clipped to an irregular county outline. Neighbouring cells
/// share their corner points and every point added on a shared side, so rings built from the
/// mesh tile the county exactly (no floating-point slivers between neighbours).
class SampleMesh
{
public:
    SampleMesh(const MeshParams &params, SampleRandom &random);

    int columns() const { return m_params.columns; }
    int rows() const { return m_params.rows; }
    double cellSize() const { return m_params.cellSize; }
    /// True when cell (i, j) belongs to the county; false outside the lattice too.
    bool inside(int i, int j) const;
    /// True when the cell and its eight neighbours are inside.
    bool interior(int i, int j) const;
    Point corner(int i, int j) const;
    /// Mean of the four corners.
    Point cellCenter(int i, int j) const;

    /// Adds (once) the point at parameter t (0 < t < 1) on a side of cell (i, j) and returns it.
    Point addSidePoint(int i, int j, Side side, double t);
    /// The side's points with parameter in [t0, t1] (ends included), in ascending parameter.
    Ring sidePoints(int i, int j, Side side, double t0, double t1) const;
    /// The cell's counter-clockwise ring including every point added on its sides.
    Ring cellRing(int i, int j) const;

private:
    struct Edge
    {
        Point a;
        Point b;
        std::vector<std::pair<double, Point>> inner; ///< sorted by parameter
    };
    const Edge &edge(int i, int j, Side side) const;
    Edge &edge(int i, int j, Side side);
    void buildOutline(SampleRandom &random);

    MeshParams m_params;
    std::vector<Point> m_corners; ///< (columns + 1) × (rows + 1)
    std::vector<char> m_inside; ///< columns × rows
    std::vector<Edge> m_horizontal; ///< columns × (rows + 1)
    std::vector<Edge> m_vertical; ///< (columns + 1) × rows
};

/// Appends points, skipping one equal to the last point already present.
void appendPoints(Ring &ring, const Ring &points);

} // namespace fg::gis::sample
