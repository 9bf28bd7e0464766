// SPDX-License-Identifier: MIT
#pragma once

#include "gis/report/case_report.h"
#include "gis/report/township_stats.h"

#include <QCoreApplication>

namespace fg::gis {

/// The township statistics report (乡镇耕地保护考核统计报告) as a PDF: per township the clues,
/// cases by stage, occupied basic farmland and cultivated land (m² and mu, method named), flagged
/// cases, closure rate, overdue steps, patrol coverage ("no patrol records" when none) and the
/// one-vote-veto (一票否决) warnings, as tables and vector bar charts, then the list of cases and,
/// when given, the year's targets, current figures, gaps, veto triggers and measures (考核).
/// Laid out twice for "page n of N". Needs a QGuiApplication; call on its thread.
class TownshipReport
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::TownshipReport)

public:
    /// Patrol coverage is printed for this many days up to the report time.
    static constexpr int kCoverageDays = 30;

    TownshipReport(const TownshipStatsSet &stats, ReportOptions options);

    /// Writes the PDF; returns its page count. Throws core::InputError naming the file when it
    /// cannot be written.
    int write(const QString &path) const;
    /// Lays the report out on `writer` (for previews and printers); returns the page count.
    int compose(ReportWriter &writer) const;
    /// The decoration every page carries (title, date, the numbers' method).
    PageDecor decor() const;

    /// "12.5%", or "—" when no case counts.
    static QString rateText(double rate);
    /// The coverage cell: share and covered cells, or "No patrol records".
    static QString coverageText(const TownshipStats &stats);

private:
    void drawSummary(ReportWriter &writer) const;
    void drawStages(ReportWriter &writer) const;
    void drawAreas(ReportWriter &writer) const;
    void drawCharts(ReportWriter &writer) const;
    void drawVeto(ReportWriter &writer) const;
    void drawCases(ReportWriter &writer) const;
    /// 临界 cases with their reasons and 疑似化整为零 groups (township_review.cpp).
    void drawReviewList(ReportWriter &writer) const;
    /// Section 7 when the stats carry an assessment (township_report_targets.cpp).
    void drawTargets(ReportWriter &writer) const;
    void drawSignatures(ReportWriter &writer) const;
    QString methodText() const;

    const TownshipStatsSet &m_stats;
    ReportOptions m_options;
};

} // namespace fg::gis
