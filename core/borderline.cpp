// SPDX-License-Identifier: MIT
#include "core/borderline.h"

#include "core/units.h"

namespace fg::core {

ToleranceRange Borderline::range(const Verdict &inner, const Verdict &outer, double toleranceM)
{
    ToleranceRange r;
    r.checked = r.measured = true;
    r.toleranceM = toleranceM;
    r.basicFarmlandMinMu = inner.basicFarmlandMu;
    r.basicFarmlandMaxMu = outer.basicFarmlandMu;
    r.cultivatedMinMu = inner.cultivatedMu;
    r.cultivatedMaxMu = outer.cultivatedMu;
    r.basicFarmlandCrosses = inner.basicFarmland != outer.basicFarmland;
    r.cultivatedCrosses = inner.cultivated != outer.cultivated;
    r.flips = inner.accountability() != outer.accountability();
    return r;
}

ToleranceRange Borderline::unchanged(const Verdict &verdict, double toleranceM)
{
    ToleranceRange r = range(verdict, verdict, toleranceM);
    r.measured = false;
    return r;
}

QString Borderline::rangeText(const ToleranceRange &r)
{
    QStringList parts;
    if (r.basicFarmlandCrosses)
        parts << tr("%1–%2 mu basic farmland").arg(formatJudgedMu(r.basicFarmlandMinMu), formatJudgedMu(r.basicFarmlandMaxMu));
    if (r.cultivatedCrosses)
        parts << tr("%1–%2 mu cultivated land").arg(formatJudgedMu(r.cultivatedMinMu), formatJudgedMu(r.cultivatedMaxMu));
    return parts.join(tr(", "));
}

QStringList Borderline::reasons(const Verdict &v, const Rules &rules)
{
    QStringList reasons;
    if (!v.borderline)
        return reasons;
    if (v.netBorderline)
        reasons << tr("gross and net of 田坎 give different verdicts (cultivated land %1 / %2 mu, threshold %3 mu)")
                       .arg(formatJudgedMu(v.cultivatedGrossMu), formatJudgedMu(v.cultivatedNetMu),
                           formatJudgedMu(rules.cultivatedMu()));
    if (v.tolerance.flips)
        reasons << tr("moving the boundary by ±%1 m gives %2 (thresholds %3 and %4 mu): re-measure on site")
                       .arg(v.tolerance.toleranceM)
                       .arg(rangeText(v.tolerance), formatJudgedMu(rules.basicFarmlandMu()),
                           formatJudgedMu(rules.cultivatedMu()));
    return reasons;
}

QString Borderline::text(const Verdict &verdict, const Rules &rules)
{
    const QStringList list = reasons(verdict, rules);
    return list.isEmpty() ? QString() : tr("临界: %1").arg(list.join(tr("; ")));
}

} // namespace fg::core
