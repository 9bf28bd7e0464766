// SPDX-License-Identifier: MIT
// The later sections of the case report: boundary points, timeline and transfers, signatures.
#include "gis/report/case_report.h"

#include "core/cases/case_action.h"
#include "core/cases/case_status.h"
#include "core/cases/deadline_countdown.h"
#include "core/cases/deadline_tracker.h"
#include "core/cases/department.h"
#include "gis/io/working_crs.h"
#include "gis/report/report_table.h"

#include <QLocale>
#include <QPainter>

namespace fg::gis {

namespace {

QString metres(double value)
{
    return QLocale::c().toString(value, 'f', 3);
}

QString when(const QDateTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("—");
}

} // namespace

void CaseReport::drawBoundaryPoints(ReportWriter &writer) const
{
    writer.heading(tr("4. Boundary point coordinates"));
    ReportTable table;
    table.caption = tr("Boundary point coordinate table");
    table.columns = { { tr("Point"), 1 , Qt::AlignHCenter }, { tr("X (northing, m)"), 2, Qt::AlignRight },
        { tr("Y (easting, m)"), 2, Qt::AlignRight }, { tr("Edge to next point (m)"), 1.8, Qt::AlignRight } };
    const std::vector<BoundaryRing> rings = boundaryPoints(m_data.incident);
    for (const BoundaryRing &ring : rings) {
        if (rings.size() > 1) {
            table.emphasisedRows << int(table.rows.size());
            table.rows.append({ ring.hole ? tr("Part %1, hole").arg(ring.part) : tr("Part %1, outer ring").arg(ring.part),
                QString(), QString(), QString() });
        }
        for (const BoundaryPoint &p : ring.points)
            table.rows.append({ p.name, metres(p.x), metres(p.y), metres(p.edgeToNext) });
        // The ring closes on its first point, as the table's last row shows.
        const BoundaryPoint &first = ring.points.front();
        table.rows.append({ first.name, metres(first.x), metres(first.y), QString() });
    }
    table.note = tr("Coordinates in %1 (EPSG:%2), to 0.001 m: X is the northing, Y the easting. Points run clockwise "
                    "from the north-west corner; edge lengths are distances in the Gauss-Krüger plane.")
                     .arg(displayCrsName(m_data.crsName))
                     .arg(m_data.workingEpsg);
    ReportTableDrawer(writer).draw(table);
}

void CaseReport::drawDeadlines(ReportWriter &writer, const core::CaseFile &file) const
{
    const QDateTime asOf = QDateTime(m_options.date.isValid() ? m_options.date : QDate::currentDate(), QTime(23, 59, 59));
    const QList<core::Obligation> obligations = core::DeadlineTracker().obligations(file);
    if (obligations.isEmpty())
        return;
    ReportTable deadlines;
    deadlines.caption = tr("Deadlines");
    deadlines.columns = { { tr("What"), 2 }, { tr("Due"), 2.6 }, { tr("Met"), 1.5 } };
    for (const core::Obligation &o : obligations) {
        const core::Obligation::State state = o.stateAt(asOf);
        const QString met = o.metAt.isValid() ? when(o.metAt)
            : state == core::Obligation::State::Overdue ? tr("overdue")
                                                        : tr("pending");
        deadlines.rows.append({ o.description(), o.dueText(), met });
        if (o.isLateAt(asOf))
            deadlines.emphasisedRows << int(deadlines.rows.size() - 1);
    }
    ReportTableDrawer(writer).draw(deadlines);
}

void CaseReport::drawAccountability(ReportWriter &writer, const core::CaseFile &file) const
{
    if (file.accountability().isEmpty()) {
        if (file.thresholdFlag() == core::ThresholdFlag::Reached)
            writer.paragraph(tr("No accountability record yet: the case cannot be closed without one."));
        return;
    }
    ReportTable records;
    records.caption = tr("Accountability (既处理事、又处理人)");
    records.columns = { { tr("Organ"), 1.8 }, { tr("Persons"), 1.6 }, { tr("Decision"), 1.6 }, { tr("Date"), 1.1 },
        { tr("Document"), 1.5 } };
    for (const core::AccountabilityRecord &r : file.accountability())
        records.rows.append({ core::accountabilityOrganName(r.organ), r.who, r.decision, r.date.toString(Qt::ISODate),
            r.documentNumber });
    ReportTableDrawer(writer).draw(records);
}

void CaseReport::drawTimeline(ReportWriter &writer) const
{
    writer.heading(tr("5. Case timeline and transfers"));
    if (!m_data.caseFile) {
        writer.paragraph(tr("No case steps or transfers are recorded: the report was made from layer files, not "
                            "from a project."));
        return;
    }
    const core::CaseFile &file = *m_data.caseFile;
    ReportTable steps;
    steps.caption = tr("Case steps");
    steps.columns = { { tr("Date"), 1.6 }, { tr("Step"), 1.6 }, { tr("Status"), 1.3 }, { tr("By"), 1.5 },
        { tr("Deadline"), 1.6 }, { tr("Note"), 2.4 } };
    for (const core::CaseStep &step : file.steps()) {
        const bool late = step.deadline.isValid() && step.when > step.deadline;
        steps.rows.append({ when(step.when), core::caseActionName(step.action), core::caseStatusName(step.to),
            step.actor.name + (step.actor.role.isEmpty() ? QString() : QStringLiteral(" (") + step.actor.role + ')'),
            late ? tr("%1 (%2)").arg(when(step.deadline), core::DeadlineCountdown::of(step.deadline, step.when, step.when).text())
                 : when(step.deadline),
            step.note });
        if (late)
            steps.emphasisedRows << int(steps.rows.size() - 1);
    }
    ReportTableDrawer(writer).draw(steps);
    drawDeadlines(writer, file);
    drawAccountability(writer, file);
    if (file.transfers().isEmpty()) {
        writer.paragraph(tr("No transfers are recorded for this case."));
        return;
    }
    ReportTable transfers;
    transfers.caption = tr("Transfers");
    transfers.columns = { { tr("Sent"), 1.5 }, { tr("To"), 1.6 }, { tr("By"), 1.3 }, { tr("Note"), 2 },
        { tr("Reply"), 2 }, { tr("Replied"), 1.5 } };
    for (const core::CaseTransfer &t : file.transfers())
        transfers.rows.append({ when(t.sentAt), core::departmentName(t.department), t.sentBy.name, t.note,
            t.replied() ? t.reply : tr("no reply yet"), when(t.repliedAt) });
    ReportTableDrawer(writer).draw(transfers);
}

void CaseReport::drawSignatures(ReportWriter &writer) const
{
    if (!m_data.warnings.isEmpty()) {
        writer.heading(tr("Data notes"));
        for (const QString &warning : m_data.warnings)
            writer.paragraph(QStringLiteral("• ") + warning, 8);
    }
    const double height = writer.mm(42);
    const QRectF block = writer.take(height);
    QPainter &p = writer.painter();
    p.setFont(ReportWriter::font(10.5));
    p.setPen(QPen(Qt::black, writer.mm(0.2)));
    const QStringList roles = { tr("Analyst (signature):"), tr("Reviewer (signature):"), tr("Bureau (seal):") };
    const double rowHeight = writer.mm(12);
    for (int i = 0; i < roles.size(); ++i) {
        const double top = block.top() + writer.mm(4) + i * rowHeight;
        const double half = block.width() / 2;
        const QRectF label(block.left(), top, half, rowHeight);
        p.drawText(label, Qt::AlignLeft | Qt::AlignBottom, roles[i]);
        const double lineY = top + rowHeight - writer.mm(1);
        p.drawLine(QPointF(block.left() + writer.mm(38), lineY), QPointF(block.left() + half - writer.mm(6), lineY));
        const QRectF dateLabel(block.left() + half, top, half, rowHeight);
        p.drawText(dateLabel, Qt::AlignLeft | Qt::AlignBottom, tr("Date:"));
        p.drawLine(QPointF(block.left() + half + writer.mm(16), lineY), QPointF(block.right(), lineY));
    }
}

} // namespace fg::gis
