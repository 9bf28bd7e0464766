// SPDX-License-Identifier: MIT
#include "gis/report/joint_discipline_notice.h"

#include "core/units.h"
#include "gis/report/report_table.h"
#include "gis/report/two_pass_pdf.h"

#include <QPainter>

namespace fg::gis {

JointDisciplineNotice::JointDisciplineNotice(const JointDisciplineData &data, ReportOptions options)
    : m_data(data)
    , m_options(std::move(options))
{
    if (!m_options.date.isValid())
        m_options.date = QDate::currentDate();
}

PageDecor JointDisciplineNotice::decor() const
{
    PageDecor decor;
    decor.bureau = m_options.bureau;
    decor.logNote = m_options.logNote;
    decor.provenance = m_options.provenance;
    decor.title = tr("Joint Discipline Notice");
    decor.subtitle = tr("Case %1").arg(m_data.caseId);
    decor.date = m_options.date;
    decor.numbersNote = tr("Areas: %1 method, m² and mu to 0.01 (1 mu = 10000/15 m²), as the case was judged.")
                            .arg(QString::fromLatin1(areaMethodName(m_data.method)));
    return decor;
}

int JointDisciplineNotice::write(const QString &path) const
{
    return writeTwoPassPdf(path, m_options.page, decor(), [this](ReportWriter &writer) { return compose(writer); });
}

int JointDisciplineNotice::compose(ReportWriter &writer) const
{
    writer.paragraph(tr("Joint Discipline Notice"), 18, true, Qt::AlignHCenter);
    writer.paragraph(tr("(source control of illegal land use, case %1)").arg(m_data.caseId), 10, false, Qt::AlignHCenter);
    writer.skip(3);
    QStringList names;
    for (core::Department d : m_data.recipients)
        names << core::departmentName(d);
    writer.paragraph(tr("To: %1").arg(names.join(tr(", "))), 10.5, true);
    writer.skip(2);
    drawBody(writer);
    drawRecipients(writer);
    drawSeal(writer);
    return writer.pageNumber();
}

void JointDisciplineNotice::drawBody(ReportWriter &writer) const
{
    const core::Verdict &v = m_data.verdict;
    const QString party = m_data.partyIdNumber.isEmpty()
        ? m_data.party
        : tr("%1 (ID number %2)").arg(m_data.party, m_data.partyIdNumber);
    const QString place = m_data.village.isEmpty() ? m_data.township : m_data.township + m_data.village;
    writer.paragraph(tr("The bureau has found that %1 uses land at %2 unlawfully (case %3, incidents %4, %5; case "
                        "stage: %6). The land concerned measures %7 m² (%8 mu), of which permanent basic farmland "
                        "%9 mu and cultivated land %10 mu.")
                         .arg(party.isEmpty() ? tr("an unknown party") : party, place.isEmpty() ? tr("—") : place,
                             m_data.caseId, m_data.incidentIds.join(tr(", ")), m_data.violationType,
                             core::caseStatusName(m_data.status), core::formatSquareMetres(m_data.areaM2),
                             core::formatMu(m_data.areaM2), core::formatJudgedMu(v.basicFarmlandMu),
                             core::formatJudgedMu(v.cultivatedMu)));
    if (!m_data.rulesText.isEmpty())
        writer.paragraph(tr("Judged under: %1.").arg(m_data.rulesText), 8.5);
    writer.paragraph(tr("Under the county notice on the shared responsibility for farmland protection (源头严控, "
                        "部门协同), no department or company may grant approvals, permits, licences or funds, or "
                        "supply water, power, gas or loans, for illegal land use. Until this case is closed, each "
                        "body named below shall, for this land and the buildings and businesses on it:"));
    writer.skip(1);
}

void JointDisciplineNotice::drawRecipients(ReportWriter &writer) const
{
    ReportTable table;
    table.points = 9;
    table.columns = { { tr("To"), 1.2 }, { tr("Shall"), 2.8 } };
    for (core::Department d : m_data.recipients)
        table.rows << QStringList { core::departmentName(d), core::departmentDuty(d) };
    table.note = tr("Each body replies to the bureau in writing within 5 working days with what it did; a breach is "
                    "passed to the county discipline commission (纪委监委).");
    ReportTableDrawer(writer).draw(table);
}

void JointDisciplineNotice::drawSeal(ReportWriter &writer) const
{
    writer.skip(4);
    writer.ensureSpace(writer.mm(24));
    const QRectF block = writer.take(writer.mm(22));
    QPainter &p = writer.painter();
    p.setFont(ReportWriter::font(10.5));
    p.setPen(QPen(Qt::black, writer.mm(0.2)));
    const QRectF right(block.center().x(), block.top(), block.width() / 2, block.height());
    p.drawText(right, Qt::AlignRight | Qt::AlignTop,
        tr("%1 (seal)\n%2").arg(m_options.bureau, m_options.date.toString(QStringLiteral("yyyy-MM-dd"))));
    p.drawText(QRectF(block.left(), block.top(), block.width() / 2, block.height()), Qt::AlignLeft | Qt::AlignTop,
        tr("Copy: county discipline commission (纪委监委), township government"));
}

} // namespace fg::gis
