// SPDX-License-Identifier: MIT
#pragma once

#include "core/rules.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace fg::core {

/// 临界 (borderline): one mark with two reasons (issue 16 item 5, DOMAIN.md §8) — the verdict
/// depends on the rules' choice of gross or net-of-田坎 cultivated area (Verdict::netBorderline),
/// or moving the boundary by the digitising tolerance could flip it (Verdict::tolerance). Pure.
class Borderline
{
    Q_DECLARE_TR_FUNCTIONS(fg::core::Borderline)

public:
    /// The range of the verdicts of the polygon shrunk (@p inner) and grown (@p outer) by
    /// @p toleranceM metres: each figure from inner to outer, which flags cross, and whether the
    /// verdict flips. measured is true.
    static ToleranceRange range(const Verdict &inner, const Verdict &outer, double toleranceM);
    /// A range that was not measured because the polygon's own area change cannot reach a
    /// threshold: the verdict's own figures at both ends, no crossing.
    static ToleranceRange unchanged(const Verdict &verdict, double toleranceM);
    /// The reasons of @p verdict's mark, in words, e.g. "gross and net of 田坎 differ (cultivated
    /// 10.02 / 9.52 mu)" and "±0.5 m moves basic farmland 4.93–5.07 mu across 5.00 mu"; empty
    /// when not borderline. @p rules gives the thresholds named.
    static QStringList reasons(const Verdict &verdict, const Rules &rules);
    /// "临界: " and the reasons joined, or empty.
    static QString text(const Verdict &verdict, const Rules &rules);
    /// The range of the figure that crosses, e.g. "4.93–5.07 mu basic farmland"; empty when none.
    static QString rangeText(const ToleranceRange &range);
};

} // namespace fg::core
