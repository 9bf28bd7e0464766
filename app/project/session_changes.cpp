// SPDX-License-Identifier: MIT
#include "app/project/session_changes.h"

#include <QHash>

namespace fg::app {

QStringList SessionChanges::describe(const std::vector<gis::IncidentRecord> &before,
    const std::vector<gis::IncidentRecord> &after, const QList<core::CaseFile> &casesBefore,
    const QList<core::CaseFile> &casesAfter, const QString &self)
{
    QStringList changes;
    QHash<QString, qint64> caseRevision;
    for (const core::CaseFile &file : casesBefore)
        caseRevision.insert(file.id(), file.revision());
    for (const core::CaseFile &file : casesAfter) {
        const auto it = caseRevision.constFind(file.id());
        if ((it != caseRevision.cend() && *it == file.revision()) || file.changedBy() == self)
            continue;
        const QString by = file.changedBy().isEmpty() ? tr("another user") : file.changedBy();
        changes << (it == caseRevision.cend() ? tr("%1 opened case %2") : tr("%1 changed case %2")).arg(by, file.id());
    }
    QHash<QString, qint64> incidentRevision;
    for (const gis::IncidentRecord &incident : before)
        incidentRevision.insert(incident.id, incident.revision);
    for (const gis::IncidentRecord &incident : after) {
        const auto it = incidentRevision.constFind(incident.id);
        if ((it != incidentRevision.cend() && *it == incident.revision) || incident.changedBy == self)
            continue;
        const QString by = incident.changedBy.isEmpty() ? tr("another user") : incident.changedBy;
        changes << (it == incidentRevision.cend() ? tr("%1 recorded incident %2") : tr("%1 changed incident %2"))
                       .arg(by, incident.id);
    }
    return changes;
}

QString SessionChanges::summary(const QStringList &changes)
{
    if (changes.isEmpty())
        return {};
    if (changes.size() == 1)
        return changes.first();
    return tr("%1 (and %2 more changes)").arg(changes.first()).arg(changes.size() - 1);
}

} // namespace fg::app
