// SPDX-License-Identifier: MIT
#include "app/project/clue_recorder.h"

#include "app/project/attachment_files.h"
#include "app/project/project_session.h"
#include "core/cases/violation_type.h"
#include "core/input_error.h"
#include "gis/usecases/case_flags.h"
#include "gis/store/project_store.h"

namespace fg::app {

core::CaseFile ClueRecorder::caseFor(const gis::IncidentRecord &incident, const QString &caseId, const core::CaseStep &clue)
{
    core::CaseFile file(caseId, clue);
    file.setIncidentIds({ incident.id });
    file.setPartyId(incident.party);
    file.setViolationType(incident.violationType);
    // Non-occupation matters (非粮化, 撂荒) are never judged against the occupation thresholds.
    if (!core::isOccupation(incident.violationType))
        file.setThresholdFlag(core::ThresholdFlag::NotApplicable);
    else
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
    // With the party's other incidents the new case may reach a threshold: judged by the one use case.
    gis::CaseFlags::rejudge(session.store(), gis::CaseFlags::affectedBy(session.store(), { incidentId }), tr("case opened"));
    session.reload();
    return caseId;
}

} // namespace fg::app
