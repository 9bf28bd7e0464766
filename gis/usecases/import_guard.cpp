// SPDX-License-Identifier: MIT
#include "gis/usecases/import_guard.h"

#include "gis/analysis/encroachment_analysis.h"
#include "gis/analysis/robust_overlay.h"
#include "gis/io/vector_layer.h"
#include "gis/store/project_store.h"
#include "gis/store/project_tables.h"

#include <QHash>

#include <algorithm>

namespace fg::gis {

namespace {

/// One problem per skipped feature id, named by its feature id (the reader kept no attributes).
void addSkipped(const VectorLayer &layer, const std::vector<qint64> &fids, const QString &problem,
    std::vector<core::InputError> *found)
{
    for (qint64 fid : fids)
        found->emplace_back(layer.sourcePath, problem, QString::number(fid));
}

/// The box of the project's reference layers, as a polygon; null when it has none.
GeosGeometryPtr referenceBox(const ProjectStore &store)
{
    QRectF box;
    for (const ReferenceLayerInfo &layer : store.referenceLayersUncounted())
        box = box.isNull() ? layer.extent : box.united(layer.extent);
    if (box.isNull())
        return {};
    return fromWkt(QStringLiteral("POLYGON((%1 %2,%3 %2,%3 %4,%1 %4,%1 %2))")
                       .arg(box.left(), 0, 'f', 3)
                       .arg(box.top(), 0, 'f', 3)
                       .arg(box.right(), 0, 'f', 3)
                       .arg(box.bottom(), 0, 'f', 3));
}

/// The union of the project's townships; null when the project has none.
GeosGeometryPtr townshipUnion(const ProjectStore &store)
{
    const std::vector<ReferenceLayerInfo> present = store.referenceLayersUncounted();
    const QString table = QString::fromLatin1(ProjectTables::kTownships);
    if (std::none_of(
            present.begin(), present.end(), [&](const ReferenceLayerInfo &l) { return l.table == table; }))
        return {};
    const VectorLayer townships = store.readReference(table);
    std::vector<GeosGeometryPtr> pieces;
    for (int row = 0; row < townships.featureCount(); ++row)
        if (const GEOSGeometry *g = townships.geometry(row))
            pieces.push_back(cloneGeometry(g));
    bool snapped = false;
    return pieces.empty() ? GeosGeometryPtr() : robust::unionOf(std::move(pieces), &snapped);
}

} // namespace

std::vector<core::InputError> ImportGuard::checkCrs(const QString &sourcePath, const QString &mismatch)
{
    std::vector<core::InputError> found;
    // Everything measured in a CRS that does not fit would be wrong: one problem for the layer.
    if (!mismatch.isEmpty())
        found.emplace_back(sourcePath, mismatch);
    return found;
}

std::vector<core::InputError> ImportGuard::checkRead(const VectorLayer &layer, int idField)
{
    std::vector<core::InputError> found = checkCrs(layer.sourcePath, layer.crs.mismatch);
    if (!found.empty())
        return found;
    const GeometryCheckReport &skipped = layer.geometryCheck;
    addSkipped(layer, skipped.nonFiniteFids,
        tr("NaN or infinite coordinates: refused (repairing them would measure another shape)"), &found);
    addSkipped(
        layer, skipped.emptyFids, tr("no geometry (NULL or empty): an incident needs its polygon"), &found);
    addSkipped(layer, skipped.collapsedFids, tr("invalid polygon with no area left once repaired"), &found);
    addSkipped(layer, skipped.wrongKindFids, tr("not a polygon"), &found);

    QHash<QString, int> seen;
    for (int row = 0; row < layer.featureCount(); ++row) {
        const QString id = incidentId(layer, row, idField);
        const auto it = seen.constFind(id);
        if (it == seen.constEnd())
            seen.insert(id, row);
        else
            found.emplace_back(layer.sourcePath,
                tr("duplicate id %1 (also feature %2 of the file)").arg(id).arg(layer.fid(*it)),
                QString::number(layer.fid(row)));
    }
    return found;
}

ImportGuard::ImportGuard(const ProjectStore &store, const ImportLimits &limits)
    : m_limits(limits)
    , m_county(townshipUnion(store))
{
    if (!m_county)
        m_county = referenceBox(store);
    if (!m_county)
        return;
    GEOSContextHandle_t ctx = geosContext();
    m_countyArea = robust::planarArea(m_county.get());
    m_reach.reset(GEOSBuffer_r(ctx, m_county.get(), std::max(0.0, m_limits.outsideToleranceM), 8));
    m_preparedCounty.reset(GEOSPrepare_r(ctx, m_county.get()));
    if (m_reach)
        m_preparedReach.reset(GEOSPrepare_r(ctx, m_reach.get()));
}

ImportGuard::~ImportGuard() = default;

std::vector<core::InputError> ImportGuard::checkPlace(const VectorLayer &layer, int idField) const
{
    std::vector<core::InputError> found;
    if (!m_preparedCounty || !m_preparedReach)
        return found;
    for (int row = 0; row < layer.featureCount(); ++row)
        checkOne(layer, row, idField, &found);
    return found;
}

void ImportGuard::checkOne(
    const VectorLayer &layer, int row, int idField, std::vector<core::InputError> *found) const
{
    const GEOSGeometry *g = layer.geometry(row);
    if (!g)
        return;
    GEOSContextHandle_t ctx = geosContext();
    const QString id = incidentId(layer, row, idField);
    const double area = robust::planarArea(g);
    if (m_countyArea > 0 && area > m_limits.maxCountyShare * m_countyArea)
        found->emplace_back(layer.sourcePath,
            tr("its area %1 km² is %2% of the county's %3 km², over the limit of %4% (a wrong unit or CRS?)")
                .arg(area / 1e6, 0, 'f', 2)
                .arg(100.0 * area / m_countyArea, 0, 'f', 1)
                .arg(m_countyArea / 1e6, 0, 'f', 1)
                .arg(100.0 * m_limits.maxCountyShare, 0, 'g', 3),
            id);
    if (GEOSPreparedCovers_r(ctx, m_preparedReach.get(), g) == 1)
        return;
    if (GEOSPreparedIntersects_r(ctx, m_preparedCounty.get(), g) != 1) {
        double distance = 0.0;
        GEOSDistance_r(ctx, m_county.get(), g, &distance);
        found->emplace_back(layer.sourcePath,
            tr("lies outside the project's townships, %1 km from the nearest")
                .arg(distance / 1000.0, 0, 'f', 1),
            id);
        return;
    }
    bool snapped = false;
    const GeosGeometryPtr outside = robust::difference(g, m_county.get(), &snapped);
    found->emplace_back(layer.sourcePath,
        tr("reaches beyond the project's townships by more than the tolerance of %1 m (%2 m² outside)")
            .arg(m_limits.outsideToleranceM, 0, 'g', 6)
            .arg(robust::planarArea(outside.get()), 0, 'f', 0),
        id);
}

} // namespace fg::gis
