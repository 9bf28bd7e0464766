// SPDX-License-Identifier: MIT
#include "gis/sample/design_sites.h"

#include "gis/sample/sample_geometry.h"
#include "gis/sample/sample_mesh.h"
#include "gis/sample/sample_random.h"
#include "gis/sample/sample_regions.h"

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <stdexcept>

namespace fg::gis::sample {

namespace {

/// Designed incidents reach at most about 80 m from the cell centre; this leaves a margin.
constexpr double kRoomHalfWidth = 95.0;
/// Minimum Chebyshev distance between reserved cells of different designs.
constexpr int kSeparation = 3;

int chebyshevDistance(const std::vector<Cell> &cells, int i, int j)
{
    int best = 1 << 20;
    for (const Cell &c : cells)
        best = std::min(best, std::max(std::abs(c.i - i), std::abs(c.j - j)));
    return best;
}

class SitePicker
{
public:
    SitePicker(const SampleMesh &mesh, const SampleRegions &regions, SampleRandom &random)
        : m_mesh(mesh)
        , m_regions(regions)
        , m_random(random)
    {
    }

    bool usable(int i, int j) const
    {
        if (!m_mesh.interior(i, j) || chebyshevDistance(m_taken, i, j) < kSeparation)
            return false;
        const Village &v = m_regions.villages()[static_cast<size_t>(m_regions.villageOf(i, j))];
        if (std::abs(v.centerColumn - i) <= 1 && std::abs(v.centerRow - j) <= 1)
            return false;
        const Point c = m_mesh.cellCenter(i, j);
        const GeosGeometryPtr room = makeRectangle(
            c.x - kRoomHalfWidth, c.y - kRoomHalfWidth, c.x + kRoomHalfWidth, c.y + kRoomHalfWidth);
        return within(room.get(), makePolygon(m_mesh.cellRing(i, j)).get());
    }

    /// Scans from a random start for a cell (and its east neighbour when `pair`) passing `accept`.
    CellPair pick(bool pair, const std::function<bool(const Cell &, const Cell &)> &accept)
    {
        const int nx = m_mesh.columns(), total = nx * m_mesh.rows();
        const int start = m_random.below(total);
        for (int k = 0; k < total; ++k) {
            const int c = (start + k) % total;
            const Cell left { c % nx, c / nx };
            const Cell right { left.i + 1, left.j };
            if (!usable(left.i, left.j) || (pair && !usable(right.i, right.j)))
                continue;
            if (accept && !accept(left, right))
                continue;
            return { left, pair ? right : Cell {} };
        }
        throw std::runtime_error("sample generator: no room left for a designed incident");
    }

    Cell single()
    {
        const Cell c = pick(false, {}).left;
        m_taken.push_back(c);
        return c;
    }

    CellPair pair(const std::function<bool(const Cell &, const Cell &)> &accept = {})
    {
        const CellPair p = pick(true, accept);
        m_taken.push_back(p.left);
        m_taken.push_back(p.right);
        return p;
    }

private:
    const SampleMesh &m_mesh;
    const SampleRegions &m_regions;
    SampleRandom &m_random;
    std::vector<Cell> m_taken;
};

} // namespace

int DesignSites::distanceToReserved(int i, int j) const
{
    return chebyshevDistance(all(), i, j);
}

std::vector<Cell> DesignSites::all() const
{
    std::vector<Cell> cells = basicFarmland;
    cells.insert(cells.end(), cultivated.begin(), cultivated.end());
    for (const CellPair *p : { &mixed, &twoTownships, &overlap, &sliver }) {
        cells.push_back(p->left);
        cells.push_back(p->right);
    }
    cells.push_back(bowTie);
    // Unpicked sites are (-1, -1) placeholders; drop them.
    cells.erase(
        std::remove_if(cells.begin(), cells.end(), [](const Cell &c) { return c.i < 0; }), cells.end());
    return cells;
}

bool DesignSites::isBasicFarmland(int i, int j) const
{
    std::vector<Cell> cells = basicFarmland;
    for (const Cell &c : { mixed.left, overlap.left, overlap.right, bowTie, sliver.left })
        cells.push_back(c);
    return std::any_of(cells.begin(), cells.end(), [&](const Cell &c) { return c.i == i && c.j == j; });
}

DesignSites reserveDesignSites(const SampleMesh &mesh, const SampleRegions &regions, SampleRandom &random)
{
    SitePicker picker(mesh, regions, random);
    std::vector<Cell> bf, cultivated;
    for (int k = 0; k < 5; ++k)
        bf.push_back(picker.single());
    for (int k = 0; k < 3; ++k)
        cultivated.push_back(picker.single());
    const CellPair mixed = picker.pair();
    const CellPair span = picker.pair([&](const Cell &l, const Cell &r) {
        return regions.townshipOf(l.i, l.j) != regions.townshipOf(r.i, r.j);
    });
    const CellPair overlap = picker.pair();
    const Cell bowTie = picker.single();
    const CellPair sliver = picker.pair();

    DesignSites sites;
    sites.basicFarmland = bf;
    sites.cultivated = cultivated;
    sites.mixed = mixed;
    sites.twoTownships = span;
    sites.overlap = overlap;
    sites.bowTie = bowTie;
    sites.sliver = sliver;
    return sites;
}

} // namespace fg::gis::sample
