// SPDX-License-Identifier: MIT
#pragma once

#include "core/assessment/assessment_rules.h"
#include "core/assessment/township_target.h"
#include "core/cases/case_file.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace fg::core {

class DeadlineTracker;

/// A township's land as the assessment counts it, in m² (ellipsoidal): the 三调 figure inside
/// the township and the part of it the unlawful occupation found takes (union of the
/// incidents, overlaps once). current = baseline − occupied.
struct TownshipLand
{
    double cultivatedBaselineM2 = 0;
    double cultivatedOccupiedM2 = 0;
    double basicFarmlandBaselineM2 = 0;
    double basicFarmlandOccupiedM2 = 0;

    double cultivatedCurrentM2() const { return cultivatedBaselineM2 - cultivatedOccupiedM2; }
    double basicFarmlandCurrentM2() const { return basicFarmlandBaselineM2 - basicFarmlandOccupiedM2; }
};

/// What fires a one-vote veto (一票否决).
enum class VetoKind {
    BasicFarmlandBelowTarget,
    CultivatedBelowTarget,
    OverdueThresholdCase,
    ThresholdWithoutCase,
};

/// Stable code ("basic_farmland_below_target" …) for JSON; never translated.
QString vetoKindCode(VetoKind kind);

/// One fired trigger with the records behind it and the words every output prints.
struct VetoTrigger
{
    VetoKind kind = VetoKind::BasicFarmlandBelowTarget;
    QStringList records; ///< case numbers (or incident ids for ThresholdWithoutCase), sorted
    QString text; ///< translated, naming the figures or the records
};

/// The gap of a current figure to its target in m² (negative: short of it), or nothing when
/// there is no target. Short means the printed 0.01 亩 figures differ (core::roundedMu), so a
/// report never shows a gap of "0.00 亩" in red.
struct TargetGap
{
    double gapM2 = 0;
    bool shortfall = false;
};
std::optional<TargetGap> targetGap(double currentM2, const std::optional<double> &targetM2);

/// Decides a township's one-vote-veto triggers (DOMAIN.md §7–8) under AssessmentRules. Pure and
/// thread-safe.
class VetoTriggers
{
    Q_DECLARE_TR_FUNCTIONS(fg::core::VetoTriggers)

public:
    /// @p cases: the township's cases; @p unopened: ids of its incidents over a threshold that
    /// have no case; @p asOf: when deadlines are judged. Triggers in VetoKind order; the rules
    /// switch each kind off.
    static QList<VetoTrigger> evaluate(const TownshipLand &land, const std::optional<TownshipTarget> &target,
        const QList<CaseFile> &cases, const QStringList &unopened, const AssessmentRules &rules,
        const DeadlineTracker &tracker, const QDateTime &asOf);
    /// Cases over a threshold (recorded flag Reached), not closed or dismissed, with an
    /// obligation unmet more than @p graceDays past its deadline at @p asOf; sorted ids.
    static QStringList overdueThresholdCases(
        const QList<CaseFile> &cases, const DeadlineTracker &tracker, const QDateTime &asOf, int graceDays);
};

} // namespace fg::core
