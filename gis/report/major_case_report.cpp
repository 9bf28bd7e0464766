// SPDX-License-Identifier: MIT
#include "gis/report/major_case_report.h"

#include "gis/report/report_table.h"
#include "gis/report/two_pass_pdf.h"

#include <QLocale>
#include <QPainter>

namespace fg::gis {

namespace {

QString when(const QDateTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString mu(double value)
{
    return QLocale::c().toString(value, 'f', 2);
}

QString stateText(core::Obligation::State state)
{
    switch (state) {
    case core::Obligation::State::Pending:
        return MajorCaseReport::tr("pending");
    case core::Obligation::State::Met:
        return MajorCaseReport::tr("met");
    case core::Obligation::State::MetLate:
        return MajorCaseReport::tr("met late");
    case core::Obligation::State::Overdue:
        return MajorCaseReport::tr("overdue");
    }
    return {};
}

} // namespace

MajorCaseReport::MajorCaseReport(MajorCaseReportData data, ReportOptions options)
    : m_data(std::move(data))
    , m_options(std::move(options))
{
    if (!m_options.date.isValid())
        m_options.date = QDate::currentDate();
}

PageDecor MajorCaseReport::decor() const
{
    PageDecor decor;
    decor.bureau = m_options.bureau;
    decor.logNote = m_options.logNote;
    decor.provenance = m_options.provenance;
    decor.title = tr("Major case report");
    decor.subtitle = m_data.file.id();
    decor.date = m_options.date;
    decor.numbersNote = tr("Areas in mu (1 mu = 666.67 m²), ellipsoidal (CGCS2000), rounded to 0.01 as judged.");
    return decor;
}

int MajorCaseReport::write(const QString &path) const
{
    return writeTwoPassPdf(path, m_options.page, decor(), [this](ReportWriter &writer) { return compose(writer); });
}

int MajorCaseReport::compose(ReportWriter &writer) const
{
    writer.paragraph(tr("Report of a major case of illegal land occupation"), 16, true, Qt::AlignHCenter);
    writer.paragraph(tr("To the county people's government"), 11);
    writer.skip(2);
    drawCase(writer);
    drawWhyMajor(writer);
    drawSteps(writer);
    drawTransfers(writer);
    drawAccountability(writer);
    drawDeadlines(writer);
    drawSignatures(writer);
    return writer.pageNumber();
}

void MajorCaseReport::drawCase(ReportWriter &writer) const
{
    const core::CaseFile &file = m_data.file;
    writer.heading(tr("1. The case"));
    ReportTable facts;
    facts.columns = { { tr("Item"), 1.2 }, { tr("Record"), 3.2 } };
    facts.rows = {
        { tr("Case number"), file.id() },
        { tr("Party"), file.partyId() },
        { tr("Violation type"), core::violationTypeName(file.violationType()) },
        { tr("Place"), QStringList { m_data.township, m_data.village }.join(QLatin1Char(' ')).trimmed() },
        { tr("Incidents"), file.incidentIds().join(QStringLiteral(", ")) },
        { tr("Clue"), tr("%1, %2").arg(m_data.source, m_data.discovered) },
        { tr("Status"), core::caseStatusName(file.status()) },
    };
    ReportTableDrawer(writer).draw(facts);
}

void MajorCaseReport::drawWhyMajor(ReportWriter &writer) const
{
    const core::CaseFile &file = m_data.file;
    writer.heading(tr("2. Why the case is major"));
    if (m_data.measured) {
        writer.paragraph(tr("Occupied by the case's incidents: %1 mu of permanent basic farmland, %2 mu of cultivated "
                            "land.")
                             .arg(mu(m_data.own.basicFarmlandMu), mu(m_data.own.cultivatedMu)));
        if (m_data.partyTotal)
            writer.paragraph(tr("Accumulated with the party's incidents not yet dealt with (%1): %2 mu of permanent "
                                "basic farmland, %3 mu of cultivated land.")
                                 .arg(m_data.partyIncidentIds.join(QStringLiteral(", ")),
                                     mu(m_data.partyTotal->basicFarmlandMu), mu(m_data.partyTotal->cultivatedMu)));
    } else {
        writer.paragraph(tr("The occupied area is not measured yet."));
    }
    if (file.thresholdFlag() == core::ThresholdFlag::Reached)
        writer.paragraph(tr("The case reaches the accountability threshold of the county notice (三(三)): the "
                            "accountability procedure is started without exception."),
            10.5, true);
    if (file.declaredMajor())
        writer.paragraph(file.declaredMajorAt().isValid()
                ? tr("Declared a major case on %1.").arg(when(file.declaredMajorAt()))
                : tr("Declared a major case."),
            10.5, true);
    if (file.crimeSuspectedAt().isValid())
        writer.paragraph(tr("A crime (Criminal Law art. 342) is suspected since %1.").arg(when(file.crimeSuspectedAt())));
    if (file.misconductSuspectedAt().isValid())
        writer.paragraph(tr("Officials' misconduct is suspected since %1.").arg(when(file.misconductSuspectedAt())));
    writer.paragraph(tr("Judged under: %1.").arg(m_data.rulesText), 8.5);
}

void MajorCaseReport::drawSteps(ReportWriter &writer) const
{
    writer.heading(tr("3. What was done"));
    ReportTable steps;
    steps.columns = { { tr("Date"), 1.5 }, { tr("Step"), 1.5 }, { tr("By"), 1.5 }, { tr("Note"), 2.6 } };
    for (const core::CaseStep &step : m_data.file.steps()) {
        QString note = step.note;
        if (!step.jointAcceptor.isEmpty())
            note = tr("with %1 (Agriculture and Rural Affairs Bureau) %2").arg(step.jointAcceptor, note).trimmed();
        steps.rows.append({ when(step.when), core::caseActionName(step.action), step.actor.name, note });
    }
    ReportTableDrawer(writer).draw(steps);
}

void MajorCaseReport::drawTransfers(ReportWriter &writer) const
{
    writer.heading(tr("4. Transfers"));
    if (m_data.file.transfers().isEmpty()) {
        writer.paragraph(tr("No transfer is recorded."));
        return;
    }
    ReportTable transfers;
    transfers.columns = { { tr("Sent"), 1.4 }, { tr("To"), 1.8 }, { tr("Reason"), 2 }, { tr("Reply"), 2 } };
    for (const core::CaseTransfer &t : m_data.file.transfers())
        transfers.rows.append({ when(t.sentAt), core::departmentName(t.department), t.note,
            t.replied() ? tr("%1 (%2)").arg(t.reply, when(t.repliedAt)) : tr("no reply yet") });
    ReportTableDrawer(writer).draw(transfers);
}

void MajorCaseReport::drawAccountability(ReportWriter &writer) const
{
    writer.heading(tr("5. Accountability (既处理事、又处理人)"));
    if (m_data.file.accountability().isEmpty()) {
        writer.paragraph(m_data.file.thresholdFlag() == core::ThresholdFlag::Reached
                ? tr("No accountability record yet: the case cannot be closed without one.")
                : tr("No accountability record."));
        return;
    }
    ReportTable records;
    records.columns = { { tr("Organ"), 1.8 }, { tr("Persons"), 1.5 }, { tr("Decision"), 1.5 }, { tr("Date"), 1.1 },
        { tr("Document"), 1.5 } };
    for (const core::AccountabilityRecord &r : m_data.file.accountability())
        records.rows.append({ core::accountabilityOrganName(r.organ), r.who, r.decision, r.date.toString(Qt::ISODate),
            r.documentNumber });
    ReportTableDrawer(writer).draw(records);
}

void MajorCaseReport::drawDeadlines(ReportWriter &writer) const
{
    writer.heading(tr("6. Deadlines"));
    ReportTable deadlines;
    deadlines.columns = { { tr("What"), 2 }, { tr("Due"), 2.4 }, { tr("State"), 1 }, { tr("Met"), 1.4 } };
    for (const core::Obligation &o : m_data.deadlines) {
        deadlines.rows.append({ o.description(), o.dueText(), stateText(o.stateAt(m_data.asOf)), when(o.metAt) });
        if (o.stateAt(m_data.asOf) == core::Obligation::State::Overdue)
            deadlines.emphasisedRows << int(deadlines.rows.size() - 1);
    }
    deadlines.note = tr("Working days on the State Council's holiday notices; states as of %1.").arg(when(m_data.asOf));
    ReportTableDrawer(writer).draw(deadlines);
}

void MajorCaseReport::drawSignatures(ReportWriter &writer) const
{
    writer.skip(4);
    const QRectF block = writer.take(writer.mm(30));
    QPainter &p = writer.painter();
    p.setFont(ReportWriter::font(10.5));
    const double row = writer.mm(10);
    const QStringList lines = { tr("Reporting unit (seal): %1").arg(m_options.bureau), tr("Person in charge (signature):"),
        tr("Date: %1").arg(m_options.date.toString(Qt::ISODate)) };
    for (int i = 0; i < lines.size(); ++i)
        p.drawText(QRectF(block.left(), block.top() + i * row, block.width(), row), Qt::AlignLeft | Qt::AlignBottom,
            lines.at(i));
}

} // namespace fg::gis
