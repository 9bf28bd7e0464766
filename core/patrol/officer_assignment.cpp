// SPDX-License-Identifier: MIT
#include "core/patrol/officer_assignment.h"

#include <QSet>

#include <cmath>
#include <map>

namespace fg::core {

namespace {

double distance(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

} // namespace

std::vector<Officer> OfficerAssignment::defaultTeam(
    const std::vector<PatrolCell> &cells, const std::function<QString(const QString &)> &nameFor)
{
    std::map<QString, std::pair<QPointF, int>> mean;
    for (const PatrolCell &c : cells) {
        mean[c.township].first += c.centroid;
        ++mean[c.township].second;
    }
    std::vector<Officer> team;
    for (const auto &[township, m] : mean) {
        Officer o;
        o.name = nameFor(township);
        o.township = township;
        const QPointF centre = m.first / m.second;
        double best = HUGE_VAL;
        for (const PatrolCell &c : cells)
            if (c.township == township && distance(c.centroid, centre) < best) {
                best = distance(c.centroid, centre);
                o.base = c.centroid;
            }
        team.push_back(o);
    }
    return team;
}

QHash<QString, QStringList> OfficerAssignment::assign(
    const std::vector<PatrolCell> &cells, const std::vector<Officer> &officers, const QHash<QString, QStringList> &villagesOf)
{
    QSet<QString> givenVillages;
    for (auto it = villagesOf.cbegin(); it != villagesOf.cend(); ++it)
        for (const QString &village : it.value())
            givenVillages.insert(village);
    QHash<QString, QStringList> result;
    for (const PatrolCell &c : cells) {
        if (!c.village.isEmpty() && givenVillages.contains(c.village))
            continue; // patrolled by the officer the village was given to
        const Officer *nearest = nullptr;
        for (const Officer &o : officers)
            if (o.township == c.township
                && (!nearest || distance(o.base, c.centroid) < distance(nearest->base, c.centroid)))
                nearest = &o;
        if (nearest)
            result[nearest->name] << c.id;
    }
    return result;
}

} // namespace fg::core
