// SPDX-License-Identifier: MIT
#include "core/cases/accumulation_selector.h"

#include "core/input_error.h"

#include <QHash>
#include <QSet>

namespace fg::core {

const char *accumulationPolicyName(AccumulationPolicy policy)
{
    return policy == AccumulationPolicy::UntilClosed ? "until_closed" : "until_decision";
}

bool parseAccumulationPolicy(const QString &text, AccumulationPolicy *policy)
{
    if (text == QLatin1String("until_decision"))
        *policy = AccumulationPolicy::UntilDecision;
    else if (text == QLatin1String("until_closed"))
        *policy = AccumulationPolicy::UntilClosed;
    else
        return false;
    return true;
}

namespace {

/// Drops from each party's list the incidents dated before the window that ends at the party's
/// latest dated incident.
void applyWindow(AccumulationSelection &selection, const QHash<QString, QDate> &dates, int months)
{
    for (auto it = selection.byParty.begin(); it != selection.byParty.end(); ++it) {
        QDate latest;
        for (const QString &id : it.value())
            if (dates.value(id).isValid() && (!latest.isValid() || dates.value(id) > latest))
                latest = dates.value(id);
        if (!latest.isValid())
            continue;
        const QDate from = latest.addMonths(-months);
        QStringList kept;
        for (const QString &id : it.value()) {
            const QDate date = dates.value(id);
            if (date.isValid() && date < from)
                selection.outsideWindow << id;
            else
                kept << id;
        }
        it.value() = kept;
    }
}

} // namespace

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
    const QList<PartyIncident> &incidents, AccumulationPolicy policy, int windowMonths)
{
    AccumulationSelection selection;
    QSet<QString> seen;
    QHash<QString, QDate> dates;
    for (const PartyIncident &incident : incidents) {
        if (incident.incidentId.isEmpty())
            throw InputError(QString(), tr("an incident has no id"));
        if (seen.contains(incident.incidentId))
            throw InputError(QString(), tr("incident listed twice"), incident.incidentId);
        seen.insert(incident.incidentId);
        if (!incident.occupation || !accumulates(incident.caseStatus, policy))
            continue;
        dates.insert(incident.incidentId, incident.date);
        if (incident.partyId.isEmpty())
            selection.unattributed.append(incident.incidentId);
        else
            selection.byParty[incident.partyId].append(incident.incidentId);
    }
    if (windowMonths > 0)
        applyWindow(selection, dates, windowMonths);
    return selection;
}

} // namespace fg::core
