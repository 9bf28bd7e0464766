// SPDX-License-Identifier: MIT
// OverlayEngine::Impl::measure: the pieces of one target and the figures made of them.
#include "gis/analysis/overlay_engine_impl.h"

#include "gis/analysis/piece_sums.h"
#include "gis/analysis/robust_overlay.h"

#include <algorithm>
#include <map>

namespace fg::gis {

using namespace overlay_detail;

namespace {

Areas areasOf(const GEOSGeometry *geometry, const AreaCalculator &calculator)
{
    return geometry ? calculator.areas(geometry) : Areas {};
}

/// a + k × b, method by method.
void addScaled(Areas &a, const Areas &b, double k)
{
    a.ellipsoidal += k * b.ellipsoidal;
    a.geodesic += k * b.geodesic;
    a.planar += k * b.planar;
}

Areas minus(const Areas &a, const Areas &b)
{
    return { a.ellipsoidal - b.ellipsoidal, a.geodesic - b.geodesic, a.planar - b.planar };
}

/// True when two of the pieces share interior (overlapping parcels): each part of the ground
/// must then be deducted once only.
bool anyOverlap(const std::vector<const Piece *> &pieces)
{
    GEOSContextHandle_t ctx = geosContext();
    for (size_t i = 0; i < pieces.size(); ++i)
        for (size_t j = i + 1; j < pieces.size(); ++j)
            if (GEOSRelatePattern_r(ctx, pieces[i]->geometry.get(), pieces[j]->geometry.get(), "T********") == 1)
                return true;
    return false;
}


} // namespace

Deductions OverlayEngine::Impl::deductions(const std::vector<Piece> &pieces, const GEOSGeometry *basicUnion,
    const AreaCalculator &calculator, bool *snapped) const
{
    std::vector<const Piece *> cultivatedPieces;
    for (const Piece &p : pieces)
        if (classes[static_cast<size_t>(p.landClass)].cultivated)
            cultivatedPieces.push_back(&p);
    std::sort(cultivatedPieces.begin(), cultivatedPieces.end(),
        [](const Piece *a, const Piece *b) { return a->row < b->row; });
    const bool overlapping = anyOverlap(cultivatedPieces);
    Deductions result;
    GeosGeometryPtr covered; // the pieces before this one, when they overlap
    for (const Piece *piece : cultivatedPieces) {
        const GEOSGeometry *part = piece->geometry.get();
        GeosGeometryPtr own;
        if (overlapping) {
            own = robust::difference(part, covered.get(), snapped);
            std::vector<GeosGeometryPtr> both;
            if (covered)
                both.push_back(std::move(covered));
            both.push_back(cloneGeometry(part));
            covered = robust::unionOf(std::move(both), snapped);
            part = own.get();
        }
        const double k = rowDeduction[static_cast<size_t>(piece->row)];
        if (k <= 0 || !part)
            continue;
        const Areas whole = calculator.areas(part);
        addScaled(result.all, whole, k);
        if (!basicUnion) {
            addScaled(result.outside, whole, k);
            continue;
        }
        const GeosGeometryPtr outside = robust::difference(part, basicUnion, snapped);
        addScaled(result.outside, areasOf(outside.get(), calculator), k);
    }
    return result;
}

Occupation OverlayEngine::Impl::measure(const GEOSGeometry *target, const AreaCalculator &calculator) const
{
    Occupation result;
    if (!target)
        return result;
    GEOSContextHandle_t ctx = geosContext();
    result.area = calculator.areas(target);
    const GeosPreparedPtr prepared(GEOSPrepare_r(ctx, target));
    bool snapped = false;
    const ConvexClip convex(target);
    std::vector<Piece> basicPieces = clip(basic, target, prepared.get(), convex, &snapped);
    std::vector<Piece> landPieces = clip(cultivated, target, prepared.get(), convex, &snapped);
    // Sums where the pieces provably share no interior (三调 parcels tile the land, and basic
    // farmland is drawn from the land-use parcels); the unions and the difference otherwise.
    Deductions deducted;
    if (!measureBySums(basicPieces, landPieces, calculator, result, deducted))
        measureByOverlay(std::move(basicPieces), std::move(landPieces), calculator, &snapped, result, deducted);
    result.netKnown = hasDeduction;
    result.cultivatedNet = minus(result.cultivated, deducted.all);
    result.cultivatedOutsideBasicFarmlandNet = minus(result.cultivatedOutsideBasicFarmland, deducted.outside);
    result.snappedToGrid = snapped;
    return result;
}

bool OverlayEngine::Impl::measureBySums(const std::vector<Piece> &basicPieces, const std::vector<Piece> &landPieces,
    const AreaCalculator &calculator, Occupation &result, Deductions &deducted) const
{
    std::vector<const GEOSGeometry *> basicGeometries;
    basicGeometries.reserve(basicPieces.size());
    for (const Piece &p : basicPieces)
        basicGeometries.push_back(p.geometry.get());
    std::vector<LandPieceRef> land;
    land.reserve(landPieces.size());
    for (const Piece &p : landPieces) {
        const double k = hasDeduction ? rowDeduction[static_cast<size_t>(p.row)] : 0.0;
        land.push_back({ p.geometry.get(), p.landClass, classes[static_cast<size_t>(p.landClass)].cultivated, k });
    }
    const std::optional<PieceSums> sums = sumDisjointPieces(basicGeometries, land, calculator);
    if (!sums)
        return false;
    result.basicFarmland = sums->basic;
    std::map<QString, int> byCode; // sorted by code, as the overlay path
    for (const auto &[index, areas] : sums->byClass)
        byCode[classes[static_cast<size_t>(index)].code] = index;
    for (const auto &[code, index] : byCode) {
        const LandClass &landClass = classes[static_cast<size_t>(index)];
        ClassArea area { code, landClass.name, sums->byClass.at(index) };
        (landClass.cultivated ? result.cultivatedByClass : result.otherByClass).push_back(std::move(area));
    }
    result.cultivated = sums->cultivated;
    result.cultivatedOutsideBasicFarmland = sums->outside;
    deducted = { sums->deductedAll, sums->deductedOutside };
    return true;
}

void OverlayEngine::Impl::measureByOverlay(std::vector<Piece> basicPieces, std::vector<Piece> landPieces,
    const AreaCalculator &calculator, bool *snapped, Occupation &result, Deductions &deducted) const
{
    std::vector<GeosGeometryPtr> basicGeometries;
    for (Piece &p : basicPieces)
        basicGeometries.push_back(std::move(p.geometry));
    const GeosGeometryPtr basicUnion = robust::unionOf(std::move(basicGeometries), snapped);
    result.basicFarmland = areasOf(basicUnion.get(), calculator);
    if (hasDeduction)
        deducted = deductions(landPieces, basicUnion.get(), calculator, snapped);
    std::map<QString, std::pair<int, std::vector<GeosGeometryPtr>>> byCode; // sorted by code
    for (Piece &p : landPieces) {
        auto &entry = byCode[classes[static_cast<size_t>(p.landClass)].code];
        entry.first = p.landClass;
        entry.second.push_back(std::move(p.geometry));
    }
    std::vector<GeosGeometryPtr> cultivatedClassUnions;
    for (auto &[code, entry] : byCode) {
        const LandClass &landClass = classes[static_cast<size_t>(entry.first)];
        GeosGeometryPtr classUnion = robust::unionOf(std::move(entry.second), snapped);
        ClassArea area { code, landClass.name, areasOf(classUnion.get(), calculator) };
        (landClass.cultivated ? result.cultivatedByClass : result.otherByClass).push_back(std::move(area));
        if (landClass.cultivated)
            cultivatedClassUnions.push_back(std::move(classUnion));
    }
    // Usually one cultivated class is hit: its union is the cultivated union, already measured.
    const bool singleClass = cultivatedClassUnions.size() == 1;
    const GeosGeometryPtr cultivatedUnion = robust::unionOf(std::move(cultivatedClassUnions), snapped);
    result.cultivated
        = singleClass ? result.cultivatedByClass.front().areas : areasOf(cultivatedUnion.get(), calculator);
    const GeosGeometryPtr outside = robust::difference(cultivatedUnion.get(), basicUnion.get(), snapped);
    result.cultivatedOutsideBasicFarmland = areasOf(outside.get(), calculator);
}

} // namespace fg::gis
