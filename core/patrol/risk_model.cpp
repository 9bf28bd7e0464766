// SPDX-License-Identifier: MIT
#include "core/patrol/risk_model.h"

#include "core/units.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace fg::core {

namespace {

double clamp01(double v)
{
    return std::clamp(v, 0.0, 1.0);
}

/// Nearness in [0, 1] of a distance; a missing distance (none within the search radius) is 0.
double nearness(const std::optional<double> &distanceM, double scaleM)
{
    if (!distanceM || scaleM <= 0)
        return 0;
    return std::exp(-std::max(0.0, *distanceM) / scaleM);
}

} // namespace

QString RiskScore::summary() const
{
    QStringList parts;
    for (const RiskReason &r : reasons)
        if (r.contribution > 0)
            parts << r.text;
    return parts.join(QStringLiteral("; "));
}

RiskModel::RiskModel(RiskWeights weights, RevisitIntervals intervals)
    : m_weights(weights)
    , m_intervals(intervals)
{
}

double RiskModel::weightSum() const
{
    const RiskWeights &w = m_weights;
    const double sum = w.basicFarmland + w.incidents + w.patrolAge + w.building + w.openCases;
    return sum > 0 ? sum : 1;
}

QString RiskModel::className(RiskClass riskClass)
{
    return riskClass == RiskClass::High ? tr("high risk") : tr("normal risk");
}

RiskClass RiskModel::classOf(double inherent, double threshold)
{
    return inherent >= threshold ? RiskClass::High : RiskClass::Normal;
}

RiskReason RiskModel::buildingReason(const PatrolCell &cell) const
{
    RiskReason r;
    r.factor = RiskFactor::Building;
    struct Kind
    {
        const std::optional<double> *distance;
        QString label;
    };
    const Kind kinds[] = { { &cell.homesteadDistanceM, tr("rural homestead") },
        { &cell.roadDistanceM, tr("road") }, { &cell.townDistanceM, tr("town land") } };
    const Kind *nearest = nullptr;
    for (const Kind &k : kinds) {
        const double v = nearness(*k.distance, m_weights.buildingScaleM);
        if (k.distance->has_value() && (!nearest || v > r.value)) {
            r.value = v;
            nearest = &k;
        }
    }
    if (!nearest)
        r.text = tr("no homestead, road or town land within the search radius");
    else if (**nearest->distance <= 0)
        r.text = tr("%1 inside the cell").arg(nearest->label);
    else
        r.text = tr("%1 %2 m away").arg(nearest->label).arg(**nearest->distance, 0, 'f', 0);
    return r;
}

std::vector<RiskReason> RiskModel::inherentReasons(const PatrolCell &cell, QDate on) const
{
    std::vector<RiskReason> reasons;
    RiskReason bf;
    bf.factor = RiskFactor::BasicFarmland;
    bf.value = cell.areaM2 > 0 ? clamp01(cell.basicFarmlandM2 / cell.areaM2) : 0;
    bf.text = tr("basic farmland %1% of the cell (%2 mu)")
                  .arg(bf.value * 100, 0, 'f', 0)
                  .arg(squareMetresToMu(cell.basicFarmlandM2), 0, 'f', 1);
    reasons.push_back(bf);

    RiskReason inc;
    inc.factor = RiskFactor::Incidents;
    double decayed = 0;
    int counted = 0;
    QDate latest;
    for (const QDate &d : cell.incidentDates) {
        if (!d.isValid() || d > on)
            continue; // an incident not yet discovered on that day cannot raise the risk
        decayed += std::exp2(-double(d.daysTo(on)) / std::max(1.0, m_weights.incidentHalfLifeDays));
        ++counted;
        latest = std::max(latest, d);
    }
    inc.value = 1 - std::exp(-decayed);
    inc.text = counted == 0 ? tr("no incidents recorded")
                            : tr("incidents: %1, latest %2 (half-life %3 days)")
                                  .arg(counted)
                                  .arg(latest.toString(Qt::ISODate))
                                  .arg(m_weights.incidentHalfLifeDays, 0, 'f', 0);
    reasons.push_back(inc);

    reasons.push_back(buildingReason(cell));

    RiskReason cases;
    cases.factor = RiskFactor::OpenCases;
    cases.value = cell.openCases > 0 ? 1 - std::exp2(-double(cell.openCases)) : 0;
    cases.text = tr("open cases in or near the cell: %1").arg(cell.openCases);
    reasons.push_back(cases);
    return reasons;
}

RiskClass RiskModel::riskClass(const PatrolCell &cell, QDate on) const
{
    return score(cell, on).riskClass;
}

RiskScore RiskModel::score(const PatrolCell &cell, QDate on, QDate lastVisit) const
{
    RiskScore s;
    s.reasons = inherentReasons(cell, on);
    const double sum = weightSum();
    for (RiskReason &r : s.reasons) {
        double w = 0;
        switch (r.factor) {
        case RiskFactor::BasicFarmland:
            w = m_weights.basicFarmland;
            break;
        case RiskFactor::Incidents:
            w = m_weights.incidents;
            break;
        case RiskFactor::Building:
            w = m_weights.building;
            break;
        case RiskFactor::OpenCases:
            w = m_weights.openCases;
            break;
        case RiskFactor::PatrolAge:
            break;
        }
        r.contribution = w * r.value / sum;
        s.inherent += r.contribution;
    }
    s.riskClass = classOf(s.inherent, m_weights.highThreshold);

    RiskReason age;
    age.factor = RiskFactor::PatrolAge;
    const int interval = std::max(1, m_intervals.days(s.riskClass));
    if (!lastVisit.isValid()) {
        age.value = 1;
        age.text = tr("never patrolled (%1: every %2 days)").arg(className(s.riskClass)).arg(interval);
    } else {
        const qint64 days = std::max<qint64>(0, lastVisit.daysTo(on));
        age.value = clamp01(double(days) / interval);
        age.text = tr("last patrolled %1 days ago (%2: every %3 days)")
                       .arg(days)
                       .arg(className(s.riskClass))
                       .arg(interval);
    }
    age.contribution = m_weights.patrolAge * age.value / sum;
    s.reasons.push_back(age);
    s.score = s.inherent + age.contribution;
    std::stable_sort(s.reasons.begin(), s.reasons.end(),
        [](const RiskReason &a, const RiskReason &b) { return a.contribution > b.contribution; });
    return s;
}

} // namespace fg::core
