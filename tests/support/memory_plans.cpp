// SPDX-License-Identifier: MIT
#include "memory_plans.h"

#include <algorithm>
#include <tuple>

namespace fg::test::plans {

namespace {

QString day(QDate date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

core::PatrolPlan stored(const core::PatrolPlan &plan)
{
    core::PatrolPlan result = plan;
    std::stable_sort(result.visits.begin(), result.visits.end(), [](const auto &a, const auto &b) {
        return std::tie(a.date, a.officer, a.order) < std::tie(b.date, b.officer, b.order);
    });
    std::stable_sort(result.routes.begin(), result.routes.end(), [](const auto &a, const auto &b) {
        return std::tie(a.date, a.officer) < std::tie(b.date, b.officer);
    });
    for (core::DayRoute &route : result.routes) {
        route.cellIds.clear();
        for (const core::PlannedVisit &v : result.visits)
            if (v.date == route.date && v.officer == route.officer)
                route.cellIds << v.cellId;
    }
    std::stable_sort(
        result.villagePatrols.begin(), result.villagePatrols.end(), [](const auto &a, const auto &b) {
            return std::tie(a.date, a.village) < std::tie(b.date, b.village);
        });
    return result;
}

QJsonObject summaryJson(const core::PatrolPlan &plan, QDate keptBefore, const QJsonObject &options)
{
    return QJsonObject { { QStringLiteral("start"), day(plan.start) },
        { QStringLiteral("end"), day(plan.end) }, { QStringLiteral("kept_before"), day(keptBefore) },
        { QStringLiteral("visits"), qint64(plan.visits.size()) },
        { QStringLiteral("shortfalls"), qint64(plan.shortfalls.size()) },
        { QStringLiteral("village_patrols"), qint64(plan.villagePatrols.size()) },
        { QStringLiteral("village_shortfalls"), qint64(plan.villageShortfalls.size()) },
        { QStringLiteral("options"), options } };
}

QJsonArray shortfallsJson(const core::PatrolPlan &plan)
{
    QJsonArray result;
    for (const core::IntervalShortfall &s : plan.shortfalls)
        result.append(QJsonObject { { QStringLiteral("cell"), s.cellId },
            { QStringLiteral("officer"), s.officer }, { QStringLiteral("due_by"), day(s.dueBy) },
            { QStringLiteral("visited_on"), day(s.visitedOn) }, { QStringLiteral("reason"), s.reason } });
    for (const core::VillageShortfall &s : plan.villageShortfalls)
        result.append(QJsonObject { { QStringLiteral("village"), s.village },
            { QStringLiteral("township"), s.township }, { QStringLiteral("from"), day(s.from) },
            { QStringLiteral("to"), day(s.to) }, { QStringLiteral("reason"), s.reason } });
    return result;
}

} // namespace fg::test::plans
