// SPDX-License-Identifier: MIT
// Private to gis/store/sql: reading cases back from their tables.
#pragma once

#include "core/cases/case_file.h"

#include <QStringList>

#include <optional>

namespace fg::gis {

class SqlConnection;

/// Rebuilds CaseFiles from cases, case_events, case_incidents, transfers and accountability.
/// Stored steps are replayed through CaseWorkflow::restore(), so a history that is not a path
/// through the case track (a tampered table) is an InputError naming the case.
namespace sql_case_rows {

/// The case @p id with its revision; @p rowOrder orders transfers as they were stored.
/// @p caseRecords: the schema has the columns of version 7 (organ, document number, declaration
/// date, joint acceptor); older projects read them empty.
std::optional<core::CaseFile> load(const SqlConnection &db, const QString &id, const QString &rowOrder, bool caseRecords);
/// Every case, in the order the cases were opened: load() for each, from five queries in all
/// instead of five per case (a round trip each on PostGIS).
QList<core::CaseFile> loadAll(const SqlConnection &db, const QString &rowOrder, bool caseRecords);

} // namespace sql_case_rows
} // namespace fg::gis
