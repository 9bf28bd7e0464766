// SPDX-License-Identifier: MIT
#include "core/cases/accumulation_selector.h"

#include "core/input_error.h"

#include <QSet>

namespace fg::core {

bool AccumulationSelector::accumulates(std::optional<CaseStatus> status, AccumulationPolicy policy)
{
    if (!status)
        return true;
    switch (*status) {
    case CaseStatus::Clue:
    case CaseStatus::Verified:
    case CaseStatus::Stopped:
    case CaseStatus::Reported:
    case CaseStatus::Filed:
        return true;
    case CaseStatus::Decided:
    case CaseStatus::Executed:
    case CaseStatus::Reclaimed:
        return policy == AccumulationPolicy::UntilClosed;
    case CaseStatus::Dismissed:
    case CaseStatus::Closed:
        return false;
    }
    return false;
}

AccumulationSelection AccumulationSelector::select(
    const QList<PartyIncident> &incidents, AccumulationPolicy policy)
{
    AccumulationSelection selection;
    QSet<QString> seen;
    for (const PartyIncident &incident : incidents) {
        if (incident.incidentId.isEmpty())
            throw InputError(QString(), tr("an incident has no id"));
        if (seen.contains(incident.incidentId))
            throw InputError(QString(), tr("incident listed twice"), incident.incidentId);
        seen.insert(incident.incidentId);
        if (!accumulates(incident.caseStatus, policy))
            continue;
        if (incident.partyId.isEmpty())
            selection.unattributed.append(incident.incidentId);
        else
            selection.byParty[incident.partyId].append(incident.incidentId);
    }
    return selection;
}

} // namespace fg::core
