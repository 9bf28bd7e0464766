// SPDX-License-Identifier: MIT
#include "gis/analysis/encroachment_analysis.h"

#include "core/input_error.h"
#include "gis/analysis/robust_overlay.h"
#include "gis/io/vector_layer.h"

#include <QCoreApplication>
#include <QHash>

namespace fg::gis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fg::gis::EncroachmentAnalysis", text);
}

int requiredField(const VectorLayer &layer, const QString &name, const QString &role)
{
    if (name.isEmpty())
        return -1;
    const int index = layer.fieldIndex(name);
    if (index < 0)
        throw core::InputError(layer.sourcePath, tr("no field \"%1\" for the %2").arg(name, role));
    return index;
}

/// The incident's polygon, repaired if invalid. Throws for a missing or non-polygonal geometry.
GeosGeometryPtr incidentPolygon(const VectorLayer &layer, int row, const QString &id, QStringList *warnings)
{
    GEOSContextHandle_t ctx = geosContext();
    const GEOSGeometry *g = layer.geometry(row);
    if (!g || GEOSisEmpty_r(ctx, g))
        throw core::InputError(layer.sourcePath, tr("the incident has no geometry"), id);
    const int type = GEOSGeomTypeId_r(ctx, g);
    if (type != GEOS_POLYGON && type != GEOS_MULTIPOLYGON)
        throw core::InputError(layer.sourcePath, tr("the incident is not a polygon"), id);
    if (GEOSisValid_r(ctx, g) == 1)
        return cloneGeometry(g);
    GeosGeometryPtr repaired = robust::polygonalPart(GeosGeometryPtr(GEOSMakeValid_r(ctx, g)));
    if (!repaired)
        throw core::InputError(layer.sourcePath, tr("the incident polygon is invalid and has no area once repaired"), id);
    warnings->append(tr("%1: feature %2: invalid incident polygon repaired (MakeValid)").arg(layer.sourcePath, id));
    return repaired;
}

QString incidentId(const VectorLayer &layer, int row, int idField)
{
    if (idField >= 0) {
        const QString value = layer.value(row, idField).toString().trimmed();
        if (!value.isEmpty())
            return value;
    }
    return QString::number(layer.fid(row));
}

} // namespace

core::OccupiedAreas occupiedAreas(const Occupation &occupation, AreaMethod method)
{
    return {occupation.basicFarmland.of(method), occupation.cultivated.of(method),
            occupation.cultivatedOutsideBasicFarmland.of(method)};
}

EncroachmentReport analyzeEncroachment(const EncroachmentRequest &request)
{
    const VectorLayer &incidents = *request.incidents;
    const int idField = requiredField(incidents, request.idField, tr("incident id"));
    const int partyField = requiredField(incidents, request.partyField, tr("party"));
    const OverlayEngine engine(request.basicFarmland, request.cultivated, request.workingEpsg, request.overlay);

    EncroachmentReport report;
    std::vector<GeosGeometryPtr> owned;  // repaired incident polygons, then party unions
    QHash<QString, int> partyIndex;
    std::vector<std::vector<int>> partyMembers;
    for (int row = 0; row < incidents.featureCount(); ++row) {
        IncidentResult incident;
        incident.row = row;
        incident.id = incidentId(incidents, row, idField);
        if (partyField >= 0)
            incident.party = incidents.value(row, partyField).toString().trimmed();
        owned.push_back(incidentPolygon(incidents, row, incident.id, &report.warnings));
        if (!incident.party.isEmpty()) {
            auto it = partyIndex.find(incident.party);
            if (it == partyIndex.end()) {
                it = partyIndex.insert(incident.party, static_cast<int>(report.parties.size()));
                report.parties.push_back({incident.party, {}, {}, {}});
                partyMembers.emplace_back();
            }
            report.parties[static_cast<size_t>(*it)].incidentIds << incident.id;
            partyMembers[static_cast<size_t>(*it)].push_back(row);
        }
        report.incidents.push_back(std::move(incident));
    }

    // A party with several incidents is measured once more on the union of its polygons;
    // a party with one incident takes that incident's figures as they are.
    std::vector<const GEOSGeometry *> targets;
    for (const GeosGeometryPtr &g : owned)
        targets.push_back(g.get());
    std::vector<int> partyTarget(report.parties.size(), -1);
    for (size_t p = 0; p < report.parties.size(); ++p) {
        if (partyMembers[p].size() < 2)
            continue;
        std::vector<GeosGeometryPtr> members;
        for (int row : partyMembers[p])
            members.push_back(cloneGeometry(owned[static_cast<size_t>(row)].get()));
        bool snapped = false;
        owned.push_back(robust::unionOf(std::move(members), &snapped));
        partyTarget[p] = static_cast<int>(targets.size());
        targets.push_back(owned.back().get());
    }

    std::vector<Occupation> measured = engine.measureAll(targets, request.progress);
    for (IncidentResult &incident : report.incidents) {
        incident.occupation = std::move(measured[static_cast<size_t>(incident.row)]);
        incident.verdict = request.rules.judge(occupiedAreas(incident.occupation, request.method));
        if (incident.occupation.snappedToGrid)
            report.warnings << tr("incident %1: an overlay needed the 0.1 mm precision grid "
                                  "(near-coincident edges); areas may differ by ~0.001 m²")
                                   .arg(incident.id);
    }
    for (size_t p = 0; p < report.parties.size(); ++p) {
        PartyResult &party = report.parties[p];
        party.occupation = partyTarget[p] >= 0
                               ? std::move(measured[static_cast<size_t>(partyTarget[p])])
                               : report.incidents[static_cast<size_t>(partyMembers[p].front())].occupation;
        party.verdict = request.rules.judge(occupiedAreas(party.occupation, request.method));
    }
    report.warnings << engine.warnings();
    return report;
}

} // namespace fg::gis
