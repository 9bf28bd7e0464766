// SPDX-License-Identifier: MIT
#include "app/project/party_totals.h"

#include "app/project/project_session.h"
#include "core/cases/accumulation_selector.h"
#include "core/input_error.h"
#include "gis/geos_context.h"
#include "gis/io/vector_layer.h"
#include "gis/store/project_tables.h"

namespace fg::app {

namespace {

/// The incidents as the analysis wants them: the id, and the party only while the incident's
/// case still accumulates, so dealt-with incidents are measured alone but never added up.
gis::VectorLayer accumulatingIncidents(const PartyTotalsInput &input)
{
    const gis::VectorLayer &incidents = *input.incidents;
    const int idField = incidents.fieldIndex(QStringLiteral("incident_id"));
    gis::VectorLayer selected;
    selected.name = incidents.name;
    selected.sourcePath = incidents.sourcePath;
    selected.driver = incidents.driver;
    selected.geometryKind = incidents.geometryKind;
    selected.crs = incidents.crs;
    selected.fields = { { QStringLiteral("incident_id"), gis::FieldType::Text },
        { QStringLiteral("accumulating_party"), gis::FieldType::Text } };
    for (int row = 0; idField >= 0 && row < incidents.featureCount(); ++row) {
        const QString id = incidents.value(row, idField).toString();
        selected.addFeature(incidents.fid(row), { id, input.accumulatingParty.value(id) },
            gis::cloneGeometry(incidents.geometry(row)));
    }
    return selected;
}

} // namespace

PartyTotalsInput partyTotalsInput(const ProjectSession &session)
{
    PartyTotalsInput input;
    input.incidents = session.mapLayer(QString::fromLatin1(gis::ProjectTables::kIncidents));
    input.basicFarmland = session.mapLayer(QString::fromLatin1(gis::ProjectTables::kBasicFarmland));
    input.landUse = session.mapLayer(QString::fromLatin1(gis::ProjectTables::kLandUse));
    input.workingEpsg = session.workingEpsg();
    const core::AccumulationSelection selection = core::AccumulationSelector::select(
        session.store().partyIncidents(), core::AccumulationPolicy::UntilDecision);
    for (auto it = selection.byParty.cbegin(); it != selection.byParty.cend(); ++it) {
        for (const QString &id : it.value())
            input.accumulatingParty.insert(id, it.key());
    }
    return input;
}

PartyTotals measurePartyTotals(const PartyTotalsInput &input, const std::function<bool(int, int)> &progress)
{
    PartyTotals totals;
    if (!input.incidents)
        return totals;
    try {
        const gis::VectorLayer incidents = accumulatingIncidents(input);
        gis::EncroachmentRequest request;
        request.incidents = &incidents;
        request.basicFarmland = input.basicFarmland.get();
        request.cultivated = input.landUse.get();
        request.workingEpsg = input.workingEpsg;
        request.idField = QStringLiteral("incident_id");
        request.partyField = QStringLiteral("accumulating_party");
        request.overlay.cultivatedClasses = request.rules.cultivatedClasses();
        request.progress = progress;
        totals.parties = gis::analyzeEncroachment(request).parties;
    } catch (const core::InputError &error) {
        totals.error = error.message();
    } catch (const gis::OverlayCancelled &) {
        totals.cancelled = true;
    }
    return totals;
}

} // namespace fg::app
