// SPDX-License-Identifier: MIT
#pragma once

#include "gis/sample/sample_geometry.h"

#include <QString>
#include <vector>

namespace fg::gis::sample {

class SampleMesh;
class SampleRandom;
class SampleRegions;
struct DesignSites;

/// One 三调 land-use parcel (地类图斑) before it is written.
struct Parcel
{
    QString classCode; ///< DLBM, e.g. "0103"
    int village = -1; ///< located in (坐落) this village
    double deduction = 0; ///< KCXS, the ridge/terrace deduction coefficient
    bool basicFarmland = false;
    GeosGeometryPtr geometry; ///< Polygon, Polygon with holes, or MultiPolygon
};

/// Decides every cell's land use — whole, split into strips (some of them rural roads), holed by a
/// homestead or pond, or joined with a cell two columns east into a multipart parcel — then builds
/// the parcels from the mesh. Reserved design cells stay whole and of their designed kind.
/// The constructor adds all split points to the mesh first, so parcels share vertices exactly.
class LandUsePlan
{
public:
    LandUsePlan(
        SampleMesh &mesh, const SampleRegions &regions, const DesignSites &sites, SampleRandom &random);
    ~LandUsePlan();
    LandUsePlan(const LandUsePlan &) = delete;
    LandUsePlan &operator=(const LandUsePlan &) = delete;

    const std::vector<Parcel> &parcels() const { return m_parcels; }
    /// Index of the parcel that is exactly the whole cell (reserved cells have one), else -1.
    int parcelOfCell(int i, int j) const;

private:
    struct CellPlan;
    void planCell(int i, int j, SampleRandom &random);
    void planReserved(int i, int j, bool basicFarmland, SampleRandom &random);
    void planHolesAndMultiparts(SampleRandom &random);
    void registerSplitPoints(int i, int j);
    void buildParcels();
    void buildCellParcels(int i, int j);
    Ring pieceRing(int i, int j, int piece) const;
    QString drawClass(int i, int j, SampleRandom &random) const;
    CellPlan &plan(int i, int j);
    const CellPlan &plan(int i, int j) const;

    SampleMesh &m_mesh;
    const SampleRegions &m_regions;
    std::vector<CellPlan> m_plans;
    std::vector<double> m_villageBfShare;
    std::vector<Parcel> m_parcels;
    std::vector<int> m_cellParcel;
};

} // namespace fg::gis::sample
