// SPDX-License-Identifier: MIT
// OverlayEngine::Impl::measureByGroups: the pieces PieceSums refused, split into groups that do
// not interact, so that GEOS unites only the few pieces around a T-junction or an overlap.
#include "gis/analysis/overlay_engine_impl.h"

#include "gis/analysis/piece_groups.h"
#include "gis/analysis/piece_sums.h"

#include <map>

namespace fg::gis {

using namespace overlay_detail;

namespace {

void add(Areas &a, const Areas &b)
{
    a.ellipsoidal += b.ellipsoidal;
    a.geodesic += b.geodesic;
    a.planar += b.planar;
}

/// The class figures of all groups, by code (sorted, as the overlay path orders them).
void addClasses(std::map<QString, ClassArea> &byCode, const std::vector<ClassArea> &areas)
{
    for (const ClassArea &area : areas) {
        auto [it, fresh] = byCode.try_emplace(area.code, area);
        if (!fresh)
            add(it->second.areas, area.areas);
    }
}

std::vector<ClassArea> listed(const std::map<QString, ClassArea> &byCode)
{
    std::vector<ClassArea> list;
    list.reserve(byCode.size());
    for (const auto &[code, area] : byCode)
        list.push_back(area);
    return list;
}

} // namespace

void OverlayEngine::Impl::measureByGroups(std::vector<Piece> basicPieces, std::vector<Piece> landPieces,
    const AreaCalculator &calculator, bool *snapped, Occupation &result, Deductions &deducted) const
{
    std::vector<const GEOSGeometry *> all; // basic pieces first, then land pieces
    all.reserve(basicPieces.size() + landPieces.size());
    for (const Piece &p : basicPieces)
        all.push_back(p.geometry.get());
    for (const Piece &p : landPieces)
        all.push_back(p.geometry.get());
    const std::vector<std::vector<size_t>> groups = interactingGroups(all);
    if (groups.size() < 2) {
        measureByOverlay(std::move(basicPieces), std::move(landPieces), calculator, snapped, result, deducted);
        return;
    }
    std::map<QString, ClassArea> cultivatedByCode, otherByCode;
    for (const std::vector<size_t> &group : groups) {
        std::vector<Piece> basic, land;
        for (const size_t i : group)
            if (i < basicPieces.size())
                basic.push_back(std::move(basicPieces[i]));
            else
                land.push_back(std::move(landPieces[i - basicPieces.size()]));
        Occupation part;
        Deductions partDeducted;
        if (!measureBySums(basic, land, calculator, part, partDeducted))
            measureByOverlay(std::move(basic), std::move(land), calculator, snapped, part, partDeducted);
        add(result.basicFarmland, part.basicFarmland);
        add(result.cultivated, part.cultivated);
        add(result.cultivatedOutsideBasicFarmland, part.cultivatedOutsideBasicFarmland);
        add(deducted.all, partDeducted.all);
        add(deducted.outside, partDeducted.outside);
        addClasses(cultivatedByCode, part.cultivatedByClass);
        addClasses(otherByCode, part.otherByClass);
    }
    result.cultivatedByClass = listed(cultivatedByCode);
    result.otherByClass = listed(otherByCode);
}

} // namespace fg::gis
