// SPDX-License-Identifier: MIT
#pragma once

#include "gis/sample/sample_geometry.h"

#include <QString>
#include <vector>

namespace fg::gis::sample {

class NameMaker;
class SampleMesh;
class SampleRandom;

struct Township
{
    QString code; ///< 9 digits: county + 3
    QString name;
};

struct Village
{
    QString code; ///< 12 digits: township + 3
    QString name;
    int township = -1;
    int centerColumn = 0; ///< the cell nearest the village's centroid: where its houses cluster
    int centerRow = 0;
};

/// Villages (行政村) as groups of mesh cells around seeds, townships (乡镇) as groups of villages.
/// Both tile the county: every inside cell has exactly one village.
class SampleRegions
{
public:
    /// Throws std::runtime_error when the seed leaves fewer than six townships.
    SampleRegions(const SampleMesh &mesh, SampleRandom &random, NameMaker &names);

    const std::vector<Township> &townships() const { return m_townships; }
    const std::vector<Village> &villages() const { return m_villages; }
    /// Village index of an inside cell, -1 outside.
    int villageOf(int i, int j) const;
    int townshipOf(int i, int j) const;

    /// Village polygons (union of their cells' mesh rings), in village order. Call after all
    /// side points were added to the mesh so that boundaries share the parcels' vertices.
    std::vector<GeosGeometryPtr> villagePolygons(const SampleMesh &mesh) const;
    /// Township polygons from the village polygons.
    std::vector<GeosGeometryPtr> townshipPolygons(const std::vector<GeosGeometryPtr> &villages) const;

private:
    void assignVillages(const SampleMesh &mesh, SampleRandom &random);
    void assignTownships(SampleRandom &random);

    int m_columns = 0;
    std::vector<int> m_cellVillage;
    std::vector<Township> m_townships;
    std::vector<Village> m_villages;
};

} // namespace fg::gis::sample
