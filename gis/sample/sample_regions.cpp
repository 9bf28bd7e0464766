// SPDX-License-Identifier: MIT
#include "gis/sample/sample_regions.h"

#include "gis/sample/sample_mesh.h"
#include "gis/sample/sample_names.h"
#include "gis/sample/sample_random.h"

#include <stdexcept>

namespace fg::gis::sample {

namespace {

/// Village seeds are spread about this many cells apart (≈ 1.8 km: a Taihang village's land).
constexpr int kVillageSpacing = 6;

struct Seed
{
    double x;
    double y;
};

int nearest(const std::vector<Seed> &seeds, double x, double y)
{
    int best = -1;
    double bestDistance = 0;
    for (size_t k = 0; k < seeds.size(); ++k) {
        const double dx = seeds[k].x - x, dy = seeds[k].y - y;
        const double d = dx * dx + dy * dy;
        if (best < 0 || d < bestDistance) {
            best = static_cast<int>(k);
            bestDistance = d;
        }
    }
    return best;
}

} // namespace

SampleRegions::SampleRegions(const SampleMesh &mesh, SampleRandom &random, NameMaker &names)
    : m_columns(mesh.columns())
{
    assignVillages(mesh, random);
    assignTownships(random);
    for (Village &v : m_villages)
        v.name = names.villageName();
}

void SampleRegions::assignVillages(const SampleMesh &mesh, SampleRandom &random)
{
    std::vector<Seed> seeds;
    for (int gy = 0; gy * kVillageSpacing < mesh.rows(); ++gy)
        for (int gx = 0; gx * kVillageSpacing < mesh.columns(); ++gx)
            seeds.push_back({ (gx + 0.5) * kVillageSpacing + random.uniform(-2, 2),
                (gy + 0.5) * kVillageSpacing + random.uniform(-2, 2) });
    std::vector<int> seedOfCell(static_cast<size_t>(mesh.columns() * mesh.rows()), -1);
    std::vector<int> cellsOfSeed(seeds.size(), 0);
    for (int j = 0; j < mesh.rows(); ++j)
        for (int i = 0; i < mesh.columns(); ++i)
            if (mesh.inside(i, j)) {
                const int s = nearest(seeds, i + 0.5, j + 0.5);
                seedOfCell[static_cast<size_t>(j * m_columns + i)] = s;
                ++cellsOfSeed[static_cast<size_t>(s)];
            }
    // Seeds with no cell inside the county make no village; number the rest in seed order.
    std::vector<int> villageOfSeed(seeds.size(), -1);
    for (size_t s = 0; s < seeds.size(); ++s)
        if (cellsOfSeed[s] > 0) {
            villageOfSeed[s] = static_cast<int>(m_villages.size());
            m_villages.push_back({});
        }
    m_cellVillage.assign(seedOfCell.size(), -1);
    std::vector<Seed> sums(m_villages.size(), { 0, 0 });
    std::vector<int> counts(m_villages.size(), 0);
    for (size_t c = 0; c < seedOfCell.size(); ++c) {
        if (seedOfCell[c] < 0)
            continue;
        const int v = villageOfSeed[static_cast<size_t>(seedOfCell[c])];
        m_cellVillage[c] = v;
        sums[static_cast<size_t>(v)].x += static_cast<double>(c % static_cast<size_t>(m_columns)) + 0.5;
        sums[static_cast<size_t>(v)].y += static_cast<double>(c / static_cast<size_t>(m_columns)) + 0.5;
        ++counts[static_cast<size_t>(v)];
    }
    for (size_t v = 0; v < m_villages.size(); ++v) {
        const double cx = sums[v].x / counts[v], cy = sums[v].y / counts[v];
        double best = -1;
        for (size_t c = 0; c < m_cellVillage.size(); ++c) {
            if (m_cellVillage[c] != static_cast<int>(v))
                continue;
            const int i = static_cast<int>(c % static_cast<size_t>(m_columns));
            const int j = static_cast<int>(c / static_cast<size_t>(m_columns));
            const double d = (i + 0.5 - cx) * (i + 0.5 - cx) + (j + 0.5 - cy) * (j + 0.5 - cy);
            if (best < 0 || d < best) {
                best = d;
                m_villages[v].centerColumn = i;
                m_villages[v].centerRow = j;
            }
        }
    }
}

void SampleRegions::assignTownships(SampleRandom &random)
{
    // Eight township seeds on a jittered 4 × 2 grid over the lattice, in cell units.
    const auto &names = townshipNames();
    const int rows = static_cast<int>(m_cellVillage.size()) / m_columns;
    std::vector<Seed> seeds;
    for (int r = 0; r < 2; ++r)
        for (int k = 0; k < 4; ++k)
            seeds.push_back({ (k + 0.5) * m_columns / 4.0 + random.uniform(-3, 3),
                (r + 0.5) * rows / 2.0 + random.uniform(-3, 3) });
    std::vector<int> seedOfVillage;
    std::vector<int> villagesOfSeed(seeds.size(), 0);
    for (const Village &v : m_villages) {
        const int s = nearest(seeds, v.centerColumn + 0.5, v.centerRow + 0.5);
        seedOfVillage.push_back(s);
        ++villagesOfSeed[static_cast<size_t>(s)];
    }
    std::vector<int> townshipOfSeed(seeds.size(), -1);
    for (size_t s = 0; s < seeds.size(); ++s)
        if (villagesOfSeed[s] > 0) {
            townshipOfSeed[s] = static_cast<int>(m_townships.size());
            m_townships.push_back({ kCountyCode + names[s].codeSuffix, names[s].name });
        }
    if (m_townships.size() < 6)
        throw std::runtime_error("sample generator: this seed gives fewer than six townships");
    std::vector<int> numberInTownship(m_townships.size(), 0);
    for (size_t v = 0; v < m_villages.size(); ++v) {
        const int t = townshipOfSeed[static_cast<size_t>(seedOfVillage[v])];
        m_villages[v].township = t;
        const int n = 201 + numberInTownship[static_cast<size_t>(t)]++;
        m_villages[v].code = m_townships[static_cast<size_t>(t)].code + QString::number(n);
    }
}

int SampleRegions::villageOf(int i, int j) const
{
    const int rows = static_cast<int>(m_cellVillage.size()) / m_columns;
    if (i < 0 || j < 0 || i >= m_columns || j >= rows)
        return -1;
    return m_cellVillage[static_cast<size_t>(j * m_columns + i)];
}

int SampleRegions::townshipOf(int i, int j) const
{
    const int v = villageOf(i, j);
    return v < 0 ? -1 : m_villages[static_cast<size_t>(v)].township;
}

std::vector<GeosGeometryPtr> SampleRegions::villagePolygons(const SampleMesh &mesh) const
{
    std::vector<std::vector<GeosGeometryPtr>> cells(m_villages.size());
    for (int j = 0; j < mesh.rows(); ++j)
        for (int i = 0; i < mesh.columns(); ++i)
            if (const int v = villageOf(i, j); v >= 0)
                cells[static_cast<size_t>(v)].push_back(makePolygon(mesh.cellRing(i, j)));
    std::vector<GeosGeometryPtr> result;
    for (const auto &list : cells) {
        std::vector<const GEOSGeometry *> raw;
        for (const auto &g : list)
            raw.push_back(g.get());
        result.push_back(unionAll(raw));
    }
    return result;
}

std::vector<GeosGeometryPtr> SampleRegions::townshipPolygons(
    const std::vector<GeosGeometryPtr> &villages) const
{
    std::vector<GeosGeometryPtr> result;
    for (size_t t = 0; t < m_townships.size(); ++t) {
        std::vector<const GEOSGeometry *> raw;
        for (size_t v = 0; v < m_villages.size(); ++v)
            if (m_villages[v].township == static_cast<int>(t))
                raw.push_back(villages[v].get());
        result.push_back(unionAll(raw));
    }
    return result;
}

} // namespace fg::gis::sample
