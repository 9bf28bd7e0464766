// SPDX-License-Identifier: MIT
#pragma once

#include "core/patrol/patrol_cell.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace fg::core {

/// Risk class of a cell; decides how often it must be seen.
enum class RiskClass { Normal, High };

/// Required revisit interval per risk class, in calendar days (configurable; defaults: high
/// weekly, normal monthly).
struct RevisitIntervals
{
    int highDays = 7;
    int normalDays = 30;
    int days(RiskClass riskClass) const { return riskClass == RiskClass::High ? highDays : normalDays; }
};

/// The weights and scales of the risk score, shown to users as they are. Each factor is a value
/// in [0, 1]; the score is the weighted mean, so the weights need not sum to one.
struct RiskWeights
{
    double basicFarmland = 0.30; ///< share of the cell that is basic farmland
    double incidents = 0.25; ///< recent incidents, each halved every incidentHalfLifeDays
    double patrolAge = 0.20; ///< days since the last patrol over the required interval
    double building = 0.15; ///< nearness to homesteads, roads, town land
    double openCases = 0.10; ///< open cases in or near the cell
    double incidentHalfLifeDays = 90;
    double buildingScaleM = 300; ///< nearness = exp(−distance / scale)
    /// A cell whose inherent score (everything but patrol age) reaches this is high risk.
    double highThreshold = 0.35;
};

enum class RiskFactor { BasicFarmland, Incidents, PatrolAge, Building, OpenCases };

/// One factor's part of a score: its value in [0, 1], its weighted share of the score, and a
/// sentence saying why (translated).
struct RiskReason
{
    RiskFactor factor = RiskFactor::BasicFarmland;
    double value = 0;
    double contribution = 0; ///< weight × value / Σ weights; the contributions sum to the score
    QString text;
};

/// A cell's risk on one day, with its reasons, largest contribution first.
struct RiskScore
{
    double score = 0; ///< in [0, 1]
    double inherent = 0; ///< the score without the patrol-age factor; decides the class
    RiskClass riskClass = RiskClass::Normal;
    std::vector<RiskReason> reasons;
    /// The reasons that contribute, joined with "; " (for a planned visit or a tooltip).
    QString summary() const;
};

/// Scores cells transparently: every number that goes in comes out as a reason.
/// The class is decided from the inherent score so that a fresh patrol does not demote a cell
/// and stretch its interval. Stateless apart from its settings; thread-safe.
class RiskModel
{
    Q_DECLARE_TR_FUNCTIONS(fg::core::RiskModel)

public:
    explicit RiskModel(RiskWeights weights = {}, RevisitIntervals intervals = {});

    const RiskWeights &weights() const { return m_weights; }
    const RevisitIntervals &intervals() const { return m_intervals; }

    /// The score of a cell on a date, taking lastPatrol as the last visit (null = never).
    RiskScore score(const PatrolCell &cell, QDate on) const { return score(cell, on, cell.lastPatrol); }
    /// The same with another last visit (the planner's own schedule so far).
    RiskScore score(const PatrolCell &cell, QDate on, QDate lastVisit) const;
    /// Risk class from the inherent factors only.
    RiskClass riskClass(const PatrolCell &cell, QDate on) const;
    static QString className(RiskClass riskClass);

private:
    double weightSum() const;
    std::vector<RiskReason> inherentReasons(const PatrolCell &cell, QDate on) const;
    RiskReason buildingReason(const PatrolCell &cell) const;
    static RiskClass classOf(double inherent, double threshold);

    RiskWeights m_weights;
    RevisitIntervals m_intervals;
};

} // namespace fg::core
