// SPDX-License-Identifier: MIT
// Private to gis/project: reading cases back from their tables.
#pragma once

#include "core/cases/case_file.h"

#include <QStringList>
#include <optional>

namespace fg::gis {

class SqliteDb;

/// Rebuilds CaseFiles from cases, case_events, case_incidents, transfers and accountability.
/// Stored steps are replayed through CaseWorkflow::restore(), so a history that is not a path
/// through the case track (a tampered table) is an InputError naming the case.
class CaseRows
{
public:
    static std::optional<core::CaseFile> load(const SqliteDb &db, const QString &id);
    /// Case ids in the order the cases were opened.
    static QStringList ids(const SqliteDb &db);
};

} // namespace fg::gis
