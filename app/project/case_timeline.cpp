// SPDX-License-Identifier: MIT
#include "app/project/case_timeline.h"

#include "core/cases/case_file.h"
#include "core/cases/deadline_countdown.h"
#include "core/cases/deadline_tracker.h"
#include "core/cases/step_note.h"

#include <QTreeWidget>

namespace fg::app {

namespace {

QString when(const QDateTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

void paintRow(QTreeWidgetItem *item, const QColor &colour)
{
    for (int c = 0; c < item->columnCount(); ++c)
        item->setForeground(c, colour);
}

QString documentText(const QString &number, int attachments)
{
    QStringList parts;
    if (!number.isEmpty())
        parts << number;
    if (attachments > 0)
        parts << CaseTimeline::tr("%n attachment(s)", nullptr, attachments);
    return parts.join(QStringLiteral(" · "));
}

} // namespace

QStringList CaseTimeline::headers()
{
    return { tr("Step"), tr("Date"), tr("Deadline"), tr("Actor"), tr("Document no."), tr("Note") };
}

QString CaseTimeline::dueText(const QDateTime &due, const QDateTime &metAt, const QDateTime &now)
{
    if (!due.isValid())
        return {};
    // Day-based deadlines end at the day's end: the date says it all (hours-based keep the time).
    const bool endOfDay = due.time() >= QTime(23, 59);
    return tr("%1 (%2)").arg(endOfDay ? due.toString(QStringLiteral("yyyy-MM-dd")) : when(due),
        core::DeadlineCountdown::of(due, metAt, now).text());
}

void CaseTimeline::fill(QTreeWidget *tree, const core::CaseFile &file, const core::DeadlineTracker &tracker, const QDateTime &now)
{
    tree->clear();
    for (const core::CaseStep &step : file.steps()) {
        const core::StepNote note = core::StepNote::parse(step.note);
        // A step's deadline is met by the step itself: "met on time" or "met N days late".
        auto *item = new QTreeWidgetItem(tree, { core::caseActionName(step.action), when(step.when),
            dueText(step.deadline, step.when, now), step.actor.name,
            documentText(note.documentNumber, int(step.attachmentIds.size())), note.text });
        item->setToolTip(Actor, step.actor.role);
        item->setToolTip(Document, step.attachmentIds.join(QLatin1Char('\n')));
        if (step.deadline.isValid() && step.when > step.deadline)
            paintRow(item, Qt::red);
    }
    for (const core::Obligation &open : tracker.obligations(file)) {
        if (open.metAt.isValid())
            continue;
        const bool overdue = open.stateAt(now) == core::Obligation::State::Overdue;
        auto *item = new QTreeWidgetItem(tree, { overdue ? tr("Overdue: %1").arg(open.description())
                                                         : tr("Due: %1").arg(open.description()),
                                                   QString(), dueText(open.due, {}, now), QString(), QString(), QString() });
        QFont bold = item->font(Step);
        bold.setBold(true);
        item->setFont(Step, bold);
        item->setFont(Deadline, bold);
        if (overdue)
            paintRow(item, Qt::red);
    }
}

} // namespace fg::app
