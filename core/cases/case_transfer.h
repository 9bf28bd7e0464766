// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/case_step.h"
#include "core/cases/department.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace fg::core {

/// A transfer (移送) of a case to another body, recorded beside the case's track.
struct CaseTransfer
{
    QString id; ///< unique within its case
    Department department = Department::PublicSecurity;
    QDateTime sentAt;
    Actor sentBy;
    QString note;
    QStringList attachmentIds;
    QString reply; ///< the receiving body's reply (empty until it answers)
    QDateTime repliedAt; ///< invalid until it answers

    bool replied() const { return repliedAt.isValid(); }
};

/// An accountability record (问责记录): who was held to account, what was decided, when.
struct AccountabilityRecord
{
    QString who; ///< the person (or body) held to account
    QString decision; ///< e.g. "警告处分", "诫勉谈话"
    QDate date;

    bool complete() const
    {
        return !who.trimmed().isEmpty() && !decision.trimmed().isEmpty() && date.isValid();
    }
};

} // namespace fg::core
