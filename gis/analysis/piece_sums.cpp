// SPDX-License-Identifier: MIT
#include "gis/analysis/piece_sums.h"

#include "gis/analysis/piece_outlines.h"

namespace fg::gis {

using namespace outlines;

namespace {

/// Where each basic piece lies: the land piece covering it (-1: none found) and whether it is
/// that very polygon (then its areas are the land piece's).
struct Hosts
{
    std::vector<int> host;
    std::vector<bool> same;
};

/// The land piece each basic piece is the very polygon of (the same parcel in both layers,
/// clipped by the same target, is the same polygon): exact comparison, no tolerance.
Hosts sameHosts(const std::vector<const GEOSGeometry *> &basic, const std::vector<Box> &basicBoxes,
    const std::vector<const GEOSGeometry *> &land, const std::vector<Box> &landBoxes)
{
    GEOSContextHandle_t ctx = geosContext();
    Hosts hosts { std::vector<int>(basic.size(), -1), std::vector<bool>(basic.size(), false) };
    for (size_t j = 0; j < basic.size(); ++j)
        for (size_t i = 0; i < land.size() && hosts.host[j] < 0; ++i)
            if (landBoxes[i] == basicBoxes[j] && GEOSEqualsExact_r(ctx, land[i], basic[j], 0.0) == 1) {
                hosts.host[j] = static_cast<int>(i);
                hosts.same[j] = true;
            }
    return hosts;
}

/// For the basic pieces without a host yet: the land piece that covers each (prepared covers).
void coveringHosts(const std::vector<const GEOSGeometry *> &basic, const std::vector<Box> &basicBoxes,
    const std::vector<const GEOSGeometry *> &land, const std::vector<Box> &landBoxes, Hosts *hosts)
{
    GEOSContextHandle_t ctx = geosContext();
    std::vector<GeosPreparedPtr> prepared(land.size()); // made when first needed
    for (size_t j = 0; j < basic.size(); ++j)
        for (size_t i = 0; i < land.size() && hosts->host[j] < 0; ++i) {
            if (!landBoxes[i].contains(basicBoxes[j]))
                continue;
            if (!prepared[i])
                prepared[i].reset(GEOSPrepare_r(ctx, land[i]));
            const char covers = prepared[i] ? GEOSPreparedCovers_r(ctx, prepared[i].get(), basic[j]) : 2;
            if (covers == 2)
                takeGeosError();
            if (covers == 1)
                hosts->host[j] = static_cast<int>(i);
        }
}

/// Basic pieces share no interior with each other: different hosts settle a pair (the hosts
/// share none); a pair in one host, or without a host, is related.
bool basicApart(const std::vector<const GEOSGeometry *> &basic, const std::vector<Box> &boxes,
    const std::vector<Rings> &rings, const Hosts &hosts)
{
    for (size_t j = 0; j < basic.size(); ++j)
        for (size_t k = j + 1; k < basic.size(); ++k) {
            const int a = hosts.host[j], b = hosts.host[k];
            if (a >= 0 && b >= 0 && a != b)
                continue;
            if (!interiorsApart(basic[j], boxes[j], rings[j], basic[k], boxes[k], rings[k]))
                return false;
        }
    return true;
}

/// A basic piece without a host must share no interior with any cultivated piece: it then takes
/// nothing from the cultivated land outside basic farmland.
bool hostlessApartFromCultivated(const std::vector<const GEOSGeometry *> &basic, const std::vector<Box> &basicBoxes,
    const std::vector<Rings> &basicRings, const Hosts &hosts, const std::vector<LandPieceRef> &land,
    const std::vector<Box> &landBoxes, const std::vector<Rings> &landRings)
{
    for (size_t j = 0; j < basic.size(); ++j) {
        if (hosts.host[j] >= 0)
            continue;
        for (size_t i = 0; i < land.size(); ++i)
            if (land[i].cultivated
                && !interiorsApart(basic[j], basicBoxes[j], basicRings[j], land[i].geometry, landBoxes[i], landRings[i]))
                return false;
    }
    return true;
}

void add(Areas &a, const Areas &b, double k = 1.0)
{
    a.ellipsoidal += k * b.ellipsoidal;
    a.geodesic += k * b.geodesic;
    a.planar += k * b.planar;
}

PieceSums sums(const std::vector<const GEOSGeometry *> &basic, const Hosts &hosts,
    const std::vector<LandPieceRef> &land, const AreaCalculator &calculator)
{
    PieceSums result;
    std::vector<Areas> landAreas(land.size());
    std::vector<Areas> outside(land.size());
    for (size_t i = 0; i < land.size(); ++i) {
        landAreas[i] = calculator.areas(land[i].geometry);
        outside[i] = landAreas[i];
        add(result.byClass[land[i].landClass], landAreas[i]);
    }
    for (size_t j = 0; j < basic.size(); ++j) {
        const int host = hosts.host[j];
        const Areas areas = hosts.same[j] ? landAreas[static_cast<size_t>(host)] : calculator.areas(basic[j]);
        add(result.basic, areas);
        if (host >= 0)
            add(outside[static_cast<size_t>(host)], areas, -1.0);
    }
    for (size_t i = 0; i < land.size(); ++i) {
        if (!land[i].cultivated)
            continue;
        add(result.cultivated, landAreas[i]);
        add(result.outside, outside[i]);
        if (land[i].deduction > 0) {
            add(result.deductedAll, landAreas[i], land[i].deduction);
            add(result.deductedOutside, outside[i], land[i].deduction);
        }
    }
    return result;
}

} // namespace

std::optional<PieceSums> sumDisjointPieces(const std::vector<const GEOSGeometry *> &basic,
    const std::vector<LandPieceRef> &land, const AreaCalculator &calculator)
{
    std::vector<const GEOSGeometry *> landGeometries;
    landGeometries.reserve(land.size());
    for (const LandPieceRef &piece : land)
        landGeometries.push_back(piece.geometry);
    const std::vector<Box> landBoxes = boxesOf(landGeometries);
    const std::vector<Box> basicBoxes = boxesOf(basic);
    Hosts hosts = sameHosts(basic, basicBoxes, landGeometries, landBoxes);
    // The cheap proof first (it fails for basic farmland cut across land-use parcels, the
    // commonest refusal): the edges of every piece of both layers, but a basic piece that is its
    // host's very polygon (its edges are the host's).
    // Each piece's rings read once, for the edge proof and the relates' cheaper proof.
    std::vector<Rings> landRings, basicRings;
    for (const GEOSGeometry *g : landGeometries)
        landRings.push_back(ringsOf(g));
    for (const GEOSGeometry *g : basic)
        basicRings.push_back(ringsOf(g));
    std::vector<const Rings *> all;
    for (const Rings &r : landRings)
        all.push_back(&r);
    std::vector<Box> allBoxes = landBoxes;
    for (size_t j = 0; j < basic.size(); ++j)
        if (!hosts.same[j]) {
            all.push_back(&basicRings[j]);
            allBoxes.push_back(basicBoxes[j]);
        }
    if (!edgesMeetEndToEnd(all, allBoxes) || !pairwiseApart(landGeometries, landBoxes, landRings))
        return std::nullopt;
    coveringHosts(basic, basicBoxes, landGeometries, landBoxes, &hosts);
    if (!basicApart(basic, basicBoxes, basicRings, hosts)
        || !hostlessApartFromCultivated(basic, basicBoxes, basicRings, hosts, land, landBoxes, landRings))
        return std::nullopt;
    return sums(basic, hosts, land, calculator);
}

std::optional<Areas> sumOfApartPieces(const std::vector<const GEOSGeometry *> &pieces, const AreaCalculator &calculator)
{
    const std::vector<Box> boxes = boxesOf(pieces);
    std::vector<Rings> rings;
    rings.reserve(pieces.size());
    for (const GEOSGeometry *g : pieces)
        rings.push_back(ringsOf(g));
    std::vector<const Rings *> all;
    for (const Rings &r : rings)
        all.push_back(&r);
    if (!edgesMeetEndToEnd(all, boxes) || !pairwiseApart(pieces, boxes, rings))
        return std::nullopt;
    Areas sum;
    for (const GEOSGeometry *g : pieces)
        add(sum, calculator.areas(g));
    return sum;
}

} // namespace fg::gis
