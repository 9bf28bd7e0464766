// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/case_file.h"
#include "core/cases/chain_report.h"
#include "core/cases/case_workflow.h"
#include "core/cases/obligation.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace fg::gis {

struct CaseFacts;

/// JSON forms of a case's parts, for the audit log's old → new values and for `project case
/// --format json`. Dates are ISO 8601 with milliseconds in their own time spec. Pure.
class CaseJson
{
public:
    static QJsonObject step(const core::CaseStep &step);
    static QJsonObject transfer(const core::CaseTransfer &transfer);
    static QJsonObject accountability(const core::AccountabilityRecord &record);
    /// The facts; "reason" and "figures" only when given (they are logged, not stored).
    static QJsonObject facts(const CaseFacts &facts);
    /// The whole case: header, facts, steps, transfers, accountability.
    static QJsonObject caseFile(const core::CaseFile &file);
    /// A deadline at @p now: rule, what is owed, trigger, due, met, state ("pending", "met",
    /// "met_late", "overdue") and "ordinary_week" (true when counted on the ordinary week, with
    /// "ordinary_week_note", the mark the UI shows beside the date).
    static QJsonObject obligation(const core::Obligation &obligation, const QDateTime &now);
    /// Stable code of an obligation's state: "pending", "met", "met_late", "overdue".
    static QString stateCode(core::Obligation::State state);
    /// Every record of a case for `project case --format json`: caseFile() plus "revision",
    /// "deadlines" (every obligation, obligation()), "late" (overdue or met late), "next_actions"
    /// and "closing_conditions" (what ClosingRule still asks for; empty when it may close).
    static QJsonObject view(const core::CaseFile &file, const core::CaseWorkflow &workflow, const QDateTime &now);
    /// A stored date-time (empty text: invalid).
    static QString dateTime(const QDateTime &when);
    static QDateTime parseDateTime(const QString &text);
    /// The audit log's head as `"log_head"` prints it: {"seq": N, "hash": "…"}, null for an
    /// empty log (checkable later with `verify-log --head "#N HASH"`).
    static QJsonValue logHead(const std::optional<core::ChainAnchor> &head);
};

} // namespace fg::gis
