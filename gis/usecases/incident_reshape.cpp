// SPDX-License-Identifier: MIT
#include "gis/usecases/incident_reshape.h"

#include "core/input_error.h"
#include "gis/store/project_store.h"

#include <QLocale>

namespace fg::gis {

ReshapeResult IncidentReshape::apply(
    ProjectStore &store, const QString &incidentId, const GEOSGeometry *geometry, qint64 revision)
{
    std::optional<IncidentRecord> stored;
    for (IncidentRecord &incident : store.incidents())
        if (incident.id == incidentId)
            stored.emplace(std::move(incident));
    if (!stored)
        throw core::InputError(store.info().location, tr("the project has no incident %1").arg(incidentId), incidentId);
    ReshapeResult result;
    result.measured = IncidentMeasurer::measure(store, geometry, incidentId, { stored->violationType, stored->discoveryDate });
    IncidentRecord reshaped;
    reshaped.fid = stored->fid;
    reshaped.id = stored->id;
    reshaped.geometry = cloneGeometry(geometry);
    // A place the boundaries cannot name (a project without them) keeps what the incident had.
    reshaped.township = result.measured.township.isEmpty() ? stored->township : result.measured.township;
    reshaped.village = result.measured.village.isEmpty() ? stored->village : result.measured.village;
    reshaped.measures = result.measured.measures;
    store.updateIncidentGeometry(reshaped, revision);
    const QLocale c = QLocale::c();
    const IncidentMeasures &before = stored->measures;
    const IncidentMeasures &after = reshaped.measures;
    const QString why = tr("incident %1 reshaped and measured again (basic farmland %2 → %3 mu, cultivated %4 → %5 mu)")
                            .arg(incidentId, c.toString(before.basicFarmlandMu, 'f', 2),
                                c.toString(after.basicFarmlandMu, 'f', 2), c.toString(before.cultivatedMu, 'f', 2),
                                c.toString(after.cultivatedMu, 'f', 2));
    result.rejudged = CaseFlags::rejudge(store, CaseFlags::affectedBy(store, { incidentId }), why);
    return result;
}

} // namespace fg::gis
