// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/accountability_record.h"
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

} // namespace fg::core
