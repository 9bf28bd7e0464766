// SPDX-License-Identifier: MIT
#include "core/cases/closing_rule.h"

#include "core/cases/case_file.h"

#include <algorithm>

namespace fg::core {

namespace {
QString transferReason(Department department)
{
    switch (department) {
    case Department::PublicSecurity:
        return ClosingRule::tr("a crime is suspected");
    case Department::DisciplineInspection:
        return ClosingRule::tr("officials' misconduct is suspected");
    case Department::Court:
        return ClosingRule::tr("execution was forced through the court");
    default:
        return {};
    }
}
} // namespace

QList<Department> ClosingRule::requiredTransfers(const CaseFile &file)
{
    QList<Department> required;
    if (file.crimeSuspectedAt().isValid())
        required.append(Department::PublicSecurity);
    if (file.misconductSuspectedAt().isValid())
        required.append(Department::DisciplineInspection);
    if (file.courtEnforced())
        required.append(Department::Court);
    return required;
}

QStringList ClosingRule::unmetConditions(const CaseFile &file)
{
    QStringList unmet;
    if (file.thresholdFlag() == ThresholdFlag::NotAssessed)
        unmet.append(tr("the occupied area has not been assessed against the accountability thresholds"));
    const auto &records = file.accountability();
    const bool accounted = std::any_of(
        records.begin(), records.end(), [](const AccountabilityRecord &record) { return record.complete(); });
    if (file.thresholdFlag() == ThresholdFlag::Reached && !accounted)
        unmet.append(tr("the case reaches an accountability threshold and has no accountability record"));
    for (Department department : requiredTransfers(file)) {
        if (!file.hasTransferTo(department))
            unmet.append(tr("no transfer to %1 although %2")
                             .arg(departmentName(department), transferReason(department)));
    }
    return unmet;
}

} // namespace fg::core
