// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace fg::core {

/// Which problems fire a township's one-vote veto (一票否决, DOMAIN.md §7–8). Read from the
/// rules file's "assessment" object; every key optional, the defaults below are the notice's
/// reading: its protection targets are rigid, and a threshold case must not be left lying.
///  - "veto_basic_farmland_below_target" (default true): current basic farmland below the
///    target (永久基本农田保护面积), compared on the printed 0.01 亩 figures;
///  - "veto_cultivated_below_target" (default true): the same for 耕地保有量;
///  - "veto_overdue_threshold_case" (default true): a case over a threshold (5/10 亩) not closed
///    with a step left undone past its deadline by more than "veto_overdue_grace_days"
///    (default 0 days: any overdue step);
///  - "veto_threshold_without_case" (default true): an incident over a threshold without a case.
/// Value type; thread-safe.
struct AssessmentRules
{
    Q_DECLARE_TR_FUNCTIONS(fg::core::AssessmentRules)

public:
    bool basicFarmlandBelowTarget = true;
    bool cultivatedBelowTarget = true;
    bool overdueThresholdCase = true;
    int overdueGraceDays = 0;
    bool thresholdWithoutCase = true;

    /// Reads the "assessment" object; unknown keys and wrong types throw InputError naming
    /// @p source and the key (a misspelt switch must not pass silently).
    static AssessmentRules fromJson(const QJsonValue &value, const QString &source);
    /// Every key with its value; fromJson(toJson()) gives equal rules.
    QJsonObject toJson() const;
    bool operator==(const AssessmentRules &other) const;
    bool operator!=(const AssessmentRules &other) const { return !(*this == other); }
};

} // namespace fg::core
