// SPDX-License-Identifier: MIT
#include "app/cli/case_text.h"

#include "core/cases/closing_rule.h"
#include "core/cases/deadline_countdown.h"
#include "gis/usecases/case_judgement.h"

namespace fg::app {

namespace {

void printFacts(const core::CaseFile &file, const gis::CaseFigures *figures, QTextStream &out)
{
    out << CaseText::tr("Case %1: %2").arg(file.id(), core::caseStatusName(file.status())) << '\n'
        << CaseText::tr("Party: %1; violation type: %2; incidents: %3")
               .arg(file.partyId(), core::violationTypeName(file.violationType()),
                   file.incidentIds().join(QStringLiteral(", ")))
        << '\n'
        << CaseText::tr("Threshold: %1; major: %2").arg(core::thresholdFlagCode(file.thresholdFlag()),
               file.isMajor() ? CaseText::tr("yes") : CaseText::tr("no"))
        << '\n';
    if (file.declaredMajor())
        out << CaseText::tr("Declared major: %1").arg(CaseText::when(file.declaredMajorAt())) << '\n';
    if (file.crimeSuspectedAt().isValid())
        out << CaseText::tr("Crime suspected: %1").arg(CaseText::when(file.crimeSuspectedAt())) << '\n';
    if (file.misconductSuspectedAt().isValid())
        out << CaseText::tr("Officials' misconduct suspected: %1").arg(CaseText::when(file.misconductSuspectedAt()))
            << '\n';
    if (figures) {
        // The verdict in the words of every list and report, with what 当事人累计 is made of.
        out << CaseText::tr("Figures: %1 (judged: %2)").arg(figures->text(), figures->verdictText()) << '\n';
        if (const QString accumulation = figures->accumulationText(); !accumulation.isEmpty())
            out << accumulation << '\n';
    }
}

void printRecords(const core::CaseFile &file, QTextStream &out)
{
    out << CaseText::tr("Timeline:") << '\n';
    for (const core::CaseStep &step : file.steps()) {
        out << "  " << CaseText::when(step.when) << "  " << core::caseActionName(step.action) << " → "
            << core::caseStatusName(step.to) << "  " << step.actor.name << " (" << step.actor.role << ")";
        if (!step.jointAcceptor.isEmpty())
            out << "  " << CaseText::tr("with %1 (Agriculture and Rural Affairs Bureau)").arg(step.jointAcceptor);
        if (!step.note.isEmpty())
            out << "  " << step.note;
        out << '\n';
    }
    for (const core::CaseTransfer &t : file.transfers())
        out << CaseText::tr("Transfer %1 to %2 on %3 by %4: %5; %6")
                   .arg(t.id, core::departmentName(t.department), CaseText::when(t.sentAt), t.sentBy.name, t.note,
                       t.replied() ? CaseText::tr("replied %1: %2").arg(CaseText::when(t.repliedAt), t.reply)
                                   : CaseText::tr("no reply yet"))
            << '\n';
    for (const core::AccountabilityRecord &r : file.accountability())
        out << CaseText::tr("Accountability: %1 — %2: %3, %4%5")
                   .arg(core::accountabilityOrganName(r.organ), r.who, r.decision, r.date.toString(Qt::ISODate),
                       r.documentNumber.isEmpty() ? QString() : CaseText::tr(" (%1)").arg(r.documentNumber))
            << '\n';
}

} // namespace

QString CaseText::when(const QDateTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

QString CaseText::stateName(core::Obligation::State state)
{
    switch (state) {
    case core::Obligation::State::Pending:
        return tr("pending");
    case core::Obligation::State::Met:
        return tr("met");
    case core::Obligation::State::MetLate:
        return tr("met late");
    case core::Obligation::State::Overdue:
        return tr("OVERDUE");
    }
    return {};
}

void CaseText::print(const core::CaseFile &file, const core::CaseWorkflow &workflow, const QDateTime &now,
    const gis::CaseFigures *figures, QTextStream &out)
{
    printFacts(file, figures, out);
    printRecords(file, out);
    out << tr("Deadlines:") << '\n';
    for (const core::Obligation &o : workflow.tracker().obligations(file)) {
        out << "  " << o.description() << ": " << tr("due %1").arg(o.dueText()) << " — " << stateName(o.stateAt(now));
        if (o.metAt.isValid())
            out << ' ' << when(o.metAt);
        out << " (" << core::DeadlineCountdown::of(o, now).text() << ')';
        out << '\n';
    }
    QStringList next;
    for (core::CaseAction action : workflow.nextActions(file))
        next << core::caseActionName(action); // `project advance` takes the name as it is printed
    out << tr("Next actions: %1").arg(next.isEmpty() ? tr("none") : next.join(QStringLiteral(", "))) << '\n';
    const QStringList unmet = core::ClosingRule::unmetConditions(file);
    if (!unmet.isEmpty() && file.status() == core::CaseStatus::Closed)
        out << tr("Closed, but the closing conditions no longer hold: %1").arg(unmet.join(QStringLiteral("; "))) << '\n';
    else if (!unmet.isEmpty() && file.status() != core::CaseStatus::Dismissed)
        out << tr("Before closing: %1").arg(unmet.join(QStringLiteral("; "))) << '\n';
}

} // namespace fg::app
