// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/case_file.h"
#include "core/cases/case_workflow.h"

#include <QDateTime>
#include <catch2/catch.hpp>

namespace fg::core::test {

/// A time in UTC so that no test depends on the machine's time zone.
inline QDateTime at(int year, int month, int day, int hour = 9, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

inline Actor officer()
{
    return { QStringLiteral("王建国"), QStringLiteral("township land officer") };
}

/// A complete step: dated, signed, and for a decision, demolition unless @p penalties says otherwise.
inline CaseStep makeStep(
    CaseAction action, const QDateTime &when, QList<Penalty> penalties = { Penalty::Demolish })
{
    CaseStep step;
    step.action = action;
    step.when = when;
    step.actor = officer();
    step.note = QStringLiteral("on site");
    step.attachmentIds = { QStringLiteral("photo-1") };
    if (action == CaseAction::Decide)
        step.penalties = std::move(penalties);
    if (action == CaseAction::AcceptReclamation)
        step.jointAcceptor = QStringLiteral("李农技"); // 农业农村局 accepts with the bureau
    return step;
}

inline CaseFile openCase(const QDateTime &when, const QString &id = QStringLiteral("C-001"))
{
    CaseFile file(id, makeStep(CaseAction::RecordClue, when));
    file.setThresholdFlag(ThresholdFlag::Below);
    return file;
}

/// Applies @p actions one day apart after the case's last step; each must be accepted.
inline void drive(const CaseWorkflow &workflow, CaseFile &file, const QList<CaseAction> &actions,
    QList<Penalty> penalties = { Penalty::Demolish })
{
    for (CaseAction action : actions) {
        const QDateTime when = file.steps().last().when.addDays(1);
        const TransitionResult result = workflow.apply(file, makeStep(action, when, penalties));
        INFO(caseActionCode(action).toStdString() << ": " << result.message().toStdString());
        REQUIRE(result.accepted);
    }
}

} // namespace fg::core::test
