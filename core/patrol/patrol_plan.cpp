// SPDX-License-Identifier: MIT
#include "core/patrol/patrol_plan.h"

#include <algorithm>

namespace fg::core {

std::vector<PlannedVisit> PatrolPlan::day(const QString &officer, QDate date) const
{
    std::vector<PlannedVisit> result;
    for (const PlannedVisit &v : visits)
        if (v.officer == officer && v.date == date)
            result.push_back(v);
    std::stable_sort(result.begin(), result.end(),
        [](const PlannedVisit &a, const PlannedVisit &b) { return a.order < b.order; });
    return result;
}

} // namespace fg::core
