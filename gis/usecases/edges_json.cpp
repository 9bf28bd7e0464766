// SPDX-License-Identifier: MIT
#include "gis/usecases/edges_json.h"

namespace fg::gis {

QJsonObject EdgesJson::tolerance(const core::ToleranceRange &r)
{
    QJsonArray crosses;
    if (r.basicFarmlandCrosses)
        crosses.append(QStringLiteral("basic_farmland"));
    if (r.cultivatedCrosses)
        crosses.append(QStringLiteral("cultivated"));
    return { { QStringLiteral("tolerance_m"), r.toleranceM }, { QStringLiteral("measured"), r.measured },
        { QStringLiteral("basic_farmland_mu"), QJsonArray { r.basicFarmlandMinMu, r.basicFarmlandMaxMu } },
        { QStringLiteral("cultivated_mu"), QJsonArray { r.cultivatedMinMu, r.cultivatedMaxMu } },
        { QStringLiteral("crosses"), crosses }, { QStringLiteral("flips"), r.flips } };
}

QJsonObject EdgesJson::splitPlot(const SplitPlotGroup &g)
{
    const auto date = [](const QDate &d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); };
    return { { QStringLiteral("name"), g.name },
        { QStringLiteral("party"), g.party.isEmpty() ? QJsonValue() : QJsonValue(g.party) },
        { QStringLiteral("incidents"), QJsonArray::fromStringList(g.incidentIds) },
        { QStringLiteral("basic_farmland_mu"), g.verdict.basicFarmlandMu },
        { QStringLiteral("cultivated_mu"), g.verdict.cultivatedMu },
        { QStringLiteral("crosses"), QJsonArray::fromStringList(g.crosses()) }, { QStringLiteral("from"), date(g.from) },
        { QStringLiteral("to"), date(g.to) } };
}

QJsonArray EdgesJson::splitPlots(const std::vector<SplitPlotGroup> &groups)
{
    QJsonArray array;
    for (const SplitPlotGroup &g : groups)
        array.append(splitPlot(g));
    return array;
}

} // namespace fg::gis
