// SPDX-License-Identifier: MIT
#include "gis/sample/land_use_plan.h"

#include "core/land_class.h"

#include "gis/sample/design_sites.h"
#include "gis/sample/sample_mesh.h"
#include "gis/sample/sample_names.h"
#include "gis/sample/sample_random.h"
#include "gis/sample/sample_regions.h"

#include <cstdlib>

namespace fg::gis::sample {

namespace {

/// Class mix of open country in the Taihang uplands: dry land and forest dominate.
struct ClassWeight
{
    const char *code;
    double weight;
};
constexpr ClassWeight kCountryside[] = {
    { "0103", 0.38 },
    { "0102", 0.14 },
    { "0101", 0.04 },
    { "0201", 0.08 },
    { "0301", 0.16 },
    { "0305", 0.06 },
    { "0404", 0.06 },
    { "1202", 0.03 },
    { "1104", 0.02 },
    { "0601", 0.01 },
    { "0702", 0.02 },
};
constexpr double kRoadWidth = 0.04; ///< of the cell: about 12 m

QString drawCultivated(SampleRandom &random)
{
    const double u = random.uniform();
    return QString::fromLatin1(u < 0.6 ? "0103" : u < 0.9 ? "0102" : "0101");
}

double drawDeduction(const QString &code, SampleRandom &random)
{
    // Sloping dry land loses a share to terrace ridges (田坎); flat paddy and irrigated land none.
    static const double dryLand[] = { 0.0, 0.05, 0.08, 0.12, 0.15 };
    return code == QLatin1String("0103") ? dryLand[random.below(5)] : 0.0;
}

} // namespace

struct LandUsePlan::CellPlan
{
    enum class Split { None, Vertical, Horizontal };
    bool inside = false;
    bool reserved = false;
    Split split = Split::None;
    std::vector<double> tA; ///< split parameters on Bottom (Vertical) or Left (Horizontal)
    std::vector<double> tB; ///< on Top (Vertical) or Right (Horizontal)
    std::vector<QString> classes;
    std::vector<char> basicFarmland;
    std::vector<double> deductions;
    Ring hole;
    QString holeClass;
    int partner = -1; ///< cell index (two columns east) joined into this cell's parcel
    bool joined = false; ///< this cell's land belongs to the parcel of the cell two columns west
};

LandUsePlan::LandUsePlan(
    SampleMesh &mesh, const SampleRegions &regions, const DesignSites &sites, SampleRandom &random)
    : m_mesh(mesh)
    , m_regions(regions)
{
    m_plans.resize(static_cast<size_t>(mesh.columns() * mesh.rows()));
    SampleRandom shares = random.fork(1);
    for (size_t v = 0; v < regions.villages().size(); ++v)
        m_villageBfShare.push_back(shares.uniform(0.45, 0.9));
    SampleRandom cells = random.fork(2);
    for (int j = 0; j < mesh.rows(); ++j)
        for (int i = 0; i < mesh.columns(); ++i)
            if (mesh.inside(i, j))
                planCell(i, j, cells);
    SampleRandom reserved = random.fork(3);
    for (const Cell &c : sites.all())
        planReserved(c.i, c.j, sites.isBasicFarmland(c.i, c.j), reserved);
    // A basic-farmland sliver lies along this cell's west side: make it forest, as it was surveyed.
    plan(sites.sliver.right.i, sites.sliver.right.j).classes = { QStringLiteral("0301") };
    plan(sites.sliver.right.i, sites.sliver.right.j).deductions = { 0.0 };
    SampleRandom extras = random.fork(4);
    planHolesAndMultiparts(extras);
    for (int j = 0; j < mesh.rows(); ++j)
        for (int i = 0; i < mesh.columns(); ++i)
            if (mesh.inside(i, j))
                registerSplitPoints(i, j);
    buildParcels();
}

LandUsePlan::~LandUsePlan() = default;

LandUsePlan::CellPlan &LandUsePlan::plan(int i, int j)
{
    return m_plans[static_cast<size_t>(j * m_mesh.columns() + i)];
}

const LandUsePlan::CellPlan &LandUsePlan::plan(int i, int j) const
{
    return m_plans[static_cast<size_t>(j * m_mesh.columns() + i)];
}

QString LandUsePlan::drawClass(int i, int j, SampleRandom &random) const
{
    const Village &v = m_regions.villages()[static_cast<size_t>(m_regions.villageOf(i, j))];
    const int di = std::abs(v.centerColumn - i), dj = std::abs(v.centerRow - j);
    if (di + dj == 0)
        return QStringLiteral("0702");
    if (di + dj == 1) {
        const double u = random.uniform();
        if (u < 0.6)
            return QStringLiteral("0702");
        if (u < 0.7)
            return QStringLiteral("0601");
    }
    double u = random.uniform();
    for (const ClassWeight &w : kCountryside) {
        if (u < w.weight)
            return QString::fromLatin1(w.code);
        u -= w.weight;
    }
    return QStringLiteral("0103");
}

void LandUsePlan::planCell(int i, int j, SampleRandom &random)
{
    CellPlan &p = plan(i, j);
    p.inside = true;
    const QString main = drawClass(i, j, random);
    const double u = random.uniform();
    const int pieces = u < 0.45 ? 1 : u < 0.8 ? 2 : 3;
    const bool road = pieces == 3 && random.chance(0.5);
    if (pieces > 1)
        p.split = random.chance(0.5) ? CellPlan::Split::Vertical : CellPlan::Split::Horizontal;
    if (pieces == 2) {
        p.tA = { random.uniform(0.3, 0.7) };
    } else if (road) {
        const double t = random.uniform(0.35, 0.6);
        p.tA = { t, t + kRoadWidth };
    } else if (pieces == 3) {
        p.tA = { random.uniform(0.22, 0.4), random.uniform(0.6, 0.78) };
    }
    // A road keeps its width across the cell; field boundaries wander a little.
    const double roadShift = random.uniform(-0.08, 0.08);
    for (double t : p.tA)
        p.tB.push_back(t + (road ? roadShift : random.uniform(-0.08, 0.08)));
    const int village = m_regions.villageOf(i, j);
    for (int k = 0; k < pieces; ++k) {
        QString code = road && k == 1 ? QStringLiteral("1006")
                                      : (random.chance(0.55) ? main : drawClass(i, j, random));
        const bool bf = core::isCultivatedLandClass(code)
            && random.chance(m_villageBfShare[static_cast<size_t>(village)]);
        p.deductions.push_back(drawDeduction(code, random));
        p.classes.push_back(std::move(code));
        p.basicFarmland.push_back(bf);
    }
}

void LandUsePlan::planReserved(int i, int j, bool basicFarmland, SampleRandom &random)
{
    CellPlan &p = plan(i, j);
    p.reserved = true;
    p.split = CellPlan::Split::None;
    p.tA.clear();
    p.tB.clear();
    p.classes = { drawCultivated(random) };
    p.basicFarmland = { basicFarmland };
    p.deductions = { drawDeduction(p.classes.front(), random) };
}

void LandUsePlan::planHolesAndMultiparts(SampleRandom &random)
{
    const auto plain = [&](int i, int j) {
        if (!m_mesh.inside(i, j))
            return false;
        const CellPlan &p = plan(i, j);
        return !p.reserved && p.split == CellPlan::Split::None && p.hole.empty() && !p.joined
            && p.partner < 0;
    };
    for (int j = 0; j < m_mesh.rows(); ++j) {
        for (int i = 0; i < m_mesh.columns(); ++i) {
            if (!plain(i, j))
                continue;
            CellPlan &p = plan(i, j);
            const QString &code = p.classes.front();
            const bool holeable = core::isCultivatedLandClass(code) || code == QLatin1String("0201")
                || code == QLatin1String("0301");
            if (holeable && random.chance(0.07)) {
                // A homestead or pond inside a field: the field's parcel gets a hole.
                const Point c = m_mesh.cellCenter(i, j);
                const double h = random.uniform(20, 35);
                static const int corners[4][2] = { { -1, -1 }, { 1, -1 }, { 1, 1 }, { -1, 1 } };
                for (const auto &s : corners) {
                    const double x = c.x + s[0] * h + random.uniform(-4, 4);
                    p.hole.push_back({ x, c.y + s[1] * h + random.uniform(-4, 4) });
                }
                p.holeClass = random.chance(0.6) ? QStringLiteral("0702") : QStringLiteral("1104");
            } else if (plain(i + 2, j) && m_regions.villageOf(i + 2, j) == m_regions.villageOf(i, j)
                && random.chance(0.1)) {
                // One parcel in two pieces, as when a survey patch is split by a narrow strip.
                CellPlan &east = plan(i + 2, j);
                east.classes = p.classes;
                east.basicFarmland = p.basicFarmland;
                east.deductions = p.deductions;
                east.joined = true;
                p.partner = j * m_mesh.columns() + i + 2;
            }
        }
    }
}

void LandUsePlan::registerSplitPoints(int i, int j)
{
    const CellPlan &p = plan(i, j);
    const bool vertical = p.split == CellPlan::Split::Vertical;
    for (size_t k = 0; k < p.tA.size(); ++k) {
        m_mesh.addSidePoint(i, j, vertical ? Side::Bottom : Side::Left, p.tA[k]);
        m_mesh.addSidePoint(i, j, vertical ? Side::Top : Side::Right, p.tB[k]);
    }
}

Ring LandUsePlan::pieceRing(int i, int j, int piece) const
{
    const CellPlan &p = plan(i, j);
    const int n = static_cast<int>(p.classes.size());
    const auto k = static_cast<size_t>(piece);
    const double loA = piece == 0 ? 0 : p.tA[k - 1], hiA = piece == n - 1 ? 1 : p.tA[k];
    const double loB = piece == 0 ? 0 : p.tB[k - 1], hiB = piece == n - 1 ? 1 : p.tB[k];
    const auto reversed = [](Ring r) { return Ring(r.rbegin(), r.rend()); };
    Ring ring;
    if (p.split == CellPlan::Split::Horizontal) {
        if (piece == 0)
            appendPoints(ring, m_mesh.sidePoints(i, j, Side::Bottom, 0, 1));
        appendPoints(ring, m_mesh.sidePoints(i, j, Side::Right, loB, hiB));
        if (piece == n - 1)
            appendPoints(ring, reversed(m_mesh.sidePoints(i, j, Side::Top, 0, 1)));
        appendPoints(ring, reversed(m_mesh.sidePoints(i, j, Side::Left, loA, hiA)));
    } else {
        appendPoints(ring, m_mesh.sidePoints(i, j, Side::Bottom, loA, hiA));
        if (piece == n - 1)
            appendPoints(ring, m_mesh.sidePoints(i, j, Side::Right, 0, 1));
        appendPoints(ring, reversed(m_mesh.sidePoints(i, j, Side::Top, loB, hiB)));
        if (piece == 0)
            appendPoints(ring, reversed(m_mesh.sidePoints(i, j, Side::Left, 0, 1)));
    }
    if (ring.front().x == ring.back().x && ring.front().y == ring.back().y)
        ring.pop_back();
    return ring;
}

void LandUsePlan::buildParcels()
{
    m_cellParcel.assign(m_plans.size(), -1);
    for (int j = 0; j < m_mesh.rows(); ++j)
        for (int i = 0; i < m_mesh.columns(); ++i)
            if (plan(i, j).inside && !plan(i, j).joined)
                buildCellParcels(i, j);
}

void LandUsePlan::buildCellParcels(int i, int j)
{
    const CellPlan &p = plan(i, j);
    const int village = m_regions.villageOf(i, j);
    for (int k = 0; k < static_cast<int>(p.classes.size()); ++k) {
        const auto sk = static_cast<size_t>(k);
        GeosGeometryPtr geometry = makePolygon(
            pieceRing(i, j, k), p.hole.empty() ? std::vector<Ring> {} : std::vector<Ring> { p.hole });
        if (p.partner >= 0) {
            std::vector<GeosGeometryPtr> parts;
            parts.push_back(std::move(geometry));
            parts.push_back(
                makePolygon(m_mesh.cellRing(p.partner % m_mesh.columns(), p.partner / m_mesh.columns())));
            geometry = makeMultiPolygon(std::move(parts));
        }
        if (p.classes.size() == 1 && p.hole.empty() && p.partner < 0)
            m_cellParcel[static_cast<size_t>(j * m_mesh.columns() + i)] = static_cast<int>(m_parcels.size());
        m_parcels.push_back(
            { p.classes[sk], village, p.deductions[sk], p.basicFarmland[sk] != 0, std::move(geometry) });
    }
    if (!p.hole.empty())
        m_parcels.push_back({ p.holeClass, village, 0.0, false, makePolygon(p.hole) });
}

int LandUsePlan::parcelOfCell(int i, int j) const
{
    if (!m_mesh.inside(i, j))
        return -1;
    return m_cellParcel[static_cast<size_t>(j * m_mesh.columns() + i)];
}

} // namespace fg::gis::sample
