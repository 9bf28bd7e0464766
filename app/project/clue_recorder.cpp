// SPDX-License-Identifier: MIT
#include "app/project/clue_recorder.h"

#include "app/project/attachment_files.h"
#include "app/project/project_session.h"
#include "core/input_error.h"
#include "gis/store/project_store.h"

namespace fg::app {

core::CaseFile ClueRecorder::caseFor(const gis::IncidentRecord &incident, const QString &caseId, const core::CaseStep &clue)
{
    core::CaseFile file(caseId, clue);
    file.setIncidentIds({ incident.id });
    file.setPartyId(incident.party);
    file.setViolationType(incident.violationType);
    file.setThresholdFlag(incident.measures.accountability ? core::ThresholdFlag::Reached : core::ThresholdFlag::Below);
    return file;
}

QString ClueRecorder::record(ProjectSession &session, const QString &incidentId, core::CaseStep clue,
    const QStringList &attachmentPaths)
{
    const gis::IncidentRecord *incident = nullptr;
    for (const gis::IncidentRecord &record : session.incidents())
        if (record.id == incidentId)
            incident = &record;
    if (!incident)
        throw core::InputError(session.path(), tr("no incident %1 in the project").arg(incidentId), incidentId);
    if (const auto existing = session.caseForIncident(incidentId))
        throw core::InputError(session.path(), tr("incident %1 has case %2 already").arg(incidentId, existing->id()), incidentId);
    QString caseId = incidentId;
    for (int n = 2; session.caseFile(caseId); ++n)
        caseId = QStringLiteral("%1-%2").arg(incidentId).arg(n);
    clue.action = core::CaseAction::RecordClue;
    clue.attachmentIds += AttachmentFiles::store(session.store(), attachmentPaths);
    session.store().openCase(caseFor(*incident, caseId, clue));
    session.reload();
    return caseId;
}

} // namespace fg::app
