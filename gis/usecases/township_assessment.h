// SPDX-License-Identifier: MIT
#pragma once

#include "core/assessment/township_measure.h"
#include "core/assessment/township_target.h"
#include "core/assessment/veto_triggers.h"
#include "core/rules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <vector>

namespace fg::gis {

class ProjectStore;

/// One township's assessment (考核) for a year.
struct TownshipAssessmentRow
{
    QString township;
    /// 三调 figures inside the township and the unlawful occupation found, ellipsoidal m².
    core::TownshipLand land;
    std::optional<core::TownshipTarget> target;
    std::optional<core::TargetGap> cultivatedGap; ///< current − target; none without a target
    std::optional<core::TargetGap> basicFarmlandGap;
    QList<core::VetoTrigger> triggers; ///< fired one-vote-veto triggers
    std::vector<core::TownshipMeasure> measures; ///< taken in the year, by date
    QStringList incidents; ///< incidents whose unlawful occupation was subtracted, sorted

    bool veto() const { return !triggers.isEmpty(); }
};

/// The assessment of every township of a project for one year.
struct TownshipAssessment
{
    int year = 0;
    QDateTime asOf; ///< deadlines judged at this time (UTC)
    std::vector<TownshipAssessmentRow> townships; ///< in the township layer's order
    core::Rules rules; ///< the project's rules (thresholds, classes, assessment switches)

    const TownshipAssessmentRow *find(const QString &township) const;
    /// The machine-readable form `project assessment --format json` prints (keys fixed, English).
    QJsonObject json() const;
};

/// Computes each township's current figures: 三调 cultivated land (the rules' cultivated classes
/// of the land-use layer, DLBM) and basic farmland inside the township, each as a union (the
/// layers' overlapping parcels count once), minus the unlawful occupation found: the union of
/// the unlawful parts of the incidents that count (an occupation whose case is not dismissed nor
/// reclaimed, 复耕验收; each less the lawful cover of the approvals valid on its date for its use,
/// ApprovalCover as ProjectAnalysis takes it out) intersected with that land, so overlapping incidents count once and an incident spanning two
/// townships counts its part in each. Areas ellipsoidal (gis::AreaCalculator, the analysis's
/// code). Then the gaps to the year's targets, the one-vote-veto triggers
/// (core::VetoTriggers under the rules' "assessment" switches) and the measures of the year.
/// The use case the CLI (`project assessment`), the GUI panel and the township report share.
/// Not thread-safe (uses the store); reads every reference layer: run it off the UI thread.
class TownshipAssessmentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::TownshipAssessmentBuilder)

public:
    /// @p asOf invalid: now, or the year's last second when the year is over.
    static TownshipAssessment build(const ProjectStore &store, int year, const QDateTime &asOf = {});
    /// The year an assessment shows by default: the latest year with a target, else this year.
    static int defaultYear(const ProjectStore &store);
};

} // namespace fg::gis
