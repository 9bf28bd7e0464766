// SPDX-License-Identifier: MIT
#pragma once

#include "core/patrol/risk_model.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace fg::core {

/// One stop of an officer's day, in route order, with why it is there.
struct PlannedVisit
{
    QDate date;
    QString officer;
    QString cellId;
    int order = 0; ///< 1-based position in the day's route
    double legM = 0; ///< straight distance from the previous stop (or the base), metres
    double riskScore = 0; ///< risk on the day, [0, 1]
    RiskClass riskClass = RiskClass::Normal;
    QDate dueBy; ///< the last day the required interval allows for this visit
    bool required = false; ///< needed now to keep this or another cell's interval
    QString reason; ///< why: the interval and the risk reasons (translated)
};

/// A cell whose required interval the plan does not keep, and why.
struct IntervalShortfall
{
    QString cellId;
    QString officer;
    QDate dueBy; ///< the day by which it had to be visited
    QDate visitedOn; ///< the late visit; null when not visited in the plan at all
    QString reason; ///< capacity, reach or calendar, in words (translated)
};

/// One officer's working day: the route order of its cells and its closed length.
struct DayRoute
{
    QDate date;
    QString officer;
    QStringList cellIds; ///< in route order
    double lengthM = 0; ///< base → cells → base, straight legs, metres
};

/// One village's daily patrol (行政村日常巡查) on one day: its patroller walks every farmland cell
/// of the village, in route order from the village base.
struct VillagePatrol
{
    QDate date;
    QString village;
    QString township;
    QString patroller;
    QStringList cellIds; ///< every cell of the village, in route order
    double lengthM = 0; ///< base → cells → base, straight legs, metres
    QString reason; ///< why: the daily duty and the riskiest cell of the day (translated)
};

/// Days on which a village has no daily patrol in the plan, and why (no patroller: "无村级巡查员",
/// or the patroller's configured day off).
struct VillageShortfall
{
    QString village;
    QString township;
    QDate from; ///< first day without a patrol
    QDate to; ///< last day without a patrol (inclusive)
    QString reason; ///< translated
};

/// A plan for a date range: the visits, and the honest list of what it cannot do.
struct PatrolPlan
{
    QDate start;
    QDate end; ///< inclusive
    std::vector<PlannedVisit> visits; ///< by date, officer, order
    std::vector<DayRoute> routes; ///< by date, officer; days with visits only
    std::vector<IntervalShortfall> shortfalls; ///< by due date, cell
    QStringList unassignedCells; ///< cells no officer patrols (never planned)
    /// Each village's daily patrol: one per village with a patroller and day it works; by date, village.
    std::vector<VillagePatrol> villagePatrols;
    /// The villages' days without a daily patrol; by village, from.
    std::vector<VillageShortfall> villageShortfalls;

    /// The visits of one officer on one day, in route order.
    std::vector<PlannedVisit> day(const QString &officer, QDate date) const;
};

} // namespace fg::core
