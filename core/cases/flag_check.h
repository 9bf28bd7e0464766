// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/case_file.h"
#include "core/rules.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace fg::core {

/// One incident of a case with its stored figures (m², by the method it was measured with).
struct MeasuredIncident
{
    QString id;
    bool measured = false;
    OccupiedAreas areas;
    bool occupation = true; ///< false for a non-occupation matter (非粮化, 撂荒): no threshold applies
};

/// The store's own guard on a case's threshold flag (DOMAIN.md §3, "既处理事、又处理人"): what
/// holds whatever else a caller judged. A flag may go down (reached → below or not assessed,
/// below → not assessed) only with a stated reason, and a case one of whose incidents alone
/// reaches a threshold under @p rules can be neither below, not assessed nor not applicable (a
/// non-occupation incident never counts; under the net-of-田坎 rule a stored figure without its
/// net part — measured without KCXS, or stored before schema 8 — judges basic farmland alone,
/// since its gross figure is not what the rule compares). The use cases
/// judge more (a party's accumulated total, several incidents together); this is the floor no
/// path goes under. Pure and thread-safe.
class FlagCheck
{
    Q_DECLARE_TR_FUNCTIONS(fg::core::FlagCheck)

public:
    /// True when @p to is lower than @p from (not assessed, not applicable < below < reached).
    static bool lowers(ThresholdFlag from, ThresholdFlag to);
    /// Why the change is refused, as sentences; empty when it may be stored.
    static QStringList problems(ThresholdFlag from, ThresholdFlag to, const QString &reason,
        const QList<MeasuredIncident> &incidents, const Rules &rules);
};

} // namespace fg::core
