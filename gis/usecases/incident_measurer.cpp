// SPDX-License-Identifier: MIT
#include "gis/usecases/incident_measurer.h"

#include "gis/patrol/cell_probes.h"
#include "gis/store/project_store.h"
#include "gis/store/project_tables.h"
#include "gis/usecases/project_rules.h"

#include <algorithm>

namespace fg::gis {

namespace {

const QString kIdField = QStringLiteral("incident_id");

/// The layer @p table of the project near @p query, indexed; nullopt when the project lacks it.
std::optional<VectorLayer> readNear(const ProjectStore &store, const std::vector<ReferenceLayerInfo> &present,
    const char *table, const FeatureQuery &query)
{
    const QString name = QString::fromLatin1(table);
    if (std::none_of(
            present.begin(), present.end(), [&](const ReferenceLayerInfo &l) { return l.table == name; }))
        return std::nullopt;
    VectorLayer layer = store.readReference(name, query);
    layer.buildIndex();
    return layer;
}

/// Every row of @p layer prepared (GEOSPrepare), in row order; null where a row has no geometry.
std::vector<GeosPreparedPtr> preparedRows(const std::optional<VectorLayer> &layer)
{
    std::vector<GeosPreparedPtr> prepared;
    for (int row = 0; layer && row < layer->featureCount(); ++row) {
        const GEOSGeometry *geometry = layer->geometry(row);
        prepared.emplace_back(geometry ? GEOSPrepare_r(geosContext(), geometry) : nullptr);
    }
    return prepared;
}

} // namespace

IncidentMeasurer::IncidentMeasurer(
    const ProjectStore &store, const FeatureQuery &near, const IncidentMeasureOptions &options)
    : m_project(store.info().location)
    , m_workingEpsg(store.info().workingEpsg)
    , m_rules(options.rules ? *options.rules : ProjectRules::read(store))
    , m_method(options.method)
    , m_memo(options.memo)
{
    const std::vector<ReferenceLayerInfo> present = store.referenceLayersUncounted();
    m_parcels = std::make_shared<const NearParcels>(NearParcels::read(store, present, near));
    m_townships = readNear(store, present, ProjectTables::kTownships, near);
    m_villages = readNear(store, present, ProjectTables::kVillages, near);
    m_preparedTownships = preparedRows(m_townships);
    m_preparedVillages = preparedRows(m_villages);
}

LayerMeasurement IncidentMeasurer::measureLayer(const VectorLayer &layer, const QString &idField,
    const QString &partyField, const std::vector<IncidentUse> &uses) const
{
    std::vector<IncidentCover> covers;
    for (size_t row = 0; row < uses.size() && int(row) < layer.featureCount(); ++row)
        covers.push_back(m_parcels->approvals.coverFor(layer.geometry(int(row)), uses[row].type, uses[row].day));
    EncroachmentRequest request;
    request.incidents = &layer;
    request.basicFarmland = &m_parcels->basicFarmland;
    request.cultivated = &m_parcels->landUse;
    request.workingEpsg = m_workingEpsg;
    request.idField = idField;
    request.partyField = partyField;
    request.overlay.cultivatedClasses = m_rules.cultivatedClasses();
    request.overlay.memo = m_memo;
    request.rules = m_rules;
    request.method = m_method;
    for (const IncidentCover &cover : covers)
        request.lawfulCover.push_back(cover.cover.get());
    LayerMeasurement result;
    result.report = analyzeEncroachment(request);
    for (const PartyResult &party : result.report.parties)
        if (party.verdict.accountability())
            result.partiesOver.insert(party.party);
    for (const IncidentResult &incident : result.report.incidents) {
        const GEOSGeometry *geometry = layer.geometry(incident.row);
        IncidentMeasurement measured { measuresOf(incident), nameAt(m_townships, m_preparedTownships, geometry),
            nameAt(m_villages, m_preparedVillages, geometry), {}, incident.approved.area };
        if (size_t(incident.row) < covers.size())
            measured.approvals = covers[size_t(incident.row)].documentNumbers;
        result.incidents.push_back(std::move(measured));
    }
    return result;
}

IncidentMeasurement IncidentMeasurer::measure(const GEOSGeometry *polygon, const QString &id, const IncidentUse &use) const
{
    VectorLayer layer;
    layer.name = id;
    layer.sourcePath = m_project;
    layer.geometryKind = GeometryKind::Polygon;
    layer.fields = { { kIdField, FieldType::Text } };
    layer.addFeature(1, { id }, cloneGeometry(polygon));
    return measureLayer(layer, kIdField, QString(), { use }).incidents.at(0);
}

IncidentMeasurement IncidentMeasurer::measure(const ProjectStore &store, const GEOSGeometry *polygon,
    const QString &id, const IncidentUse &use, const IncidentMeasureOptions &options)
{
    FeatureQuery near;
    if (const QRectF box = envelopeOf(polygon); !box.isNull())
        near.boxes.push_back(box);
    else
        near.fids = { -1 }; // nothing is near no polygon
    return IncidentMeasurer(store, near, options).measure(polygon, id, use);
}

FeatureQuery IncidentMeasurer::near(const VectorLayer &layer)
{
    FeatureQuery query;
    for (int row = 0; row < layer.featureCount(); ++row)
        if (const QRectF box = envelopeOf(layer.geometry(row)); !box.isNull())
            query.boxes.push_back(box);
    if (query.boxes.empty())
        query.fids = { -1 }; // no row has it: nothing is near no incident
    return query;
}

QString IncidentMeasurer::nameAt(const std::optional<VectorLayer> &layer,
    const std::vector<GeosPreparedPtr> &prepared, const GEOSGeometry *geometry) const
{
    if (!layer || !geometry)
        return {};
    int field = layer->fieldIndex(QStringLiteral("XZQMC"));
    if (field < 0)
        field = layer->fieldIndex(QStringLiteral("NAME"));
    GEOSContextHandle_t ctx = geosContext();
    GeosGeometryPtr point(GEOSPointOnSurface_r(ctx, geometry));
    if (field < 0 || !point)
        return {};
    for (int row : layer->query(point.get())) {
        if (prepared[size_t(row)] && GEOSPreparedIntersects_r(ctx, prepared[size_t(row)].get(), point.get()) == 1)
            return layer->value(row, field).toString();
    }
    return {};
}

IncidentMeasures IncidentMeasurer::measuresOf(const IncidentResult &result) const
{
    IncidentMeasures m;
    m.measured = true;
    m.method = QString::fromLatin1(areaMethodName(m_method));
    // The whole incident: its unlawful part and the approved part taken out of it.
    m.areaM2 = result.occupation.area.of(m_method) + result.approved.area.of(m_method);
    m.basicFarmlandM2 = result.occupation.basicFarmland.of(m_method);
    m.cultivatedM2 = result.occupation.cultivated.of(m_method);
    m.cultivatedOutsideBasicFarmlandM2 = result.occupation.cultivatedOutsideBasicFarmland.of(m_method);
    m.basicFarmlandMu = result.verdict.basicFarmlandMu;
    m.cultivatedMu = result.verdict.cultivatedMu;
    m.accountability = result.verdict.accountability();
    m.netKnown = result.occupation.netKnown;
    m.cultivatedNetM2 = result.occupation.cultivatedNet.of(m_method);
    m.cultivatedOutsideNetM2 = result.occupation.cultivatedOutsideBasicFarmlandNet.of(m_method);
    return m;
}

} // namespace fg::gis
