// SPDX-License-Identifier: MIT
#include "gis/report/site_check_report.h"

#include "core/units.h"
#include "gis/render/geometry_path.h"
#include "gis/report/boundary_points.h"
#include "gis/report/report_table.h"
#include "gis/report/two_pass_pdf.h"
#include "gis/usecases/site_check.h"

#include <QBuffer>
#include <QPainter>

namespace fg::gis {

namespace {

QString m2(double value)
{
    return core::formatSquareMetres(value);
}

QString mu(double value)
{
    return core::formatMu(value);
}

} // namespace

SiteCheckReport::SiteCheckReport(
    const SiteCheckResult &result, const CaseMapLayers &layers, ReportOptions options)
    : m_result(result)
    , m_layers(layers)
    , m_options(std::move(options))
{
    if (!m_options.date.isValid())
        m_options.date = QDate::currentDate();
}

PageDecor SiteCheckReport::decor() const
{
    PageDecor decor;
    decor.bureau = m_options.bureau;
    decor.title = tr("Site Check Opinion");
    decor.subtitle = m_result.siteName;
    decor.date = m_options.date;
    decor.numbersNote = tr("Areas: %1 method on the CGCS2000 ellipsoid, EPSG:%2, m² and mu to 0.01 (1 mu = "
                           "10000/15 m²); overlay as in the analysis.")
                            .arg(QString::fromLatin1(areaMethodName(m_result.method)))
                            .arg(m_result.workingEpsg);
    decor.logNote = m_options.logNote.isEmpty() ? m_result.logNote : m_options.logNote;
    return decor;
}

int SiteCheckReport::write(const QString &path) const
{
    return writeTwoPassPdf(
        path, m_options.page, decor(), [this](ReportWriter &writer) { return compose(writer); });
}

int SiteCheckReport::compose(ReportWriter &writer) const
{
    if (m_mapMm <= 0)
        m_mapMm = fittedMapMm(writer.setup());
    return layout(writer, m_mapMm, true);
}

double SiteCheckReport::fittedMapMm(const PageSetup &setup) const
{
    // Many procedures and overlaps take some room of the map; below 50 mm its legend no longer
    // reads, so a site with very many findings runs onto a second page instead.
    for (double mm : { 60.0, 50.0 }) {
        QBuffer scratch;
        ReportWriter trial(&scratch, setup, decor());
        const int pages = layout(trial, mm, false);
        trial.finish();
        if (pages == 1)
            return mm;
    }
    return 60.0;
}

int SiteCheckReport::layout(ReportWriter &writer, double mapMm, bool paintMap) const
{
    writer.paragraph(tr("Site Check Opinion"), 15, true, Qt::AlignHCenter);
    writer.paragraph(tr("(pre-approval check of a proposed site, 源头严控)"), 8.5, false, Qt::AlignHCenter);
    writer.skip(1);
    drawSummary(writer);
    drawMap(writer, mapMm, paintMap);
    drawAreas(writer);
    drawOverlaps(writer);
    drawProcedures(writer);
    writer.paragraph(
        tr("Judged under: %1. This opinion states what the law requires of such a site; it grants "
           "nothing and replaces no approval.")
            .arg(m_result.rulesText),
        7.5);
    return writer.pageNumber();
}

void SiteCheckReport::drawSummary(ReportWriter &writer) const
{
    const QString place = m_result.township.isEmpty() ? tr("outside the townships' boundaries")
                                                      : m_result.township + m_result.village;
    writer.paragraph(
        tr("Proposed site: %1 (%2), %3. It measures %4 m² (%5 mu) and would occupy %6 mu of "
           "permanent basic farmland and %7 mu of cultivated land.")
            .arg(m_result.siteName, core::siteKindName(m_result.kind), place, m2(m_result.areaM2),
                mu(m_result.areaM2), mu(m_result.basicFarmlandM2), mu(m_result.cultivatedM2)),
        9.5, true);
    writer.skip(1);
}

void SiteCheckReport::drawMap(ReportWriter &writer, double heightMm, bool paint) const
{
    const QRectF block = writer.take(writer.mm(heightMm));
    if (!paint) {
        writer.skip(1);
        return;
    }
    const double side = writer.mm(58);
    const QRectF frame(block.left() + writer.mm(8), block.top() + writer.mm(4),
        block.width() - side - writer.mm(16), block.height() - writer.mm(8));
    CaseMapSubject subject;
    subject.incident = m_result.site.get();
    subject.verdict
        = m_result.basicFarmlandM2 > 0 ? VerdictClass::Accountability : VerdictClass::BelowThreshold;
    subject.boundary = boundaryPoints(m_result.site.get());
    subject.township = m_result.township;
    subject.label = tr("Proposed site");
    QRectF envelope;
    geometryEnvelope(m_result.site.get(), &envelope);
    CaseMapPainter map(writer, m_layers, subject, caseMapScale(envelope, frame.size() / writer.mm(1)));
    map.drawMap(frame);
    const double left = frame.right() + writer.mm(8);
    map.drawScale(QRectF(left, frame.top(), side, writer.mm(13)));
    map.drawLegend(QRectF(left, frame.top() + writer.mm(15), side, frame.height() - writer.mm(15)));
    writer.skip(1);
}

void SiteCheckReport::drawAreas(ReportWriter &writer) const
{
    ReportTable table;
    table.caption = tr("Land the site would occupy");
    table.points = 7.5;
    table.columns = { { tr("Land"), 2.4 }, { tr("m²"), 1, Qt::AlignRight }, { tr("mu"), 1, Qt::AlignRight } };
    table.rows << QStringList { tr("The whole site"), m2(m_result.areaM2), mu(m_result.areaM2) }
               << QStringList { tr("Permanent basic farmland"), m2(m_result.basicFarmlandM2),
                      mu(m_result.basicFarmlandM2) }
               << QStringList { tr("Cultivated land (basic farmland included)"), m2(m_result.cultivatedM2),
                      mu(m_result.cultivatedM2) }
               << QStringList { tr("Cultivated land outside basic farmland"),
                      m2(m_result.cultivatedOutsideBasicFarmlandM2),
                      mu(m_result.cultivatedOutsideBasicFarmlandM2) };
    table.emphasisedRows = { 1, 2 };
    QStringList classes;
    for (const ClassArea &c : m_result.cultivatedByClass)
        classes << tr("%1 %2 %3 mu").arg(c.code, c.name, mu(c.areas.of(m_result.method)));
    for (const ClassArea &c : m_result.otherByClass)
        classes << tr("%1 %2 %3 mu").arg(c.code, c.name, mu(c.areas.of(m_result.method)));
    if (!classes.isEmpty())
        table.note = tr("By land class (三调): %1.").arg(classes.join(tr("; ")));
    ReportTableDrawer(writer).draw(table);
    writer.skip(1);
}

void SiteCheckReport::drawOverlaps(ReportWriter &writer) const
{
    if (m_result.cases.empty() && m_result.approvals.empty()) {
        writer.paragraph(m_result.approvalsChecked
                ? tr("The site overlaps no open case and no approval.")
                : tr("The site overlaps no open case. The project's approvals could not be read."),
            8.5, true);
        writer.skip(1);
        return;
    }
    ReportTable table;
    table.caption = tr("Open cases and approvals the site overlaps");
    table.points = 7.5;
    table.columns = { { tr("Record"), 1.1 }, { tr("Number"), 1.6 }, { tr("Status or kind"), 1.8 },
        { tr("Overlap m²"), 1, Qt::AlignRight }, { tr("Overlap mu"), 0.9, Qt::AlignRight } };
    for (const SiteCaseOverlap &c : m_result.cases)
        table.rows << QStringList { tr("Open case"), c.caseId, core::caseStatusName(c.status),
            m2(c.overlapM2), mu(c.overlapM2) };
    for (const SiteApprovalOverlap &a : m_result.approvals)
        table.rows << QStringList { tr("Approval"), a.documentNumber,
            tr("%1, %2 (%3)").arg(a.kind, a.use, a.inForce ? tr("in force") : tr("not in force today")),
            m2(a.overlapM2), mu(a.overlapM2) };
    if (!m_result.approvalsChecked)
        table.note = tr("The project's approvals could not be read: overlaps with approvals are not shown.");
    ReportTableDrawer(writer).draw(table);
    writer.skip(1);
}

void SiteCheckReport::drawProcedures(ReportWriter &writer) const
{
    ReportTable table;
    table.caption = tr("Procedures the site needs, and the departments that must not proceed without them");
    table.points = 7;
    table.columns = { { tr("Procedure"), 1.3 }, { tr("Departments"), 2.1 }, { tr("Why"), 3.0 } };
    for (const core::SiteProcedure &p : m_result.procedures) {
        QStringList duties;
        for (const core::SiteDuty &d : p.duties)
            duties << tr("%1: %2").arg(core::departmentName(d.department), d.duty);
        table.rows << QStringList { p.prohibitive ? tr("%1 (another site needed)").arg(p.name) : p.name,
            duties.join(QLatin1Char('\n')), p.reason };
        if (p.prohibitive)
            table.emphasisedRows << table.rows.size() - 1;
    }
    ReportTableDrawer(writer).draw(table);
    writer.skip(1);
}

} // namespace fg::gis
