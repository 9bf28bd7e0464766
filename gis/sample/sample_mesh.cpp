// SPDX-License-Identifier: MIT
#include "gis/sample/sample_mesh.h"

#include "gis/sample/sample_random.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace fg::gis::sample {

SampleMesh::SampleMesh(const MeshParams &params, SampleRandom &random)
    : m_params(params)
{
    const int nx = params.columns;
    const int ny = params.rows;
    const double cs = params.cellSize;
    const double jitter = params.jitter * cs;
    m_corners.reserve(static_cast<size_t>((nx + 1) * (ny + 1)));
    for (int j = 0; j <= ny; ++j) {
        for (int i = 0; i <= nx; ++i) {
            const double dx = random.uniform(-jitter, jitter);
            const double dy = random.uniform(-jitter, jitter);
            m_corners.push_back({ params.origin.x + i * cs + dx, params.origin.y + j * cs + dy });
        }
    }
    for (int j = 0; j <= ny; ++j)
        for (int i = 0; i < nx; ++i)
            m_horizontal.push_back({ corner(i, j), corner(i + 1, j), {} });
    for (int j = 0; j < ny; ++j)
        for (int i = 0; i <= nx; ++i)
            m_vertical.push_back({ corner(i, j), corner(i, j + 1), {} });
    buildOutline(random);
}

void SampleMesh::buildOutline(SampleRandom &random)
{
    // An ellipse whose east and west limits wander row by row, as a county outline follows ridges.
    const int nx = m_params.columns;
    const int ny = m_params.rows;
    m_inside.assign(static_cast<size_t>(nx * ny), 0);
    const double a = nx / 2.0 - 0.5;
    const double b = ny / 2.0 - 0.5;
    int westWalk = 0;
    int eastWalk = 0;
    for (int j = 0; j < ny; ++j) {
        westWalk = std::clamp(westWalk + random.below(3) - 1, -1, 4);
        eastWalk = std::clamp(eastWalk + random.below(3) - 1, -1, 4);
        const double v = (j + 0.5 - ny / 2.0) / b;
        if (v * v >= 1)
            continue;
        const double half = a * std::sqrt(1 - v * v);
        const int west = std::max(0, static_cast<int>(nx / 2.0 - half) + westWalk);
        const int east = std::min(nx, static_cast<int>(nx / 2.0 + half) - eastWalk);
        if (east - west < 3)
            continue;
        for (int i = west; i < east; ++i)
            m_inside[static_cast<size_t>(j * nx + i)] = 1;
    }
}

bool SampleMesh::inside(int i, int j) const
{
    if (i < 0 || j < 0 || i >= m_params.columns || j >= m_params.rows)
        return false;
    return m_inside[static_cast<size_t>(j * m_params.columns + i)] != 0;
}

bool SampleMesh::interior(int i, int j) const
{
    for (int dj = -1; dj <= 1; ++dj)
        for (int di = -1; di <= 1; ++di)
            if (!inside(i + di, j + dj))
                return false;
    return true;
}

Point SampleMesh::corner(int i, int j) const
{
    return m_corners[static_cast<size_t>(j * (m_params.columns + 1) + i)];
}

Point SampleMesh::cellCenter(int i, int j) const
{
    const Point a = corner(i, j), b = corner(i + 1, j), c = corner(i + 1, j + 1), d = corner(i, j + 1);
    return { (a.x + b.x + c.x + d.x) / 4, (a.y + b.y + c.y + d.y) / 4 };
}

const SampleMesh::Edge &SampleMesh::edge(int i, int j, Side side) const
{
    const int nx = m_params.columns;
    switch (side) {
    case Side::Bottom:
        return m_horizontal[static_cast<size_t>(j * nx + i)];
    case Side::Top:
        return m_horizontal[static_cast<size_t>((j + 1) * nx + i)];
    case Side::Left:
        return m_vertical[static_cast<size_t>(j * (nx + 1) + i)];
    case Side::Right:
        break;
    }
    return m_vertical[static_cast<size_t>(j * (nx + 1) + i + 1)];
}

SampleMesh::Edge &SampleMesh::edge(int i, int j, Side side)
{
    return const_cast<Edge &>(static_cast<const SampleMesh *>(this)->edge(i, j, side));
}

Point SampleMesh::addSidePoint(int i, int j, Side side, double t)
{
    if (!(t > 0 && t < 1))
        throw std::logic_error("sample generator: side parameter outside (0, 1)");
    Edge &e = edge(i, j, side);
    auto at = std::lower_bound(e.inner.begin(), e.inner.end(), t,
        [](const std::pair<double, Point> &p, double v) { return p.first < v; });
    if (at != e.inner.end() && at->first == t)
        return at->second;
    const Point p = lerp(e.a, e.b, t);
    e.inner.insert(at, { t, p });
    return p;
}

Ring SampleMesh::sidePoints(int i, int j, Side side, double t0, double t1) const
{
    const Edge &e = edge(i, j, side);
    Ring points;
    if (t0 <= 0)
        points.push_back(e.a);
    for (const auto &[t, p] : e.inner)
        if (t >= t0 && t <= t1)
            points.push_back(p);
    if (t1 >= 1)
        points.push_back(e.b);
    return points;
}

Ring SampleMesh::cellRing(int i, int j) const
{
    Ring ring;
    appendPoints(ring, sidePoints(i, j, Side::Bottom, 0, 1));
    appendPoints(ring, sidePoints(i, j, Side::Right, 0, 1));
    Ring top = sidePoints(i, j, Side::Top, 0, 1);
    appendPoints(ring, Ring(top.rbegin(), top.rend()));
    Ring left = sidePoints(i, j, Side::Left, 0, 1);
    appendPoints(ring, Ring(left.rbegin(), left.rend()));
    ring.pop_back(); // the start corner again
    return ring;
}

void appendPoints(Ring &ring, const Ring &points)
{
    for (const Point &p : points)
        if (ring.empty() || ring.back().x != p.x || ring.back().y != p.y)
            ring.push_back(p);
}

} // namespace fg::gis::sample
