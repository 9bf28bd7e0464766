// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/chain_report.h"
#include "core/cases/party_matcher.h"
#include "core/rules.h"
#include "gis/analysis/encroachment_analysis.h"
#include "gis/usecases/provenance.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace fg::core {
class JsonWriter;
}

namespace fg::app {

/// What the output says about how the figures were made.
struct AnalyzeContext
{
    gis::AreaMethod method = gis::AreaMethod::Ellipsoidal;
    int workingEpsg = 0;
    QString workingCrsHow; ///< why this working CRS (for people; not in JSON)
    core::Rules rules;
    QStringList warnings; ///< reader, CRS and analysis warnings, in that order
    /// How incidents were accumulated, for people (the rules' text for a project; a file's rule).
    QString accumulation;
    /// A project's analysis (`--project`): the rules' policy and window apply; the JSON then
    /// carries "log_head" and "unmeasured_incidents", the table the head.
    bool project = false;
    std::optional<core::ChainAnchor> logHead {}; ///< the project's log head; nullopt for an empty log
    QStringList unmeasured {}; ///< the project's incidents without a measurable geometry
    QList<core::PossibleSameParty> possibleSameParties; ///< for a person to confirm
    QSet<QString> nonOccupation; ///< incident ids not judged (非粮化, 撂荒)
    QStringList outsideWindow; ///< incidents the time window kept out of their party's total
    /// Where the figures come from (issue 16 item 6): JSON "provenance", the table's last lines.
    std::optional<gis::Provenance> provenance {};
    /// Per incident id: the approvals whose area was taken out as 已批准 (issue 16 item 1), each
    /// as ApprovalRecord::attributesJson() gives it. Absent: none applied.
    QHash<QString, QJsonArray> approvalsUsed;
};

/// Writes an EncroachmentReport in the three `analyze` formats. Every m² and mu figure is
/// rounded to 0.01 (core::roundToHundredths), the same value the verdict was made on.
/// The JSON keys and CSV columns are a scripting contract (issue 4): do not rename them; new ones
/// are added (issue 12: net of 田坎, 临界, non-occupation matters, the accumulation rule).
class AnalyzeFormatter
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::AnalyzeFormatter)

public:
    AnalyzeFormatter(const gis::EncroachmentReport &report, AnalyzeContext context);

    /// The one JSON object of `--format json`, written through @p writer as it is built
    /// (analyze_json.cpp), ending the document; the bytes QJsonDocument's indented form gave.
    void writeJson(core::JsonWriter &writer) const;
    /// One header row, then one row per incident (UTF-8, RFC 4180 quoting).
    QString csv() const;
    /// Aligned text for people: headers in the UI language, flagged rows marked with ★.
    QString table() const;

private:
    QString incidentTable() const;
    QString partyTable() const;
    QString summaryLine() const;
    QString flagText(const core::Verdict &verdict) const;
    void writeIncident(core::JsonWriter &w, const gis::IncidentResult &incident) const;
    void writeParty(core::JsonWriter &w, const gis::PartyResult &party) const;
    void writeRules(core::JsonWriter &w) const;
    void writeSummary(core::JsonWriter &w) const;
    QString possibleText() const;
    QString splitPlotText() const; ///< 疑似化整为零 lines of the table
    QString provenanceText() const; ///< the table's last lines

    const gis::EncroachmentReport &m_report;
    AnalyzeContext m_context;
};

} // namespace fg::app
