// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/case_file.h"
#include "core/cases/obligation.h"
#include "core/rules.h"
#include "gis/report/case_report.h"
#include "gis/report/report_writer.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>

namespace fg::gis {

/// Everything a major-case report prints. Figures are the 0.01-mu values the verdict compared.
struct MajorCaseReportData
{
    core::CaseFile file;
    QString township;
    QString village;
    QString source; ///< 线索来源, translated
    QString discovered; ///< discovery date (ISO) when known
    core::Verdict own; ///< the case's incidents
    std::optional<core::Verdict> partyTotal; ///< while the case accumulates with its party's
    QStringList partyIncidentIds;
    bool measured = false;
    QString rulesText; ///< which rules and reading judged, with their SHA-256 (core::RulesRecord::describe)
    QList<core::Obligation> deadlines; ///< every deadline of the case
    QDateTime asOf; ///< deadlines' states at this time
};

/// The major-case report (重大案件报告): a case that reaches a threshold or was declared major is
/// reported by the bureau to the county government before it is filed (DOMAIN.md §6). One or two
/// A4 pages: the case, why it is major (the figures against the thresholds, the rules and their
/// hash; the declaration), what was done (steps, stop order), transfers and replies,
/// suspicions, accountability records, deadlines (with the ordinary-week mark), signatures.
/// Needs a QGuiApplication; call on its thread.
class MajorCaseReport
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::MajorCaseReport)

public:
    MajorCaseReport(MajorCaseReportData data, ReportOptions options);

    /// Writes the PDF; returns its page count. Throws core::InputError naming the file.
    int write(const QString &path) const;
    /// Lays the report out on @p writer; returns the page count.
    int compose(ReportWriter &writer) const;
    PageDecor decor() const;

private:
    void drawCase(ReportWriter &writer) const;
    void drawWhyMajor(ReportWriter &writer) const;
    void drawSteps(ReportWriter &writer) const;
    void drawTransfers(ReportWriter &writer) const;
    void drawAccountability(ReportWriter &writer) const;
    void drawDeadlines(ReportWriter &writer) const;
    void drawSignatures(ReportWriter &writer) const;

    MajorCaseReportData m_data;
    ReportOptions m_options;
};

} // namespace fg::gis
