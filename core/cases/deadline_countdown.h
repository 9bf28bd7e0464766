// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/obligation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace fg::core {

/// How far a deadline is from a moment, for people: "剩余 N 天", "今天到期", "超期 N 天", or for
/// a met deadline "按期完成" / "逾期 N 天完成". Days are calendar days between the dates (a
/// deadline due today but passed by hours is overdue by hours). The deadline itself comes from
/// DeadlineTracker (working calendar and rules); this only measures the distance. A plain value.
struct DeadlineCountdown
{
    Q_DECLARE_TR_FUNCTIONS(fg::core::DeadlineCountdown)

public:
    enum class Kind {
        Left, ///< not met, due in `days` days (≥ 1)
        DueToday, ///< not met, due later today
        Overdue, ///< not met, past due by `days` days (or `hours` when less than a day)
        Met, ///< met on time
        MetLate, ///< met `days` days (or `hours`) after it was due
    };

    Kind kind = Kind::Left;
    int days = 0;
    int hours = 0;

    /// The distance of @p due at @p now, or of its meeting when @p metAt is valid.
    static DeadlineCountdown of(const QDateTime &due, const QDateTime &metAt, const QDateTime &now);
    static DeadlineCountdown of(const Obligation &obligation, const QDateTime &now);

    bool isLate() const { return kind == Kind::Overdue || kind == Kind::MetLate; }
    /// "%n day(s) left", "due today", "%n day(s) overdue", "met on time", "met %n day(s) late".
    QString text() const;
};

/// The open (not met) obligation of @p obligations due first, if any: the one a case's list row
/// and panel header count down to.
std::optional<Obligation> firstOpenObligation(const QList<Obligation> &obligations);

} // namespace fg::core
