// SPDX-License-Identifier: MIT
#include "gis/patrol/grid_builder.h"

#include "core/input_error.h"
#include "core/land_class.h"
#include "gis/analysis/overlay_engine.h"
#include "gis/analysis/robust_overlay.h"
#include "gis/geometry/area_calculator.h"
#include "gis/io/vector_layer.h"
#include "gis/patrol/cell_probes.h"

#include <QSet>

#include <cmath>

namespace fg::gis {

namespace {

constexpr double kMaxSquares = 1e6;

void requireField(const VectorLayer *layer, const QString &field)
{
    if (layer && layer->fieldIndex(field) < 0)
        throw core::InputError(layer->sourcePath, GridBuilder::tr("the layer has no field %1").arg(field));
}

} // namespace

GridBuilder::GridBuilder(GridSources sources, int workingEpsg, GridOptions options)
    : m_sources(sources)
    , m_epsg(workingEpsg)
    , m_options(std::move(options))
{
    if (!m_sources.townships)
        throw std::invalid_argument("GridBuilder needs a townships layer");
    AreaCalculator check(workingEpsg); // throws std::invalid_argument for a foreign CRS
    requireField(m_sources.townships, m_options.nameField);
    requireField(m_sources.villages, m_options.nameField);
    requireField(m_sources.landUse, m_options.classField);
    requireField(m_sources.incidents, m_options.incidentDateField);
}

std::vector<int> GridBuilder::chosenTownships() const
{
    const VectorLayer &t = *m_sources.townships;
    const int name = t.fieldIndex(m_options.nameField);
    const int code = t.fieldIndex(m_options.codeField);
    std::vector<int> rows;
    QSet<QString> found;
    for (int row = 0; row < t.featureCount(); ++row) {
        const QString n = t.value(row, name).toString().trimmed();
        const QString c = code >= 0 ? t.value(row, code).toString().trimmed() : QString();
        const bool wanted = m_options.townships.isEmpty() || m_options.townships.contains(n)
            || (!c.isEmpty() && m_options.townships.contains(c));
        if (!wanted)
            continue;
        rows.push_back(row);
        found << n << c;
    }
    for (const QString &asked : m_options.townships)
        if (!found.contains(asked.trimmed()))
            throw core::InputError(t.sourcePath, tr("no township named or coded %1").arg(asked));
    return rows;
}

GeosGeometryPtr GridBuilder::clipToTownships(
    const GEOSGeometry *square, const std::vector<int> &townships, bool *snapped) const
{
    const VectorLayer &t = *m_sources.townships;
    std::vector<GeosGeometryPtr> pieces;
    for (int row : t.query(square)) {
        if (!std::binary_search(townships.begin(), townships.end(), row))
            continue;
        if (GeosGeometryPtr piece = robust::intersection(square, t.geometry(row), snapped))
            pieces.push_back(std::move(piece));
    }
    if (pieces.size() == 1)
        return std::move(pieces.front());
    return robust::unionOf(std::move(pieces), snapped);
}

PatrolGrid GridBuilder::squareCells() const
{
    const double size = m_options.cellSizeM;
    if (!(size > 0))
        throw core::InputError(QString(), tr("the cell size must be positive, not %1").arg(size));
    const std::vector<int> townships = chosenTownships();
    QRectF extent;
    for (int row : townships)
        extent |= envelopeOf(m_sources.townships->geometry(row));
    const qint64 col0 = qint64(std::floor(extent.left() / size)),
                 col1 = qint64(std::ceil(extent.right() / size));
    const qint64 row0 = qint64(std::floor(extent.top() / size)),
                 row1 = qint64(std::ceil(extent.bottom() / size));
    if (double(col1 - col0) * double(row1 - row0) > kMaxSquares)
        throw core::InputError(m_sources.townships->sourcePath,
            tr("a %1 m grid over these townships would have more than a million squares").arg(size));
    PatrolGrid grid;
    grid.epsg = m_epsg;
    grid.cellSizeM = size;
    bool snapped = false;
    GEOSContextHandle_t ctx = geosContext();
    for (qint64 r = row0; r < row1; ++r) {
        for (qint64 c = col0; c < col1; ++c) {
            GeosGeometryPtr square(
                GEOSGeom_createRectangle_r(ctx, c * size, r * size, (c + 1) * size, (r + 1) * size));
            GeosGeometryPtr clipped = clipToTownships(square.get(), townships, &snapped);
            if (!clipped)
                continue;
            GridCell cell;
            cell.cell.id = QStringLiteral("G%1-%2-%3").arg(size, 0, 'g', 10).arg(c).arg(r);
            cell.geometry = std::move(clipped);
            grid.cells.push_back(std::move(cell));
        }
    }
    if (snapped)
        grid.warnings << tr("some cells were clipped on the 0.1 mm precision grid (near-coincident edges)");
    measure(grid);
    return grid;
}

PatrolGrid GridBuilder::villageCells() const
{
    const VectorLayer *villages = m_sources.villages;
    if (!villages)
        throw core::InputError(QString(), tr("one cell per village needs a villages layer"));
    const std::vector<int> townships = chosenTownships();
    const int code = villages->fieldIndex(m_options.codeField);
    PatrolGrid grid;
    grid.epsg = m_epsg;
    for (int row = 0; row < villages->featureCount(); ++row) {
        const int township = largestOverlapRow(*m_sources.townships, villages->geometry(row));
        if (township < 0 || !std::binary_search(townships.begin(), townships.end(), township))
            continue;
        GridCell cell;
        cell.cell.id = code >= 0 ? villages->value(row, code).toString().trimmed()
                                 : QStringLiteral("V%1").arg(villages->fid(row));
        cell.geometry = cloneGeometry(villages->geometry(row));
        grid.cells.push_back(std::move(cell));
    }
    measure(grid);
    return grid;
}

QString GridBuilder::largestOverlap(const VectorLayer &layer, const GEOSGeometry *geometry) const
{
    const int best = largestOverlapRow(layer, geometry);
    return best < 0 ? QString()
                    : layer.value(best, layer.fieldIndex(m_options.nameField)).toString().trimmed();
}

std::optional<double> GridBuilder::nearestDistance(
    const GEOSGeometry *geometry, const QStringList &classes) const
{
    const VectorLayer *landUse = m_sources.landUse;
    if (!landUse || classes.isEmpty())
        return std::nullopt;
    const int classField = landUse->fieldIndex(m_options.classField);
    const double radius = m_options.searchRadiusM;
    const QRectF search = envelopeOf(geometry).adjusted(-radius, -radius, radius, radius);
    GEOSContextHandle_t ctx = geosContext();
    GeosPreparedPtr prepared(GEOSPrepare_r(ctx, geometry));
    std::optional<double> nearest;
    for (int row : landUse->query(search)) {
        if (!core::landClassMatches(landUse->value(row, classField).toString(), classes))
            continue;
        double d = 0;
        if (GEOSPreparedDistance_r(ctx, prepared.get(), landUse->geometry(row), &d) && d <= radius
            && (!nearest || d < *nearest))
            nearest = d;
    }
    return nearest;
}

void GridBuilder::describe(GridCell &cell) const
{
    core::PatrolCell &c = cell.cell;
    const GEOSGeometry *g = cell.geometry.get();
    c.township = largestOverlap(*m_sources.townships, g);
    if (m_sources.villages)
        c.village = largestOverlap(*m_sources.villages, g);
    c.centroid = insidePoint(g);
    if (m_sources.landUse)
        c.parcelCount = int(rowsSharingArea(*m_sources.landUse, g).size());
    c.homesteadDistanceM = nearestDistance(g, m_options.homesteadClasses);
    c.roadDistanceM = nearestDistance(g, m_options.roadClasses);
    c.townDistanceM = nearestDistance(g, m_options.townClasses);
}

void GridBuilder::measure(PatrolGrid &grid) const
{
    const AreaCalculator calculator(m_epsg);
    std::vector<const GEOSGeometry *> targets;
    for (GridCell &cell : grid.cells) {
        describe(cell);
        cell.cell.areaM2 = calculator.area(cell.geometry.get(), AreaMethod::Ellipsoidal);
        targets.push_back(cell.geometry.get());
        if (m_sources.incidents)
            grid.warnings << addIncidentDates(*m_sources.incidents, m_options.incidentDateField, cell);
    }
    if (!m_sources.basicFarmland && !m_sources.landUse)
        return;
    OverlayOptions overlay;
    overlay.classField = m_options.classField;
    overlay.cultivatedClasses = m_options.cultivatedClasses;
    const OverlayEngine engine(m_sources.basicFarmland, m_sources.landUse, m_epsg, overlay);
    const std::vector<Occupation> occupied = engine.measureAll(targets);
    for (size_t i = 0; i < grid.cells.size(); ++i) {
        grid.cells[i].cell.basicFarmlandM2 = occupied[i].basicFarmland.ellipsoidal;
        grid.cells[i].cell.cultivatedM2 = occupied[i].cultivated.ellipsoidal;
    }
    grid.warnings << engine.warnings();
    grid.warnings.removeDuplicates();
}

} // namespace fg::gis
