// SPDX-License-Identifier: MIT
#include "gis/analysis/piece_groups.h"

#include "gis/analysis/piece_outlines.h"

#include <algorithm>
#include <cstdint>

namespace fg::gis {

using namespace outlines;

namespace {

/// The root of i's set, halving the path on the way.
size_t rootOf(std::vector<size_t> &parent, size_t i)
{
    while (parent[i] != i)
        i = parent[i] = parent[parent[i]];
    return i;
}

/// True when a and b may change each other's rings in a union or difference (the contrary of
/// what interactingGroups needs between groups).
bool interact(const GEOSGeometry *a, const Box &boxA, const Rings &ringsA, const GEOSGeometry *b, const Box &boxB,
    const Rings &ringsB)
{
    const Box grownA { boxA.x0 - kTouch, boxA.y0 - kTouch, boxA.x1 + kTouch, boxA.y1 + kTouch };
    if (!grownA.meets(boxB))
        return false;
    return anyVertexSplits(ringsA, ringsB, boxB) || anyVertexSplits(ringsB, ringsA, boxA)
        || !interiorsApart(a, boxA, ringsA, b, boxB, ringsB);
}

} // namespace

std::vector<std::vector<size_t>> interactingGroups(const std::vector<const GEOSGeometry *> &pieces)
{
    const std::vector<Box> boxes = boxesOf(pieces);
    std::vector<Rings> rings;
    rings.reserve(pieces.size());
    for (const GEOSGeometry *g : pieces)
        rings.push_back(ringsOf(g));
    std::vector<size_t> parent(pieces.size());
    for (size_t i = 0; i < parent.size(); ++i)
        parent[i] = i;
    for (size_t i = 0; i < pieces.size(); ++i)
        for (size_t j = i + 1; j < pieces.size(); ++j) {
            const size_t ri = rootOf(parent, i), rj = rootOf(parent, j);
            if (ri != rj && interact(pieces[i], boxes[i], rings[i], pieces[j], boxes[j], rings[j]))
                parent[std::max(ri, rj)] = std::min(ri, rj);
        }
    std::vector<std::vector<size_t>> groups;
    std::vector<size_t> groupOfRoot(pieces.size(), SIZE_MAX);
    for (size_t i = 0; i < pieces.size(); ++i) {
        const size_t r = rootOf(parent, i);
        if (groupOfRoot[r] == SIZE_MAX) {
            groupOfRoot[r] = groups.size();
            groups.emplace_back();
        }
        groups[groupOfRoot[r]].push_back(i);
    }
    return groups;
}

} // namespace fg::gis
