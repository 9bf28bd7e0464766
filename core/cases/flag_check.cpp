// SPDX-License-Identifier: MIT
#include "core/cases/flag_check.h"

#include <QLocale>

namespace fg::core {

namespace {
int rank(ThresholdFlag flag)
{
    switch (flag) {
    case ThresholdFlag::NotAssessed:
    case ThresholdFlag::NotApplicable:
        return 0;
    case ThresholdFlag::Below:
        return 1;
    case ThresholdFlag::Reached:
        return 2;
    }
    return 0;
}
} // namespace

bool FlagCheck::lowers(ThresholdFlag from, ThresholdFlag to)
{
    return rank(to) < rank(from);
}

QStringList FlagCheck::problems(ThresholdFlag from, ThresholdFlag to, const QString &reason,
    const QList<MeasuredIncident> &incidents, const Rules &rules)
{
    QStringList problems;
    if (lowers(from, to) && reason.trimmed().isEmpty())
        problems.append(tr("the threshold flag goes down from '%1' to '%2': state the reason")
                            .arg(thresholdFlagCode(from), thresholdFlagCode(to)));
    if (to == ThresholdFlag::Reached)
        return problems;
    const QLocale c = QLocale::c();
    for (const MeasuredIncident &incident : incidents) {
        if (!incident.measured || !incident.occupation)
            continue;
        Verdict verdict = rules.judge(incident.areas);
        if (rules.cultivatedArea() == CultivatedArea::Net && !incident.areas.netKnown)
            verdict.cultivated = false;
        if (verdict.basicFarmland)
            problems.append(tr("incident %1 alone occupies %2 mu of permanent basic farmland (threshold %3 mu): the "
                               "case cannot be '%4'")
                                .arg(incident.id, c.toString(verdict.basicFarmlandMu, 'f', 2),
                                    c.toString(rules.basicFarmlandMu(), 'f', 2), thresholdFlagCode(to)));
        else if (verdict.cultivated)
            problems.append(tr("incident %1 alone occupies %2 mu of cultivated land (threshold %3 mu): the case "
                               "cannot be '%4'")
                                .arg(incident.id, c.toString(verdict.cultivatedMu, 'f', 2),
                                    c.toString(rules.cultivatedMu(), 'f', 2), thresholdFlagCode(to)));
    }
    return problems;
}

} // namespace fg::core
