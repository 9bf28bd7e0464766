// SPDX-License-Identifier: MIT
#include "core/assessment/veto_triggers.h"

#include "core/cases/case_status.h"
#include "core/cases/deadline_tracker.h"
#include "core/units.h"

#include <algorithm>

namespace fg::core {

QString vetoKindCode(VetoKind kind)
{
    switch (kind) {
    case VetoKind::BasicFarmlandBelowTarget:
        return QStringLiteral("basic_farmland_below_target");
    case VetoKind::CultivatedBelowTarget:
        return QStringLiteral("cultivated_below_target");
    case VetoKind::OverdueThresholdCase:
        return QStringLiteral("overdue_threshold_case");
    case VetoKind::ThresholdWithoutCase:
        return QStringLiteral("threshold_without_case");
    }
    return QString();
}

std::optional<TargetGap> targetGap(double currentM2, const std::optional<double> &targetM2)
{
    if (!targetM2)
        return std::nullopt;
    // Judged on the printed figures, as every verdict is (DOMAIN.md §3).
    return TargetGap { currentM2 - *targetM2, roundedMu(currentM2) < roundedMu(*targetM2) };
}

QStringList VetoTriggers::overdueThresholdCases(
    const QList<CaseFile> &cases, const DeadlineTracker &tracker, const QDateTime &asOf, int graceDays)
{
    QStringList ids;
    for (const CaseFile &file : cases) {
        if (file.thresholdFlag() != ThresholdFlag::Reached || isTerminal(file.status()))
            continue;
        const QList<Obligation> late = tracker.overdue(file, asOf);
        const bool unprocessed = std::any_of(late.begin(), late.end(), [&](const Obligation &obligation) {
            return obligation.stateAt(asOf) == Obligation::State::Overdue
                && obligation.due.addDays(graceDays) < asOf;
        });
        if (unprocessed)
            ids << file.id();
    }
    ids.sort();
    return ids;
}

QList<VetoTrigger> VetoTriggers::evaluate(const TownshipLand &land,
    const std::optional<TownshipTarget> &target, const QList<CaseFile> &cases, const QStringList &unopened,
    const AssessmentRules &rules, const DeadlineTracker &tracker, const QDateTime &asOf)
{
    QList<VetoTrigger> triggers;
    const auto below
        = [&](VetoKind kind, double current, const std::optional<double> &goal, const QString &what) {
              const std::optional<TargetGap> gap = targetGap(current, goal);
              if (gap && gap->shortfall)
                  triggers << VetoTrigger { kind, {},
                      tr("%1 %2 mu is below the target %3 mu (short by %4 mu)")
                          .arg(what, formatMu(current), formatMu(*goal), formatMu(-gap->gapM2)) };
          };
    if (rules.basicFarmlandBelowTarget && target)
        below(VetoKind::BasicFarmlandBelowTarget, land.basicFarmlandCurrentM2(), target->basicFarmlandM2,
            tr("Basic farmland"));
    if (rules.cultivatedBelowTarget && target)
        below(VetoKind::CultivatedBelowTarget, land.cultivatedCurrentM2(), target->cultivatedM2,
            tr("Cultivated land"));
    if (rules.overdueThresholdCase) {
        const QStringList ids = overdueThresholdCases(cases, tracker, asOf, rules.overdueGraceDays);
        if (!ids.isEmpty())
            triggers << VetoTrigger { VetoKind::OverdueThresholdCase, ids,
                tr("Threshold case(s) left unprocessed past the deadline: %1")
                    .arg(ids.join(QStringLiteral(", "))) };
    }
    if (rules.thresholdWithoutCase && !unopened.isEmpty()) {
        QStringList ids = unopened;
        ids.sort();
        triggers << VetoTrigger { VetoKind::ThresholdWithoutCase, ids,
            tr("Incident(s) over a threshold without a case: %1").arg(ids.join(QStringLiteral(", "))) };
    }
    return triggers;
}

} // namespace fg::core
