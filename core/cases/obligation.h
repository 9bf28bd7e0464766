// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/deadline_rule.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace fg::core {

/// One deadline a case is (or was) under: a rule, when its clock started, when it falls due
/// and when it was met. Produced by DeadlineTracker; a plain value.
struct Obligation
{
    Q_DECLARE_TR_FUNCTIONS(fg::core::Obligation)

public:
    /// Where an obligation stands at a given time.
    enum class State {
        Pending, ///< not met, not yet due
        Met, ///< met on time
        MetLate, ///< met after its deadline (still shown: 终身追责)
        Overdue, ///< not met and past due
    };

    QString caseId;
    DeadlineRule rule;
    QDateTime triggeredAt;
    QDateTime due;
    QDateTime metAt; ///< invalid while not met
    /// The deadline was counted across a year whose holiday notice is not published yet: only
    /// the ordinary week applied there (shown beside the date in lists and reports).
    bool ordinaryWeek = false;

    State stateAt(const QDateTime &now) const;
    /// True for Overdue and MetLate: the steps the overdue list shows.
    bool isLateAt(const QDateTime &now) const;
    /// What is owed, for people: the first action's name or "Transfer to <department>".
    QString description() const;
    /// The mark shown beside the due date of an ordinaryWeek obligation, everywhere a deadline
    /// is shown (按常规周计算（该年放假安排未发布）).
    static QString ordinaryWeekNote();
    /// The due date as shown ("yyyy-MM-dd HH:mm"), with ordinaryWeekNote() when it applies.
    QString dueText() const;
};

} // namespace fg::core
