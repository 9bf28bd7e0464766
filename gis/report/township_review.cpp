// SPDX-License-Identifier: MIT
// The township report's review list (issue 16): cases marked 临界 with their reasons, and the
// groups of incidents suspected of 化整为零.
#include "core/units.h"
#include "gis/report/township_report.h"

namespace fg::gis {

void TownshipReport::drawReviewList(ReportWriter &writer) const
{
    QStringList borderline;
    for (const TownshipStats &township : m_stats.townships)
        for (const TownshipCaseRow &row : township.caseRows)
            if (row.borderline)
                borderline << tr("%1 (%2): 临界 — %3")
                                  .arg(row.caseId, township.township, row.borderlineReasons.join(QStringLiteral("; ")));
    if (borderline.isEmpty() && m_stats.splitPlots.empty())
        return;
    // Section 7 is the targets' when the project holds them (drawTargets comes first).
    writer.heading(m_stats.assessment ? tr("8. For review on site: 临界 and 疑似化整为零")
                                      : tr("7. For review on site: 临界 and 疑似化整为零"));
    if (!borderline.isEmpty()) {
        writer.paragraph(tr("Cases whose verdict a person must check (re-measure on site, or decide the 田坎 reading):"), 9.5);
        for (const QString &line : borderline)
            writer.paragraph(QStringLiteral("• ") + line, 9);
    }
    if (m_stats.splitPlots.empty())
        return;
    writer.paragraph(tr("Suspected split plots (化整为零): incidents of one party (or with no party) near each other in "
                        "space and time, each below the thresholds, that together reach one:"),
        9.5);
    for (const SplitPlotGroup &g : m_stats.splitPlots)
        writer.paragraph(QStringLiteral("• ")
                + tr("%1: %2 (%3) — together %4 mu basic farmland, %5 mu cultivated land")
                      .arg(g.name, g.incidentIds.join(QStringLiteral(", ")), g.party.isEmpty() ? tr("no party") : g.party,
                          core::formatJudgedMu(g.verdict.basicFarmlandMu), core::formatJudgedMu(g.verdict.cultivatedMu)),
            9);
}

} // namespace fg::gis
