// SPDX-License-Identifier: MIT
#include "gis/usecases/site_check.h"

#include "core/input_error.h"
#include "gis/analysis/robust_overlay.h"
#include "gis/io/vector_layer.h"
#include "gis/patrol/cell_probes.h"
#include "gis/store/project_store.h"
#include "gis/store/project_tables.h"
#include "gis/usecases/incident_layer.h"
#include "gis/usecases/incident_measurer.h"
#include "gis/usecases/report_inputs.h"
#include "gis/usecases/site_approvals.h"

#include <algorithm>
#include <map>

namespace fg::gis {

namespace {

const QString kSiteId = QStringLiteral("site");

/// The site as a one-feature layer, so it is measured exactly as an incident is.
VectorLayer siteLayer(const SiteCheckRequest &request, const QString &location)
{
    VectorLayer layer;
    layer.name = request.siteName;
    layer.sourcePath = request.siteName.isEmpty() ? location : request.siteName;
    layer.geometryKind = GeometryKind::Polygon;
    layer.fields = { { kSiteId, FieldType::Text } };
    layer.addFeature(1, { request.siteName }, cloneGeometry(request.site));
    return layer;
}

/// site ∩ @p other measured by @p method (0 when they only touch).
double overlapArea(
    const AreaCalculator &calculator, const GEOSGeometry *site, const GEOSGeometry *other, AreaMethod method)
{
    bool snapped = false;
    const GeosGeometryPtr piece = robust::intersection(site, other, &snapped);
    return piece ? calculator.area(piece.get(), method) : 0.0;
}

/// The open cases whose incidents the site overlaps, in the order the cases were opened.
std::vector<SiteCaseOverlap> openCases(const ProjectStore &store, const SiteCheckRequest &request,
    const QRectF &box, const AreaCalculator &calculator)
{
    GEOSContextHandle_t ctx = geosContext();
    FeatureQuery near;
    near.boxes.push_back(box);
    std::map<QString, GeosGeometryPtr> meeting; // incident id → its polygon, for those the site overlaps
    for (IncidentRecord &incident : store.incidents(true, near)) {
        if (incident.geometry && GEOSIntersects_r(ctx, incident.geometry.get(), request.site) == 1)
            meeting.emplace(incident.id, std::move(incident.geometry));
    }
    std::vector<SiteCaseOverlap> found;
    if (meeting.empty())
        return found;
    for (const core::CaseFile &file : store.cases()) {
        if (core::isTerminal(file.status()))
            continue;
        SiteCaseOverlap overlap { file.id(), file.status(), {}, 0.0 };
        std::vector<GeosGeometryPtr> pieces;
        for (const QString &id : file.incidentIds()) {
            if (const auto it = meeting.find(id); it != meeting.end()) {
                overlap.incidentIds << id;
                pieces.push_back(cloneGeometry(it->second.get()));
            }
        }
        if (pieces.empty())
            continue;
        bool snapped = false;
        const GeosGeometryPtr incidents = robust::unionOf(std::move(pieces), &snapped);
        overlap.overlapM2 = overlapArea(calculator, request.site, incidents.get(), request.method);
        // Touching along an edge is no overlap: the printed figure decides, as for the land.
        if (overlap.overlapM2 > 0.005)
            found.push_back(overlap);
    }
    return found;
}

std::vector<SiteApprovalOverlap> approvalsMet(const SiteApprovalSource &source,
    const SiteCheckRequest &request, const QRectF &box, const AreaCalculator &calculator)
{
    std::vector<SiteApprovalOverlap> found;
    for (const SiteApproval &approval : source.approvalsNear(box)) {
        if (!approval.geometry)
            continue;
        const double area = overlapArea(calculator, request.site, approval.geometry.get(), request.method);
        if (area > 0.005)
            found.push_back({ approval.documentNumber, approval.kind, approval.use, approval.validUntil,
                approval.inForce, area });
    }
    return found;
}

} // namespace

SiteCheckResult SiteCheck::run(const ProjectStore &store, const SiteCheckRequest &request)
{
    const ProjectInfo project = store.info();
    const QRectF box = envelopeOf(request.site);
    FeatureQuery near;
    near.boxes.push_back(box);
    const IncidentMeasurer measurer(store, near, { std::nullopt, request.method });
    const VectorLayer layer = siteLayer(request, project.location);
    const LayerMeasurement measured = measurer.measureLayer(layer, kSiteId, QString());
    const Occupation &occupation = measured.report.incidents.at(0).occupation;
    const IncidentMeasurement &place = measured.incidents.at(0);

    SiteCheckResult result;
    result.siteName = request.siteName;
    result.kind = request.kind;
    result.method = request.method;
    result.workingEpsg = project.workingEpsg;
    result.site = cloneGeometry(request.site);
    result.areaM2 = occupation.area.of(request.method);
    result.basicFarmlandM2 = occupation.basicFarmland.of(request.method);
    result.cultivatedM2 = occupation.cultivated.of(request.method);
    result.cultivatedOutsideBasicFarmlandM2 = occupation.cultivatedOutsideBasicFarmland.of(request.method);
    result.netKnown = occupation.netKnown;
    result.cultivatedNetM2 = occupation.cultivatedNet.of(request.method);
    result.cultivatedByClass = occupation.cultivatedByClass;
    result.otherByClass = occupation.otherByClass;
    result.township = place.township;
    result.village = place.village;
    result.warnings = measured.report.warnings;

    const AreaCalculator calculator(project.workingEpsg);
    result.cases = openCases(store, request, box, calculator);
    const StoreApprovals own(store);
    try {
        result.approvals
            = approvalsMet(request.approvals ? *request.approvals : own, request, box, calculator);
        result.approvalsChecked = true;
    } catch (const core::InputError &e) {
        // A shared project its owner has not yet upgraded to approvals (schema 9): say so, check the rest.
        result.warnings << tr("approvals not checked: %1").arg(e.message());
    }
    core::SiteFindings findings;
    findings.basicFarmlandM2 = result.basicFarmlandM2;
    findings.cultivatedM2 = result.cultivatedM2;
    findings.openCases = int(result.cases.size());
    findings.approvals = int(result.approvals.size());
    result.procedures = core::SiteProcedures::forSite(request.kind, findings);

    const ReportInputs inputs(store);
    result.rulesText = inputs.rulesText();
    result.logNote = inputs.logNote();
    result.logHead = store.logHead();
    return result;
}

CaseMapLayers SiteCheck::mapLayers(const ProjectStore &store, const GEOSGeometry *site)
{
    const QRectF box = envelopeOf(site);
    const double margin = std::max(500.0, 3.0 * std::max(box.width(), box.height()));
    FeatureQuery near;
    near.boxes.push_back(box.adjusted(-margin, -margin, margin, margin));
    const std::vector<ReferenceLayerInfo> present = store.referenceLayersUncounted();
    const auto read
        = [&](const char *table, const FeatureQuery &query) -> std::shared_ptr<const VectorLayer> {
        const QString name = QString::fromLatin1(table);
        if (std::none_of(
                present.begin(), present.end(), [&](const ReferenceLayerInfo &l) { return l.table == name; }))
            return nullptr;
        auto layer = std::make_shared<VectorLayer>(store.readReference(name, query));
        layer->buildIndex();
        return layer;
    };
    CaseMapLayers layers;
    layers.landUse = read(ProjectTables::kLandUse, near);
    layers.basicFarmland = read(ProjectTables::kBasicFarmland, near);
    layers.villages = read(ProjectTables::kVillages, near);
    layers.townships = read(ProjectTables::kTownships, {});
    auto incidents
        = std::make_shared<VectorLayer>(IncidentLayer::fromRecords(store.incidents(true, near), store));
    incidents->buildIndex();
    layers.incidents = incidents;
    return layers;
}

} // namespace fg::gis
