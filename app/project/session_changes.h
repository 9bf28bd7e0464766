// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/case_file.h"
#include "gis/store/incident_record.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace fg::app {

/// What other users changed between two reads of a project's incidents and cases, in words
/// ("王明 changed case PS2024-003"), from the rows' revisions and who stamped them. Changes
/// stamped by @p self (this desk's operator) are left out. Pure function; any thread.
class SessionChanges
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::SessionChanges)

public:
    static QStringList describe(const std::vector<gis::IncidentRecord> &before,
        const std::vector<gis::IncidentRecord> &after, const QList<core::CaseFile> &casesBefore,
        const QList<core::CaseFile> &casesAfter, const QString &self);
    /// One status-bar line: the first change, and how many more.
    static QString summary(const QStringList &changes);
};

} // namespace fg::app
