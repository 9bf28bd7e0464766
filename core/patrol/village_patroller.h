// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QPointF>
#include <QSet>
#include <QString>

#include <optional>

namespace fg::core {

/// A village patroller (村级巡查员): walks all of one village's farmland cells every day
/// (DOMAIN.md §7 "villages patrol daily"), weekends included unless configured otherwise.
/// A plain value; thread-safe to read.
struct VillagePatroller
{
    QString name;
    QString township;
    QString village; ///< matches PatrolCell::village
    /// Where the daily round starts and ends, working CRS metres; empty = the mean of the
    /// village's cell centroids (the village centre).
    std::optional<QPointF> base;
    bool weekendsOff = false; ///< configured rest on Saturdays and Sundays
    QSet<QDate> daysOff; ///< configured days off (leave, holidays)

    bool worksOn(QDate date) const
    {
        return !daysOff.contains(date) && !(weekendsOff && date.dayOfWeek() >= 6);
    }
};

} // namespace fg::core
