// SPDX-License-Identifier: MIT
#pragma once

#include "gis/sample/designed_case.h"
#include "gis/sample/incident_shapes.h"
#include "gis/sample/sample_layer.h"

#include <vector>

namespace fg::gis::sample {

class NameMaker;
class SampleRandom;
class SampleRegions;
struct Cell;
struct DesignSites;

/// Builds the incident layer (监测图斑 / 违法占地): the designed cases on their reserved sites,
/// then ordinary incidents of 0.5–30 亩 elsewhere, none overlapping another. Fields BH, DSR,
/// WFLX, LY, FXRQ, XZMC.
class IncidentDesign
{
public:
    IncidentDesign(const SampleMesh &mesh, const SampleRegions &regions, const DesignSites &sites,
        const SampleLayer &basicFarmland, const AreaCalculator &calculator);

    /// Throws std::runtime_error when a design cannot be placed (a generator bug).
    void build(SampleRandom &random, NameMaker &names, int ordinaryCount);

    SampleLayer &layer() { return m_layer; }
    const std::vector<DesignedCase> &cases() const { return m_cases; }

private:
    void designSingles(SampleRandom &random, NameMaker &names);
    void designPairs(SampleRandom &random, NameMaker &names);
    void addOrdinary(SampleRandom &random, NameMaker &names);
    /// Appends the incident row; returns its BH.
    QString addIncident(GeosGeometryPtr geometry, const QString &party, const QString &type,
        const QString &township, SampleRandom &random);
    void addCase(DesignKind kind, const QString &id, const QString &party, double bfMu, double cultivatedMu,
        const QStringList &townships);
    GeosGeometryPtr blobIn(const Cell &cell, double mu, SampleRandom &random) const;
    QString townshipName(const Cell &cell) const;

    const SampleMesh &m_mesh;
    const SampleRegions &m_regions;
    const DesignSites &m_sites;
    const SampleLayer &m_basicFarmland;
    IncidentShapes m_shapes;
    SampleLayer m_layer;
    std::vector<DesignedCase> m_cases;
};

} // namespace fg::gis::sample
