// SPDX-License-Identifier: MIT
#include "gis/sample/incident_design.h"

#include "core/units.h"
#include "gis/sample/design_sites.h"
#include "gis/sample/sample_mesh.h"
#include "gis/sample/sample_names.h"
#include "gis/sample/sample_random.h"
#include "gis/sample/sample_regions.h"

#include <QDate>

#include <cmath>
#include <stdexcept>

namespace fg::gis::sample {

namespace {

/// Index into violationTypes() by meaning, so designs read clearly.
enum Violation {
    RuralHousing = 0,
    GreenhouseHousing = 1,
    FacilityMisuse = 2,
    DiggingLakes = 3,
    Afforestation = 4,
    Burial = 5,
    Mining = 6,
    TransportProject = 7,
    MunicipalWorks = 8,
    GovernmentProject = 9,
    EnterpriseOccupation = 10,
};

QString violation(Violation v)
{
    return violationTypes()[v];
}

double squareMetres(double mu)
{
    return core::muToSquareMetres(mu);
}

/// Ordinary incidents keep this many cells away from the reserved design sites.
constexpr int kOrdinaryClearance = 4;

} // namespace

IncidentDesign::IncidentDesign(const SampleMesh &mesh, const SampleRegions &regions, const DesignSites &sites,
    const SampleLayer &basicFarmland, const AreaCalculator &calculator)
    : m_mesh(mesh)
    , m_regions(regions)
    , m_sites(sites)
    , m_basicFarmland(basicFarmland)
    , m_shapes(mesh, calculator)
{
    m_layer.name = QStringLiteral("incidents");
    m_layer.fields = { { QStringLiteral("BH"), FieldType::Text, 20, 0 },
        { QStringLiteral("DSR"), FieldType::Text, 60, 0 }, { QStringLiteral("WFLX"), FieldType::Text, 40, 0 },
        { QStringLiteral("LY"), FieldType::Text, 20, 0 }, { QStringLiteral("FXRQ"), FieldType::Date, 8, 0 },
        { QStringLiteral("XZMC"), FieldType::Text, 40, 0 } };
}

void IncidentDesign::build(SampleRandom &random, NameMaker &names, int ordinaryCount)
{
    designSingles(random, names);
    designPairs(random, names);
    for (int k = 0; k < ordinaryCount; ++k)
        addOrdinary(random, names);
}

QString IncidentDesign::townshipName(const Cell &cell) const
{
    return m_regions.townships()[static_cast<size_t>(m_regions.townshipOf(cell.i, cell.j))].name;
}

QString IncidentDesign::addIncident(GeosGeometryPtr geometry, const QString &party, const QString &type,
    const QString &township, SampleRandom &random)
{
    const QString id = QStringLiteral("PS2024-%1").arg(m_layer.size() + 1, 3, 10, QLatin1Char('0'));
    const QString source = clueSources()[random.below(static_cast<int>(clueSources().size()))];
    const QDate found = QDate(2024, 1, 2).addDays(random.below(330));
    m_layer.add({ id, party, type, source, found, township }, std::move(geometry));
    return id;
}

void IncidentDesign::addCase(DesignKind kind, const QString &id, const QString &party, double bfMu,
    double cultivatedMu, const QStringList &townships)
{
    // The naive figure sums the incident's overlap with every valid BF polygon separately.
    const GEOSGeometry *incident = m_layer.geometries.back().get();
    double naive = 0;
    for (const GeosGeometryPtr &parcel : m_basicFarmland.geometries)
        if (GEOSisValid_r(geosContext(), parcel.get()) == 1 && intersects(incident, parcel.get()))
            naive += m_shapes.area(intersect(incident, parcel.get()).get());
    m_cases.push_back({ kind, id, party, bfMu, cultivatedMu, core::squareMetresToMu(naive), townships });
}

GeosGeometryPtr IncidentDesign::blobIn(const Cell &cell, double mu, SampleRandom &random) const
{
    const GeosGeometryPtr site = makePolygon(m_mesh.cellRing(cell.i, cell.j));
    return m_shapes.blob(m_mesh.cellCenter(cell.i, cell.j), squareMetres(mu), site.get(), random);
}

void IncidentDesign::designSingles(SampleRandom &random, NameMaker &names)
{
    // Basic farmland at the 5 亩 threshold (cultivated = the same area, far below 10 亩).
    const double bfTargets[] = { 4.99, 5.00, 5.01 };
    const Violation bfTypes[] = { RuralHousing, GreenhouseHousing, RuralHousing };
    for (int k = 0; k < 3; ++k) {
        const Cell &cell = m_sites.basicFarmland[static_cast<size_t>(k)];
        const QString party = names.personName();
        const QString id = addIncident(
            blobIn(cell, bfTargets[k], random), party, violation(bfTypes[k]), townshipName(cell), random);
        addCase(DesignKind::BasicFarmlandThreshold, id, party, bfTargets[k], bfTargets[k],
            { townshipName(cell) });
    }
    // Cultivated land outside basic farmland at the 10 亩 threshold.
    const double cultivatedTargets[] = { 9.99, 10.00, 10.01 };
    const Violation cultivatedTypes[] = { EnterpriseOccupation, Mining, FacilityMisuse };
    for (int k = 0; k < 3; ++k) {
        const Cell &cell = m_sites.cultivated[static_cast<size_t>(k)];
        const QString party = names.companyName();
        const QString id = addIncident(blobIn(cell, cultivatedTargets[k], random), party,
            violation(cultivatedTypes[k]), townshipName(cell), random);
        addCase(
            DesignKind::CultivatedThreshold, id, party, 0.0, cultivatedTargets[k], { townshipName(cell) });
    }
    // One party, two separate 3 亩 occupations of basic farmland: 6 亩 only together.
    const QString party = names.personName();
    for (int k = 3; k < 5; ++k) {
        const Cell &cell = m_sites.basicFarmland[static_cast<size_t>(k)];
        const QString id = addIncident(
            blobIn(cell, 3.0, random), party, violation(RuralHousing), townshipName(cell), random);
        addCase(DesignKind::PartyAccumulation, id, party, 3.0, 3.0, { townshipName(cell) });
    }
}

void IncidentDesign::designPairs(SampleRandom &random, NameMaker &names)
{
    // 10 亩 of cultivated land, 3 亩 of it basic farmland: flagged under the notice's wording
    // (all cultivated land counts), not under the judicial reading (3 < 5 and 7 < 10).
    const CellPair &mixed = m_sites.mixed;
    QString party = names.companyName();
    QString id = addIncident(m_shapes.straddle(mixed, 50.0, squareMetres(3.0), squareMetres(10.0)), party,
        violation(TransportProject), townshipName(mixed.left), random);
    addCase(DesignKind::LiteralVersusJudicial, id, party, 3.0, 10.0, { townshipName(mixed.left) });

    // 6 亩 in each of two townships: 12 亩 as one case, neither township's part reaches 10.
    const CellPair &span = m_sites.twoTownships;
    party = names.companyName();
    id = addIncident(m_shapes.straddle(span, 60.0, squareMetres(6.0), squareMetres(12.0)), party,
        violation(Afforestation), townshipName(span.left), random);
    addCase(DesignKind::TwoTownships, id, party, 0.0, 12.0,
        { townshipName(span.left), townshipName(span.right) });

    // 4 亩 over the two overlapping basic-farmland parcels; a naive sum counts the overlap twice.
    const CellPair &overlap = m_sites.overlap;
    party = names.companyName();
    id = addIncident(m_shapes.band(overlap, 45.0, 65.0, squareMetres(4.0)), party, violation(DiggingLakes),
        townshipName(overlap.left), random);
    addCase(DesignKind::OverlappingFarmland, id, party, 4.0, 4.0, { townshipName(overlap.left) });
    if (m_cases.back().naiveBasicFarmlandMu < 5.0)
        throw std::runtime_error("sample generator: the overlap design no longer misleads a naive sum");
}

void IncidentDesign::addOrdinary(SampleRandom &random, NameMaker &names)
{
    for (int attempt = 0; attempt < 1000; ++attempt) {
        const Cell cell { random.below(m_mesh.columns()), random.below(m_mesh.rows()) };
        bool room = m_sites.distanceToReserved(cell.i, cell.j) >= kOrdinaryClearance;
        for (int dj = -1; dj <= 1 && room; ++dj)
            for (int di = -1; di <= 1 && room; ++di)
                room = m_mesh.interior(cell.i + di, cell.j + dj);
        if (!room)
            continue;
        std::vector<GeosGeometryPtr> block;
        for (int dj = -1; dj <= 1; ++dj)
            for (int di = -1; di <= 1; ++di)
                block.push_back(makePolygon(m_mesh.cellRing(cell.i + di, cell.j + dj)));
        std::vector<const GEOSGeometry *> raw;
        for (const auto &g : block)
            raw.push_back(g.get());
        const GeosGeometryPtr container = unionAll(raw);
        // Small cases are common, large ones rare: 0.5–30 亩 skewed low, to 0.01 亩.
        const double u = random.uniform();
        const double mu = std::round((0.5 + 29.5 * u * u) * 100.0) / 100.0;
        Point center = m_mesh.cellCenter(cell.i, cell.j);
        center.x += random.uniform(-60, 60);
        center.y += random.uniform(-60, 60);
        GeosGeometryPtr shape = m_shapes.blob(center, squareMetres(mu), container.get(), random);
        bool clear = true;
        for (const GeosGeometryPtr &other : m_layer.geometries)
            clear = clear && !intersects(shape.get(), other.get());
        if (!clear)
            continue;
        const bool company = random.chance(0.35);
        static const Violation personTypes[] = { RuralHousing, GreenhouseHousing, FacilityMisuse, Burial };
        static const Violation companyTypes[] = { DiggingLakes, Afforestation, Mining, TransportProject,
            MunicipalWorks, GovernmentProject, EnterpriseOccupation };
        const Violation type = company ? companyTypes[random.below(7)] : personTypes[random.below(4)];
        const QString township = townshipName(cell);
        // Every ordinary party is new, so no ordinary incident accumulates with another.
        const QString party = company ? names.companyName() : names.personName();
        addIncident(std::move(shape), party, violation(type), township, random);
        return;
    }
    throw std::runtime_error("sample generator: no room left for an ordinary incident");
}

} // namespace fg::gis::sample
