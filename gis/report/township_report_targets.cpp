// SPDX-License-Identifier: MIT
// TownshipReport: the targets section (责任状考核, issue 16 item 3): targets, current figures,
// gaps, one-vote-veto triggers with their cases, and the measures of the year.
#include "gis/report/township_report.h"

#include "core/units.h"
#include "gis/report/report_table.h"
#include "gis/usecases/township_assessment.h"

namespace fg::gis {

namespace {

QString muOrDash(const std::optional<double> &m2)
{
    return m2 ? core::formatMu(*m2) : QStringLiteral("—");
}

/// The gap as printed: the printed figures' difference, signed, "—" without a target.
QString gapText(double currentM2, const std::optional<double> &targetM2)
{
    if (!targetM2)
        return QStringLiteral("—");
    const double gap = core::roundedMu(currentM2) - core::roundedMu(*targetM2);
    return (gap > 0 ? QStringLiteral("+") : QString()) + QString::number(gap, 'f', 2);
}

} // namespace

void TownshipReport::drawTargets(ReportWriter &writer) const
{
    if (!m_stats.assessment)
        return;
    const TownshipAssessment &a = *m_stats.assessment;
    writer.heading(tr("7. Targets and assessment (%1)").arg(a.year), 22 + 6.0 * (a.townships.size() + 1));
    ReportTable table;
    table.caption = tr("Responsibility-letter targets and current figures (mu)");
    table.points = 7.5;
    const Qt::Alignment right = Qt::AlignRight;
    table.columns = { { tr("Township"), 1.2 }, { tr("Cultivated target"), 1, right },
        { tr("Cultivated now"), 1, right }, { tr("Cultivated gap"), 0.9, right },
        { tr("Basic farmland target"), 1.1, right }, { tr("Basic farmland now"), 1.1, right },
        { tr("Basic farmland gap"), 1, right }, { tr("Veto"), 0.6 } };
    for (const TownshipAssessmentRow &r : a.townships) {
        const std::optional<double> cultivated = r.target ? r.target->cultivatedM2 : std::nullopt;
        const std::optional<double> basic = r.target ? r.target->basicFarmlandM2 : std::nullopt;
        table.rows << QStringList { r.township, muOrDash(cultivated),
            core::formatMu(r.land.cultivatedCurrentM2()), gapText(r.land.cultivatedCurrentM2(), cultivated),
            muOrDash(basic), core::formatMu(r.land.basicFarmlandCurrentM2()),
            gapText(r.land.basicFarmlandCurrentM2(), basic), r.veto() ? tr("Yes") : tr("No") };
        if (r.veto())
            table.emphasisedRows << table.rows.size() - 1;
    }
    table.note = tr(
        "Now: the Third Land Survey's cultivated land and basic farmland inside the township (ellipsoidal, "
        "overlapping parcels once) minus the unlawful occupation found (the incidents not dismissed nor "
        "reclaimed, overlaps once). Gap: now − target; negative is short. Deadlines judged as of %1.")
                     .arg(a.asOf.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    ReportTableDrawer(writer).draw(table);
    for (const TownshipAssessmentRow &r : a.townships) {
        QStringList lines;
        for (const core::VetoTrigger &t : r.triggers)
            lines << tr("One-vote veto: %1").arg(t.text);
        for (const core::TownshipMeasure &m : r.measures)
            lines << tr("Measure: %1 %2, %3 %4%5")
                         .arg(m.date.toString(Qt::ISODate), core::measureKindTerm(m.kind), m.issuedBy,
                             m.documentNo,
                             m.note.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m.note));
        if (!lines.isEmpty())
            writer.paragraph(tr("%1: %2").arg(r.township, lines.join(tr("; "))), 9);
    }
    writer.skip(2);
}

} // namespace fg::gis
