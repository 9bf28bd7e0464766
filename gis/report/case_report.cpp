// SPDX-License-Identifier: MIT
#include "gis/report/case_report.h"

#include "core/input_error.h"
#include "core/units.h"
#include "gis/io/working_crs.h"
#include "gis/render/geometry_path.h"
#include "gis/report/report_table.h"

#include <QBuffer>
#include <QFile>
#include <QLocale>
#include <QPainter>

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

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

CaseReport::CaseReport(const CaseReportData &data, ReportOptions options)
    : m_data(data)
    , m_options(std::move(options))
{
    if (!m_options.date.isValid())
        m_options.date = QDate::currentDate();
}

QString CaseReport::methodLabel(AreaMethod method) const
{
    switch (method) {
    case AreaMethod::Ellipsoidal: return tr("ellipsoidal (三调, CGCS2000 ellipsoid)");
    case AreaMethod::Geodesic: return tr("geodesic (GeographicLib, CGCS2000 ellipsoid)");
    case AreaMethod::Planar: return tr("planar (Gauss-Krüger plane)");
    }
    return {};
}

QString CaseReport::shortMethodName(AreaMethod method) const
{
    switch (method) {
    case AreaMethod::Ellipsoidal: return tr("Ellipsoidal area");
    case AreaMethod::Geodesic: return tr("Geodesic area");
    case AreaMethod::Planar: return tr("Planar area");
    }
    return {};
}

QString CaseReport::numbersNote() const
{
    return tr("Areas: %1 method, m² and mu to 0.01 (1 mu = 10000/15 m²). Coordinates: %2 (EPSG:%3), metres.")
        .arg(methodLabel(m_data.method), displayCrsName(m_data.crsName))
        .arg(m_data.workingEpsg);
}

PageDecor CaseReport::decor() const
{
    PageDecor decor;
    decor.bureau = m_options.bureau;
    decor.logNote = m_options.logNote;
    decor.provenance = m_options.provenance;
    decor.title = tr("Case Incident Analysis Report");
    decor.subtitle = tr("Case %1").arg(m_data.caseId);
    decor.date = m_options.date;
    decor.numbersNote = numbersNote();
    return decor;
}

CaseReportLayout CaseReport::write(const QString &path) const
{
    const PageDecor decor = this->decor();
    // First pass into memory only counts the pages, so the second can print "page n of N".
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        ReportWriter writer(&scratch, m_options.page, decor);
        // Body first, then the provenance (std::max's arguments may be evaluated in any order).
        pages = compose(writer).pages;
        pages = std::max(pages, writer.writeProvenance());
        writer.finish();
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw core::InputError(path, tr("cannot write the report: %1").arg(file.errorString()));
    ReportWriter writer(&file, m_options.page, decor, pages);
    CaseReportLayout layout = compose(writer);
    layout.pages = std::max(layout.pages, writer.writeProvenance());
    if (!writer.finish() || file.error() != QFileDevice::NoError)
        throw core::InputError(path, tr("cannot write the report: %1").arg(file.errorString()));
    return layout;
}

CaseReportLayout CaseReport::compose(ReportWriter &writer) const
{
    CaseReportLayout layout;
    writer.paragraph(tr("Case Incident Analysis Report"), 18, true, Qt::AlignHCenter);
    writer.skip(2);
    drawFacts(writer);
    drawMapSection(writer, layout);
    drawAreas(writer);
    drawVerdict(writer);
    drawBoundaryPoints(writer);
    drawTimeline(writer);
    drawSignatures(writer);
    layout.pages = writer.pageNumber();
    return layout;
}

void CaseReport::drawFacts(ReportWriter &writer) const
{
    ReportTable table;
    table.columns = { { QString(), 1.1 }, { QString(), 2.2 }, { QString(), 1.1 }, { QString(), 2.2 } };
    table.columns[0].title = tr("Item");
    table.columns[1].title = tr("Value");
    table.columns[2].title = tr("Item");
    table.columns[3].title = tr("Value");
    table.rows = {
        { tr("Case number"), m_data.caseId, tr("Party"),
            orDash(m_data.partyIdNumber.isEmpty() ? m_data.party : m_data.party + QStringLiteral("（%1）").arg(m_data.partyIdNumber)) },
        { tr("Violation type"), orDash(m_data.violationType), tr("Clue source"), orDash(m_data.source) },
        { tr("Township"), orDash(m_data.township), tr("Village"), orDash(m_data.village) },
        { tr("Discovered"), orDash(m_data.discovered), tr("Report date"), m_options.date.toString(Qt::ISODate) },
    };
    table.points = 9.5;
    ReportTableDrawer(writer).draw(table);
}

void CaseReport::drawMapSection(ReportWriter &writer, CaseReportLayout &layout) const
{
    const double side = writer.mm(9); // room for the rotated northing labels
    const bool landscape = writer.contentRect().width() > writer.contentRect().height();
    const double belowHeight = landscape ? 0 : writer.mm(46);
    const double minimumMap = writer.mm(landscape ? 85 : 100);
    writer.heading(tr("1. Map of the incident"), (minimumMap + belowHeight) / writer.mm(1));
    const QRectF content = writer.contentRect();
    const double sideColumn = landscape ? writer.mm(100) : 0;
    const double available = writer.remaining() - belowHeight - writer.mm(13);
    const double width = content.width() - 2 * side - sideColumn;
    const double height = std::min(width * 0.75, available);
    const QRectF block = writer.take(height + writer.mm(12));
    const QRectF frame(block.left() + side, block.top() + writer.mm(6), width, height);

    CaseMapSubject subject;
    subject.incident = m_data.incident;
    subject.verdict = m_data.verdict.accountability() ? VerdictClass::Accountability : VerdictClass::BelowThreshold;
    subject.boundary = boundaryPoints(m_data.incident);
    subject.township = m_data.township;
    QRectF envelope;
    geometryEnvelope(m_data.incident, &envelope);
    const double denominator = caseMapScale(envelope, frame.size() / writer.mm(1));
    CaseMapPainter map(writer, m_data.layers, subject, denominator);
    map.drawMap(frame);
    layout.mapPage = writer.pageNumber();
    layout.mapFrameMm = QRectF(frame.topLeft() / writer.mm(1), frame.size() / writer.mm(1));
    layout.denominator = denominator;
    layout.mapCentre = map.centre();

    if (landscape) {
        const double left = frame.right() + side + writer.mm(4);
        const double w = content.right() - left;
        map.drawScale(QRectF(left, frame.top(), w, writer.mm(14)));
        // Legend and inset side by side under the scale, so the inset gets the full height.
        const double body = frame.top() + writer.mm(16);
        const double half = (w - writer.mm(2)) / 2;
        map.drawLegend(QRectF(left, body, half, frame.bottom() - body));
        map.drawInset(QRectF(left + half + writer.mm(2), body, half, frame.bottom() - body));
        return;
    }
    const QRectF below = writer.take(belowHeight);
    const double insetWidth = writer.mm(52);
    const QRectF left(below.left(), below.top(), below.width() - insetWidth - writer.mm(3), below.height());
    map.drawScale(QRectF(left.left(), left.top(), left.width(), writer.mm(12)));
    map.drawLegend(QRectF(left.left(), left.top() + writer.mm(13), left.width(), left.height() - writer.mm(13)));
    map.drawInset(QRectF(below.right() - insetWidth, below.top(), insetWidth, below.height()));
}

void CaseReport::drawAreas(ReportWriter &writer) const
{
    writer.heading(tr("2. Occupied area by land class"));
    const AreaMethod others[2] = { m_data.method == AreaMethod::Ellipsoidal ? AreaMethod::Geodesic : AreaMethod::Ellipsoidal,
        m_data.method == AreaMethod::Planar ? AreaMethod::Geodesic : AreaMethod::Planar };
    ReportTable table;
    table.caption = tr("Occupied area by land class (m² and mu)");
    table.columns = { { tr("Land"), 2.6 }, { tr("%1 m² (verdict method)").arg(shortMethodName(m_data.method)), 1.5, Qt::AlignRight },
        { tr("%1 mu (verdict method)").arg(shortMethodName(m_data.method)), 1.3, Qt::AlignRight },
        { tr("%1 m²").arg(shortMethodName(others[0])), 1.4, Qt::AlignRight },
        { tr("%1 m²").arg(shortMethodName(others[1])), 1.4, Qt::AlignRight } };
    const auto row = [&](const QString &label, const Areas &a) {
        table.rows.append({ label, m2(a.of(m_data.method)), mu(a.of(m_data.method)), m2(a.of(others[0])),
            m2(a.of(others[1])) });
    };
    const Occupation &o = m_data.occupation;
    row(tr("Incident (whole polygon)"), o.area);
    table.emphasisedRows << int(table.rows.size());
    row(tr("Permanent basic farmland"), o.basicFarmland);
    table.emphasisedRows << int(table.rows.size());
    row(tr("Cultivated land (basic farmland included)"), o.cultivated);
    row(tr("Cultivated land outside basic farmland"), o.cultivatedOutsideBasicFarmland);
    if (o.netKnown) {
        row(tr("Cultivated land net of 田坎 (KCXS)"), o.cultivatedNet);
        row(tr("Cultivated land outside basic farmland, net of 田坎"), o.cultivatedOutsideBasicFarmlandNet);
    }
    for (const ClassArea &c : o.cultivatedByClass)
        row(tr("  of which %1 %2 (cultivated)").arg(c.code, c.name), c.areas);
    for (const ClassArea &c : o.otherByClass)
        row(tr("  of which %1 %2").arg(c.code, c.name), c.areas);
    table.note = tr("Each figure is the area of (incident ∩ union of the layer's parcels), overlaps counted once. "
                    "Verdict method: %1. Other columns: %2 and %3, for comparison. CRS: %4 (EPSG:%5).")
                     .arg(methodLabel(m_data.method), methodLabel(others[0]), methodLabel(others[1]), displayCrsName(m_data.crsName))
                     .arg(m_data.workingEpsg);
    ReportTableDrawer(writer).draw(table);
}

core::ThresholdFlag CaseReport::judgedFlag() const
{
    if (m_data.judgedFlag)
        return *m_data.judgedFlag; // the project's one verdict (gis::CaseJudgement)
    if (!m_data.occupationMatter)
        return core::ThresholdFlag::NotApplicable;
    const bool reached = m_data.verdict.accountability() || (m_data.accumulated && m_data.accumulated->verdict.accountability());
    return reached ? core::ThresholdFlag::Reached : core::ThresholdFlag::Below;
}

void CaseReport::drawCultivatedVerdict(ReportWriter &writer) const
{
    const core::Rules &rules = m_data.rules;
    const core::Verdict &v = m_data.verdict;
    const auto reached = [&](bool flag) { return flag ? tr("threshold reached") : tr("below the threshold"); };
    const QString reading = rules.reading() == core::Reading::Notice
        ? tr("all cultivated land, basic farmland included (the notice's wording)")
        : tr("cultivated land outside basic farmland (judicial interpretation of Criminal Law art. 342)");
    writer.paragraph(tr("Cultivated land occupied, %1: %2 mu; threshold %3 mu or more: %4.")
                         .arg(reading, core::formatJudgedMu(v.cultivatedMu), core::formatJudgedMu(rules.cultivatedMu()),
                             reached(v.cultivated)));
    if (!v.netKnown) {
        writer.paragraph(tr("The land-use layer gives no 田坎 coefficient (KCXS): cultivated land is measured gross only."), 8.5);
        return;
    }
    writer.paragraph(tr("Gross %1 mu, net of 田坎 %2 mu; the rules judge the %3 figure.")
                         .arg(core::formatJudgedMu(v.cultivatedGrossMu), core::formatJudgedMu(v.cultivatedNetMu),
                             rules.cultivatedAreaText()),
        9);
}

void CaseReport::drawAccumulation(ReportWriter &writer) const
{
    writer.paragraph(m_data.accumulationRule, 8.5);
    if (m_data.accumulated) {
        const AccumulatedFigures &a = *m_data.accumulated;
        writer.paragraph(tr("Accumulated over the party's incidents %1 (union, overlaps counted once): basic "
                            "farmland %2 mu, cultivated land %3 mu: %4.")
                             .arg(a.incidentIds.join(QStringLiteral(", ")), core::formatJudgedMu(a.verdict.basicFarmlandMu),
                                 core::formatJudgedMu(a.verdict.cultivatedMu),
                                 a.verdict.accountability() ? tr("threshold reached") : tr("below the threshold")));
        QStringList each;
        for (const auto &[id, v] : a.each)
            each << tr("%1 %2 mu basic farmland, %3 mu cultivated land")
                        .arg(id, core::formatJudgedMu(v.basicFarmlandMu),
                            core::formatJudgedMu(v.cultivatedMu));
        if (!each.isEmpty())
            writer.paragraph(
                tr("当事人累计 (the party's total): the party's incidents not yet dealt with are judged "
                   "together — %1; the case is judged on its own figures and on this total.")
                    .arg(each.join(QStringLiteral("; "))),
                8.5);
    }
    if (!m_data.outsideWindow.isEmpty())
        writer.paragraph(tr("Not added up (outside the time window): %1.").arg(m_data.outsideWindow.join(QStringLiteral(", "))), 8.5);
}

void CaseReport::drawEdges(ReportWriter &writer) const
{
    // 临界: one mark, each reason on its line (田坎 reading, digitising tolerance with its range).
    if (!m_data.borderlineReasons.isEmpty())
        writer.paragraph(tr("临界 (needs review): %1.").arg(m_data.borderlineReasons.join(QStringLiteral("; "))), 10, true);
    for (const SplitPlotGroup &g : m_data.splitPlots)
        writer.paragraph(tr("疑似化整为零 (suspected split plots, %1): incidents %2%3, each below the thresholds, together "
                            "%4 mu basic farmland and %5 mu cultivated land (overlaps once) — to be reviewed as one "
                            "occupation.")
                             .arg(g.name, g.incidentIds.join(QStringLiteral(", ")),
                                 g.party.isEmpty() ? tr(" (no party recorded)") : tr(" of %1").arg(g.party),
                                 core::formatJudgedMu(g.verdict.basicFarmlandMu), core::formatJudgedMu(g.verdict.cultivatedMu)),
            10, true);
}

void CaseReport::drawVerdict(ReportWriter &writer) const
{
    writer.heading(tr("3. Verdict"));
    const core::Rules &rules = m_data.rules;
    writer.paragraph(tr("The county notice, section 三(三), rules: “%1”.")
                         .arg(QStringLiteral("特别是对非法占用永久基本农田面积5亩以上或耕地10亩以上的案件，"
                                             "一律启动责任追究程序")));
    if (!m_data.occupationMatter) {
        writer.paragraph(tr("This is not an occupation of land but cultivated land kept from grain or left idle (%1): "
                            "the occupation thresholds do not apply and it is not added to the party's occupations. "
                            "It is handled by the agriculture and rural affairs bureau. Areas above are for the record.")
                             .arg(m_data.violationType));
        writer.skip(1);
        writer.paragraph(tr("Conclusion: not judged against the accountability thresholds (not an occupation)."), 11, true);
        return;
    }
    const core::Verdict &v = m_data.verdict;
    const auto reached = [&](bool flag) { return flag ? tr("threshold reached") : tr("below the threshold"); };
    writer.paragraph(tr("Permanent basic farmland occupied: %1 mu; threshold %2 mu or more: %3.")
                         .arg(core::formatJudgedMu(v.basicFarmlandMu), core::formatJudgedMu(rules.basicFarmlandMu()),
                             reached(v.basicFarmland)));
    drawCultivatedVerdict(writer);
    if (!m_data.approvedText.isEmpty())
        writer.paragraph(tr("Approved land: %1.").arg(m_data.approvedText), 10);
    writer.paragraph(tr("Figures by the %1 method, rounded to 0.01 mu as printed; “or more” includes the threshold "
                        "itself.")
                         .arg(methodLabel(m_data.method)),
                     8.5);
    if (!m_data.rulesText.isEmpty())
        writer.paragraph(tr("Judged under: %1.").arg(m_data.rulesText), 8.5);
    drawAccumulation(writer);
    const bool flagged = judgedFlag() == core::ThresholdFlag::Reached;
    drawEdges(writer);
    if (m_data.caseFile && m_data.caseFile->thresholdFlag() != judgedFlag())
        writer.paragraph(tr("The case's recorded threshold flag (%1) differs from these figures (%2): the case must be "
                            "judged again.")
                             .arg(core::thresholdFlagCode(m_data.caseFile->thresholdFlag()), core::thresholdFlagCode(judgedFlag())),
            10, true);
    if (!m_data.verdictText.isEmpty())
        writer.paragraph(tr("Verdict: %1.").arg(m_data.verdictText), 10, true);
    writer.skip(1);
    writer.paragraph(flagged ? tr("Conclusion: this case reaches the accountability threshold; the accountability "
                                  "procedure (责任追究程序) must be started without exception.")
                             : tr("Conclusion: this case does not reach the accountability thresholds."),
                     11, true);
}

} // namespace fg::gis
