// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/case_file.h"

#include <QCoreApplication>
#include <QStringList>

namespace fg::gis {
struct IncidentRecord;
}

namespace fg::app {

class ProjectSession;

/// Opens the case of an incident by its clue (线索登记): for a new incident (IncidentFactory)
/// and for an incident stored without a case (an import, a monitoring layer). UI thread.
class ClueRecorder
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::ClueRecorder)

public:
    /// The case @p clue opens for @p incident: its id, the incident, party, violation type and
    /// the threshold flag the incident was stored with.
    static core::CaseFile caseFor(const gis::IncidentRecord &incident, const QString &caseId, const core::CaseStep &clue);
    /// Stores @p attachmentPaths and opens the case of @p incidentId through the session's store
    /// (ProjectStore::openCase), then reloads the session. Returns the case id (the incident's,
    /// or with a suffix when a case has that id). Throws core::InputError for an unknown
    /// incident, one that has a case already, an unreadable file or a refused edit.
    static QString record(ProjectSession &session, const QString &incidentId, core::CaseStep clue,
        const QStringList &attachmentPaths = {});
};

} // namespace fg::app
