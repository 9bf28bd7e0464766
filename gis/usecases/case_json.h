// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/case_file.h"
#include "core/cases/chain_report.h"

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
    static QJsonObject facts(const CaseFacts &facts);
    /// The whole case: header, facts, steps, transfers, accountability.
    static QJsonObject caseFile(const core::CaseFile &file);
    /// A stored date-time (empty text: invalid).
    static QString dateTime(const QDateTime &when);
    static QDateTime parseDateTime(const QString &text);
    /// The audit log's head as `"log_head"` prints it: {"seq": N, "hash": "…"}, null for an
    /// empty log (checkable later with `verify-log --head "#N HASH"`).
    static QJsonValue logHead(const std::optional<core::ChainAnchor> &head);
};

} // namespace fg::gis
