// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/working_calendar.h"

#include <QPointF>
#include <QString>
#include <QStringList>

namespace fg::core {

/// A grid officer (网格员): who patrols which cells, from where, how much a day, and when.
/// A plain value; thread-safe to read.
struct Officer
{
    QString name;
    QString township;
    QStringList cellIds; ///< assigned cells (PatrolCell::id)
    QPointF base; ///< where each day's route starts and ends, working CRS metres
    int maxCellsPerDay = 0; ///< capacity in cells a day; 0 = no limit by count
    double maxKmPerDay = 0; ///< capacity in route km a day (straight legs); 0 = no limit by distance
    /// Weekends and the configured holidays off; 调休 weekend days on.
    WorkingCalendar calendar;

    bool worksOn(QDate date) const { return calendar.isWorkingDay(date); }
    bool hasCapacity() const { return maxCellsPerDay > 0 || maxKmPerDay > 0; }
};

} // namespace fg::core
