// SPDX-License-Identifier: MIT
#include "gis/usecases/case_figures.h"

#include "gis/store/project_store.h"
#include "gis/usecases/incident_measurer.h"
#include "gis/usecases/project_rules.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <map>

namespace fg::gis {

namespace {

const QString kIdField = QStringLiteral("incident_id");
const QString kGroupField = QStringLiteral("judged_group");

QString caseGroup(const QString &caseId)
{
    return QStringLiteral("case:") + caseId;
}

QString partyGroup(const QString &party)
{
    return QStringLiteral("party:") + party;
}

core::OccupiedAreas storedAreas(const IncidentMeasures &m)
{
    return { m.basicFarmlandM2, m.cultivatedM2, m.cultivatedOutsideBasicFarmlandM2 };
}

QJsonObject verdictJson(const core::Verdict &v)
{
    return QJsonObject { { QStringLiteral("basic_farmland_mu"), v.basicFarmlandMu },
        { QStringLiteral("cultivated_mu"), v.cultivatedMu }, { QStringLiteral("basic_farmland"), v.basicFarmland },
        { QStringLiteral("cultivated"), v.cultivated } };
}

/// Each group (several incidents whose union is judged) measured in one overlay run: the
/// incidents' geometries as a layer whose "party" is the group, so an incident in two groups
/// (its case's and its party's) appears twice.
QHash<QString, core::Verdict> measureGroups(const ProjectStore &store, const QMap<QString, QStringList> &groups,
    const QHash<QString, qint64> &fids)
{
    QHash<QString, core::Verdict> verdicts;
    if (groups.isEmpty())
        return verdicts;
    FeatureQuery wanted;
    for (const QStringList &ids : groups)
        for (const QString &id : ids)
            wanted.fids.push_back(fids.value(id));
    std::map<QString, GeosGeometryPtr> geometries;
    for (IncidentRecord &record : store.incidents(true, wanted))
        if (record.geometry)
            geometries.emplace(record.id, std::move(record.geometry));
    VectorLayer layer;
    layer.name = QStringLiteral("incidents");
    layer.sourcePath = store.info().location;
    layer.geometryKind = GeometryKind::Polygon;
    layer.fields = { { kIdField, FieldType::Text }, { kGroupField, FieldType::Text } };
    qint64 row = 0;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        for (const QString &id : it.value())
            if (const auto found = geometries.find(id); found != geometries.end())
                layer.addFeature(++row, { id, it.key() }, cloneGeometry(found->second.get()));
    if (layer.featureCount() == 0)
        return verdicts;
    const IncidentMeasurer measurer(store, IncidentMeasurer::near(layer));
    for (const PartyResult &group : measurer.measureLayer(layer, kIdField, kGroupField).report.parties)
        verdicts.insert(group.party, group.verdict);
    return verdicts;
}

} // namespace

core::ThresholdFlag CaseFigures::flag() const
{
    if (!measured)
        return core::ThresholdFlag::NotAssessed;
    const bool reached = own.accountability() || (accumulates && partyTotal.accountability());
    return reached ? core::ThresholdFlag::Reached : core::ThresholdFlag::Below;
}

QJsonObject CaseFigures::json() const
{
    QJsonObject object { { QStringLiteral("incidents"), QJsonArray::fromStringList(incidentIds) },
        { QStringLiteral("measured"), measured }, { QStringLiteral("reading"), core::readingName(reading) },
        { QStringLiteral("open_to_accumulation"), openToAccumulation },
        { QStringLiteral("thresholds_mu"),
            QJsonArray { basicFarmlandThresholdMu, cultivatedThresholdMu } } };
    if (measured)
        object.insert(QStringLiteral("own"), verdictJson(own));
    if (accumulates) {
        QJsonObject total = verdictJson(partyTotal);
        total.insert(QStringLiteral("party"), party);
        total.insert(QStringLiteral("incidents"), QJsonArray::fromStringList(partyIncidentIds));
        object.insert(QStringLiteral("party"), total);
    }
    return object;
}

QString CaseFigures::text() const
{
    if (!measured)
        return tr("not every incident of the case is measured");
    const QLocale c = QLocale::c();
    const auto mu = [&c](double value) { return c.toString(value, 'f', 2); };
    QString text = tr("%1 mu basic farmland, %2 mu cultivated land (%3)")
                       .arg(mu(own.basicFarmlandMu), mu(own.cultivatedMu), incidentIds.join(QStringLiteral(", ")));
    if (accumulates)
        text += tr("; accumulated with the party's %1: %2 mu basic farmland, %3 mu cultivated land")
                    .arg(partyIncidentIds.join(QStringLiteral(", ")), mu(partyTotal.basicFarmlandMu),
                        mu(partyTotal.cultivatedMu));
    return text + tr("; thresholds %1 and %2 mu").arg(mu(basicFarmlandThresholdMu), mu(cultivatedThresholdMu));
}

std::vector<CaseFigures> CaseJudge::judge(
    const ProjectStore &store, const QList<core::CaseFile> &cases, const CaseJudgeOptions &options)
{
    const core::Rules rules = ProjectRules::read(store);
    QHash<QString, IncidentMeasures> measures;
    QHash<QString, qint64> fids;
    for (const IncidentRecord &record : store.incidents()) {
        measures.insert(record.id, record.measures);
        fids.insert(record.id, record.fid);
    }
    const core::AccumulationSelection selection = core::AccumulationSelector::select(store.partyIncidents(), options.policy);
    std::vector<CaseFigures> result;
    QMap<QString, QStringList> groups;
    for (const core::CaseFile &file : cases) {
        CaseFigures f;
        f.caseId = file.id();
        f.incidentIds = file.incidentIds();
        f.party = file.partyId();
        f.reading = rules.reading();
        f.basicFarmlandThresholdMu = rules.basicFarmlandMu();
        f.cultivatedThresholdMu = rules.cultivatedMu();
        f.measured = !f.incidentIds.isEmpty();
        for (const QString &id : f.incidentIds)
            f.measured = f.measured && measures.contains(id) && measures.value(id).measured;
        if (f.measured && f.incidentIds.size() == 1)
            f.own = rules.judge(storedAreas(measures.value(f.incidentIds.first())));
        else if (f.measured)
            groups.insert(caseGroup(f.caseId), f.incidentIds);
        const QStringList accumulating = selection.byParty.value(f.party);
        const bool others = std::any_of(accumulating.begin(), accumulating.end(),
            [&f](const QString &id) { return !f.incidentIds.contains(id); });
        f.openToAccumulation = core::AccumulationSelector::accumulates(file.status(), options.policy);
        f.accumulates = !f.party.isEmpty() && others && f.openToAccumulation;
        if (f.accumulates) {
            f.partyIncidentIds = accumulating;
            for (const QString &id : f.incidentIds)
                if (!f.partyIncidentIds.contains(id))
                    f.partyIncidentIds.append(id);
            groups.insert(partyGroup(f.party), f.partyIncidentIds);
        }
        result.push_back(f);
    }
    const QHash<QString, core::Verdict> measured = measureGroups(store, groups, fids);
    for (CaseFigures &f : result) {
        if (f.measured && f.incidentIds.size() > 1)
            f.own = measured.value(caseGroup(f.caseId));
        if (f.accumulates)
            f.partyTotal = measured.value(partyGroup(f.party));
    }
    return result;
}

CaseFigures CaseJudge::judge(const ProjectStore &store, const core::CaseFile &file, const CaseJudgeOptions &options)
{
    return judge(store, QList<core::CaseFile> { file }, options).front();
}

} // namespace fg::gis
