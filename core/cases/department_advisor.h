// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/department.h"
#include "core/cases/violation_type.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fg::core {

class CaseFile;

/// Whether a suggested department leads the matter or takes part in it.
enum class DepartmentRole { Lead, Involved };

/// One suggested department with the reason, translated.
struct DepartmentSuggestion
{
    Department department;
    DepartmentRole role;
    QString reason;
};

/// Suggests the departments to involve in a case (DOMAIN.md §5; the table is data in the
/// .cpp). Suggestions only: the officer decides which transfers to make. Pure, thread-safe.
class DepartmentAdvisor
{
    Q_DECLARE_TR_FUNCTIONS(fg::core::DepartmentAdvisor)

public:
    /// The departments the notice assigns to @p type (none for Other), lead first.
    static QList<DepartmentSuggestion> forViolation(ViolationType type);
    /// forViolation() plus what the case's facts call for: a suspected crime (公安局, 检察院),
    /// officials' misconduct (纪委监委), court enforcement (法院), a demolition to reclaim
    /// (农业农村局 joins the acceptance). Each department appears once, at its first reason.
    static QList<DepartmentSuggestion> forCase(const CaseFile &file);
};

} // namespace fg::core
