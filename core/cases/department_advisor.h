// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/department.h"
#include "core/cases/violation_type.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

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

/// Whether a case's site lies in a nature reserve (it decides whether 生态环境局 takes part in a
/// mining case). Unknown: the project has no nature-reserve layer to check against.
enum class ReserveCheck { Unknown, Inside, Outside };

/// What the advisor says about a case: the suggestions, lead first, and notes for the officer
/// (e.g. that the nature-reserve check needs a layer the project lacks).
struct DepartmentAdvice
{
    QList<DepartmentSuggestion> suggestions;
    QStringList notes;
};

/// Suggests the departments to involve in a case (DOMAIN.md §5; the table is data in the
/// .cpp). Suggestions only: the officer decides which transfers to make, and may transfer to
/// any department (transferOrder()). Pure, thread-safe.
class DepartmentAdvisor
{
    Q_DECLARE_TR_FUNCTIONS(fg::core::DepartmentAdvisor)

public:
    /// The departments the notice assigns to @p type (none for Other), lead first. Mining: the
    /// natural resources bureau; the ecology bureau joins only inside a nature reserve (forCase).
    static QList<DepartmentSuggestion> forViolation(ViolationType type);
    /// forViolation() plus what the case's facts call for: a threshold reached (纪委监委 for
    /// officials' responsibility, 公安局 to consider the criminal standard), a suspected crime
    /// (公安局, 检察院), officials' misconduct (纪委监委), court enforcement (法院), a
    /// demolition to reclaim (农业农村局 joins the acceptance), a confiscation (财政局), a mining
    /// site inside a nature reserve (市生态环境局平顺分局). Each department appears once, at its
    /// first reason; the roles of later reasons do not change it.
    static DepartmentAdvice advise(const CaseFile &file, ReserveCheck reserve = ReserveCheck::Unknown);
    /// advise(file).suggestions.
    static QList<DepartmentSuggestion> forCase(const CaseFile &file);
    /// Every department a case may be transferred to: the suggested ones first (advise() order),
    /// then all the others in declaration order. The transfer dialog's list.
    static QList<Department> transferOrder(const CaseFile &file, ReserveCheck reserve = ReserveCheck::Unknown);
    /// The departments and companies a joint-discipline notice (联合惩戒, 源头严控: no approvals,
    /// permits, licences, funds, water, power, gas or loans for illegal land use) goes to.
    static QList<Department> jointDisciplineRecipients();
};

} // namespace fg::core
