// SPDX-License-Identifier: MIT
#include "gis/report/township_report.h"

#include "core/input_error.h"
#include "core/units.h"
#include "gis/geometry/area_calculator.h"
#include "gis/report/bar_chart.h"
#include "gis/report/report_table.h"
#include "gis/report/two_pass_pdf.h"

#include <QLocale>

#include <algorithm>

namespace fg::gis {

namespace {

QString m2(double value)
{
    return core::formatSquareMetres(value);
}

QString mu(double squareMetres)
{
    return core::formatMu(squareMetres);
}

QString yesNo(bool yes)
{
    return yes ? TownshipReport::tr("yes") : TownshipReport::tr("no");
}

/// The row's verdict as printed beside its figures: what the figures say, the party's total when
/// it decides, 临界, and the recorded flag when it differs (the case is to be judged again).
QString overThreshold(const TownshipCaseRow &row, bool judged)
{
    using F = core::ThresholdFlag;
    if (row.judgedFlag == F::NotApplicable || (!judged && row.recordedFlag == F::NotApplicable))
        return TownshipReport::tr("not an occupation");
    QString text = yesNo(judged ? row.judgedFlag == F::Reached : row.flagged);
    const bool byParty
        = row.accumulated && row.accumulated->accountability() && !row.verdict.accountability();
    if (judged && !row.verdictText.isEmpty()) {
        // The words of every list and panel (gis::CaseFigures::verdictText), 临界 included.
        text = row.verdictText;
        if (byParty)
            text += TownshipReport::tr(" (%1 together: %2 mu basic farmland, %3 mu cultivated)")
                        .arg(row.accumulatedWith.join(QStringLiteral(", ")),
                            core::formatJudgedMu(row.accumulated->basicFarmlandMu),
                            core::formatJudgedMu(row.accumulated->cultivatedMu));
    } else {
        if (byParty)
            text = TownshipReport::tr("yes (party total %1 mu basic farmland, %2 mu cultivated)")
                       .arg(core::formatJudgedMu(row.accumulated->basicFarmlandMu),
                           core::formatJudgedMu(row.accumulated->cultivatedMu));
        if (row.borderline)
            text += TownshipReport::tr(", 临界 (review)");
    }
    if (judged && row.recordedFlag != row.judgedFlag)
        text += TownshipReport::tr("; recorded %1: to be judged again").arg(core::thresholdFlagCode(row.recordedFlag));
    return text;
}

} // namespace

TownshipReport::TownshipReport(const TownshipStatsSet &stats, ReportOptions options)
    : m_stats(stats)
    , m_options(std::move(options))
{
    if (!m_options.date.isValid())
        m_options.date = QDate::currentDate();
}

QString TownshipReport::rateText(double rate)
{
    return rate < 0 ? QStringLiteral("—") : QLocale::c().toString(rate * 100, 'f', 1) + QLatin1Char('%');
}

QString TownshipReport::coverageText(const TownshipStats &stats)
{
    if (!stats.coverage)
        return tr("No patrol records");
    // Two measures, each named: the farmland seen, and the cells seen at least half (a township can
    // have seen 9.9% of its farmland in patches without any one cell reaching half).
    return tr("farmland %1; %2 of %3 cells half seen")
        .arg(rateText(stats.coverage->share()))
        .arg(stats.coverage->coveredCells)
        .arg(stats.coverage->cells);
}

QString TownshipReport::methodText() const
{
    AreaMethod method = AreaMethod::Ellipsoidal;
    parseAreaMethod(m_stats.method, &method);
    switch (method) {
    case AreaMethod::Ellipsoidal: return tr("ellipsoidal (三调, CGCS2000 ellipsoid)");
    case AreaMethod::Geodesic: return tr("geodesic (GeographicLib, CGCS2000 ellipsoid)");
    case AreaMethod::Planar: return tr("planar (Gauss-Krüger plane)");
    }
    return {};
}

PageDecor TownshipReport::decor() const
{
    PageDecor decor;
    decor.bureau = m_options.bureau;
    decor.logNote = m_options.logNote;
    decor.provenance = m_options.provenance;
    decor.title = tr("Township Statistics Report");
    decor.subtitle = m_stats.townships.size() == 1 ? m_stats.townships.front().township : QString();
    decor.date = m_options.date;
    decor.numbersNote = tr("Areas: %1 method, as stored with each incident, m² and mu to 0.01 (1 mu = 10000/15 m²). "
                           "Figures as of %2.")
                            .arg(methodText(), m_stats.asOf.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    return decor;
}

int TownshipReport::write(const QString &path) const
{
    return writeTwoPassPdf(path, m_options.page, decor(), [this](ReportWriter &writer) { return compose(writer); });
}

int TownshipReport::compose(ReportWriter &writer) const
{
    writer.paragraph(tr("Township Farmland Protection Statistics (Assessment)"), 18, true, Qt::AlignHCenter);
    QStringList names;
    for (const TownshipStats &s : m_stats.townships)
        names << s.township;
    writer.paragraph(tr("Figures as of %1 for: %2.")
                         .arg(m_stats.asOf.toString(QStringLiteral("yyyy-MM-dd HH:mm")), names.join(tr(", "))),
                     10, false, Qt::AlignHCenter);
    writer.skip(2);
    drawSummary(writer);
    drawVeto(writer);
    drawStages(writer);
    drawAreas(writer);
    drawCharts(writer);
    drawCases(writer);
    drawTargets(writer);
    drawReviewList(writer);
    drawSignatures(writer);
    return writer.pageNumber();
}

void TownshipReport::drawSummary(ReportWriter &writer) const
{
    writer.heading(tr("1. Summary by township"));
    ReportTable table;
    table.caption = tr("Assessment figures by township");
    table.points = 8.5;
    const Qt::Alignment right = Qt::AlignRight;
    table.columns = { { tr("Township"), 1.3 }, { tr("Clues"), 0.8, right }, { tr("Cases opened"), 0.9, right },
                      { tr("Closed"), 0.8, right }, { tr("Closure rate"), 0.9, right },
                      { tr("Over threshold"), 1, right }, { tr("Overdue steps"), 0.9, right },
                      { tr("Patrol coverage"), 1.5 }, { tr("One-vote-veto warnings"), 1, right } };
    for (const TownshipStats &s : m_stats.townships) {
        table.rows << QStringList { s.township, QString::number(s.clues), QString::number(s.cases),
                                    QString::number(s.closed), rateText(s.closureRate()), QString::number(s.flagged),
                                    QString::number(s.overdueSteps), coverageText(s),
                                    QString::number(s.vetoWarnings.size()) };
        if (!s.vetoWarnings.isEmpty())
            table.emphasisedRows << table.rows.size() - 1;
    }
    table.note = tr("Clues: incidents recorded. Closure rate: closed cases over cases not dismissed. Over threshold: "
                    "incidents reaching the accountability threshold (≥ 5 mu basic farmland or ≥ 10 mu cultivated "
                    "land) by their own measures or their case's flag. Overdue steps: overdue or late-met deadlines. "
                    "Patrol coverage: share of the cells' farmland seen (cells at least half seen) in the %1 days up "
                    "to the report time.").arg(kCoverageDays);
    ReportTableDrawer(writer).draw(table);
}

void TownshipReport::drawVeto(ReportWriter &writer) const
{
    writer.heading(tr("2. One-vote-veto warnings"));
    bool any = false;
    // One paragraph per township: the list stays short enough to share the first page.
    for (const TownshipStats &s : m_stats.townships) {
        if (s.vetoWarnings.isEmpty())
            continue;
        any = true;
        writer.paragraph(tr("%1: %2").arg(s.township, s.vetoWarnings.join(tr("; "))), 9);
    }
    if (!any)
        writer.paragraph(tr("None: no case over a threshold is open, and no major case has an overdue step."), 10);
    writer.skip(2);
}

void TownshipReport::drawStages(ReportWriter &writer) const
{
    writer.heading(tr("3. Cases by stage"), 22 + 6.0 * (m_stats.townships.size() + 1));
    ReportTable table;
    table.caption = tr("Cases by stage (number of cases)");
    table.points = 8;
    table.columns = { { tr("Township"), 1.6 }, { tr("No case yet"), 1, Qt::AlignRight } };
    const QList<core::CaseStatus> statuses = core::allCaseStatuses();
    for (core::CaseStatus status : statuses)
        table.columns.append({ core::caseStatusName(status), 1, Qt::AlignRight });
    for (const TownshipStats &s : m_stats.townships) {
        QStringList row { s.township, QString::number(s.withoutCase) };
        for (core::CaseStatus status : statuses)
            row << QString::number(s.casesByStatus.value(status));
        table.rows << row;
    }
    ReportTableDrawer(writer).draw(table);
}

void TownshipReport::drawAreas(ReportWriter &writer) const
{
    writer.heading(tr("4. Occupied land"), 22 + 6.0 * (m_stats.townships.size() + 2));
    ReportTable table;
    table.points = 8.5;
    table.caption = tr("Occupied basic farmland and cultivated land by township");
    const Qt::Alignment right = Qt::AlignRight;
    table.columns = { { tr("Township"), 1.4 }, { tr("Basic farmland (m²)"), 1.2, right },
                      { tr("Basic farmland (mu)"), 1, right }, { tr("Cultivated land (m²)"), 1.2, right },
                      { tr("Cultivated land (mu)"), 1, right } };
    double basic = 0, cultivated = 0;
    for (const TownshipStats &s : m_stats.townships) {
        table.rows << QStringList { s.township, m2(s.basicFarmlandM2), mu(s.basicFarmlandM2), m2(s.cultivatedM2),
                                    mu(s.cultivatedM2) };
        basic += s.basicFarmlandM2;
        cultivated += s.cultivatedM2;
    }
    table.rows << QStringList { tr("Total"), m2(basic), mu(basic), m2(cultivated), mu(cultivated) };
    table.emphasisedRows << table.rows.size() - 1;
    table.note = tr("Area method: %1. Incidents whose case was dismissed are not counted; cultivated land includes "
                    "basic farmland; an incident counts in the township it was recorded in.")
                     .arg(methodText());
    ReportTableDrawer(writer).draw(table);
}

void TownshipReport::drawCharts(ReportWriter &writer) const
{
    writer.heading(tr("5. Charts"), 80);
    BarChart cases;
    cases.title = tr("Clues, cases and closed cases");
    cases.unit = tr("number");
    cases.series = { { tr("Clues"), QColor(90, 140, 200), {} }, { tr("Cases opened"), QColor(240, 170, 60), {} },
                     { tr("Closed"), QColor(80, 170, 90), {} } };
    BarChart areas;
    areas.title = tr("Occupied land (mu)");
    areas.unit = tr("mu");
    areas.decimals = 2;
    areas.series = { { tr("Basic farmland"), QColor(0, 130, 50), {} },
                     { tr("Cultivated land"), QColor(230, 200, 80), {} } };
    for (const TownshipStats &s : m_stats.townships) {
        cases.categories << s.township;
        areas.categories << s.township;
        cases.series[0].values << s.clues;
        cases.series[1].values << s.cases;
        cases.series[2].values << s.closed;
        areas.series[0].values << core::roundedMu(s.basicFarmlandM2);
        areas.series[1].values << core::roundedMu(s.cultivatedM2);
    }
    const bool wide = writer.contentRect().width() > writer.mm(200);
    const double height = writer.mm(wide ? 75 : 50); // stacked on a portrait page: both charts and the cases fit
    if (wide) {
        const QRectF box = writer.take(height);
        cases.draw(writer, QRectF(box.left(), box.top(), box.width() / 2 - writer.mm(3), box.height()));
        areas.draw(writer, QRectF(box.center().x() + writer.mm(3), box.top(), box.width() / 2 - writer.mm(3),
                                  box.height()));
    } else {
        cases.draw(writer, writer.take(height));
        writer.skip(3);
        areas.draw(writer, writer.take(height));
    }
    writer.skip(4);
}

void TownshipReport::drawCases(ReportWriter &writer) const
{
    ReportTable table;
    table.caption = tr("Cases by township");
    table.points = 8.5;
    const Qt::Alignment right = Qt::AlignRight;
    table.columns = { { tr("Township"), 1 },          { tr("Case"), 1.1 },
                      { tr("Party"), 1.0 },           { tr("Stage"), 1.3 },
                      { tr("Basic farmland (mu)"), 1, right }, { tr("Cultivated land (mu)"), 1, right },
                      { tr("Over threshold"), 2.1 },  { tr("Overdue steps"), 0.8, right } };
    for (const TownshipStats &s : m_stats.townships)
        for (const TownshipCaseRow &row : s.caseRows) {
            table.rows << QStringList { s.township, row.caseId, row.party, core::caseStatusName(row.status),
                                        core::formatJudgedMu(row.verdict.basicFarmlandMu),
                                        core::formatJudgedMu(row.verdict.cultivatedMu),
                                        overThreshold(row, m_stats.judged), QString::number(row.overdueSteps) };
            if ((row.flagged || row.judgedFlag == core::ThresholdFlag::Reached) && !core::isTerminal(row.status))
                table.emphasisedRows << table.rows.size() - 1;
        }
    table.note = tr("Figures of each case: the union of its incidents, rounded to 0.01 mu as the verdict is; "
                    "cultivated land as the rules read it (%1; %2). %3")
                     .arg(m_stats.rules.reading() == core::Reading::Notice ? tr("basic farmland included")
                                                                           : tr("outside basic farmland"),
                         m_stats.rules.cultivatedAreaText(), m_stats.rules.accumulationText());
    if (!m_stats.rulesText.isEmpty())
        table.note += QLatin1Char(' ') + tr("Judged under: %1.").arg(m_stats.rulesText);
    // A short list moves with its heading to the next page rather than leaving the heading alone.
    writer.heading(tr("6. Cases"), std::min(60.0, 16 + 6.0 * (table.rows.size() + 1)));
    if (table.rows.isEmpty()) {
        writer.paragraph(tr("No case was opened."), 10);
        return;
    }
    ReportTableDrawer(writer).draw(table);
    // Approved land (issue 16 item 1): the figures above are of the unlawful part; what valid
    // approvals of the matching use covered is named with the documents used.
    for (const TownshipStats &s : m_stats.townships)
        for (const TownshipCaseRow &row : s.caseRows)
            if (!row.approvedText.isEmpty())
                writer.paragraph(tr("Case %1, approved land: %2.").arg(row.caseId, row.approvedText), 8.5);
}

void TownshipReport::drawSignatures(ReportWriter &writer) const
{
    writer.skip(3);
    writer.ensureSpace(writer.mm(10)); // one line: never a page of its own when it fits
    writer.paragraph(tr("Compiled by: ____________    Reviewed by: ____________    Date: ____________"), 10.5);
}

} // namespace fg::gis
