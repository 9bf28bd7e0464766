// SPDX-License-Identifier: MIT
#include "gis/usecases/township_assessment.h"

#include "core/cases/deadline_tracker.h"
#include "core/cases/violation_type.h"
#include "core/units.h"
#include "gis/analysis/land_inside.h"
#include "gis/analysis/robust_overlay.h"
#include "gis/geometry/area_calculator.h"
#include "gis/io/vector_layer.h"
#include "gis/store/assessment_records.h"
#include "gis/store/project_store.h"
#include "gis/store/project_tables.h"
#include "gis/usecases/approval_cover.h"
#include "gis/usecases/project_rules.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <functional>

namespace fg::gis {

namespace {

/// The land layers and the incidents that count, read once for every township.
struct AssessmentInputs
{
    VectorLayer townships;
    VectorLayer landUse;
    VectorLayer basicFarmland;
    std::vector<IncidentRecord> incidents; ///< with geometry
    std::vector<bool> counts; ///< per incident: its occupation is subtracted
    /// Per incident: its unlawful part, the polygon less the lawful cover of the approvals valid
    /// on its date for its use (ApprovalCover, as the analysis takes it out); null when it does
    /// not count or the approvals cover all of it.
    std::vector<GeosGeometryPtr> unlawful;
    QHash<QString, const core::CaseFile *> caseOf;
    QList<core::CaseFile> cases;
};

GeosGeometryPtr unionOf(std::vector<GeosGeometryPtr> pieces)
{
    bool snapped = false;
    return robust::unionOf(std::move(pieces), &snapped);
}

/// The township's polygon: its features of the boundary layer (XZQMC) together.
GeosGeometryPtr townshipShape(const VectorLayer &townships, const QString &name)
{
    const int field = townships.fieldIndex(QStringLiteral("XZQMC"));
    std::vector<GeosGeometryPtr> parts;
    for (int row = 0; field >= 0 && row < townships.featureCount(); ++row)
        if (townships.value(row, field).toString().trimmed() == name && townships.geometry(row))
            parts.push_back(cloneGeometry(townships.geometry(row)));
    return unionOf(std::move(parts));
}

/// The union of the layer's parcels (those @p keep accepts) clipped to @p shape.
GeosGeometryPtr layerInside(
    const VectorLayer &layer, const GEOSGeometry *shape, const std::function<bool(int)> &keep)
{
    std::vector<const GEOSGeometry *> parcels;
    for (int row : layer.query(shape))
        if (keep(row))
            parcels.push_back(layer.geometry(row));
    return landInside(parcels, shape);
}

/// An incident's occupation is subtracted unless it is no occupation (非粮化, 撂荒) or its case
/// was found untrue (不属实) or the land was given back (复耕验收 passed).
bool counts(const IncidentRecord &incident, const core::CaseFile *file)
{
    if (!incident.geometry || !core::isOccupation(incident.violationType))
        return false;
    if (!file)
        return true;
    return file->status() != core::CaseStatus::Dismissed
        && !file->enteredAt(core::CaseStatus::Reclaimed).isValid();
}

/// The part of @p incident no approval makes lawful; null when approvals cover all of it.
GeosGeometryPtr unlawfulPart(const ApprovalCover &approvals, const IncidentRecord &incident)
{
    const GEOSGeometry *polygon = incident.geometry.get();
    const IncidentCover cover = approvals.coverFor(polygon, incident.violationType, incident.discoveryDate);
    bool snapped = false; // a null cover leaves the whole polygon
    GeosGeometryPtr rest = robust::difference(polygon, cover.cover.get(), &snapped);
    if (!rest || GEOSisEmpty_r(geosContext(), rest.get()) == 1)
        return nullptr;
    return rest;
}

AssessmentInputs readInputs(const ProjectStore &store)
{
    AssessmentInputs in;
    in.townships = store.readReference(QString::fromLatin1(ProjectTables::kTownships));
    in.landUse = store.readReference(QString::fromLatin1(ProjectTables::kLandUse));
    in.basicFarmland = store.readReference(QString::fromLatin1(ProjectTables::kBasicFarmland));
    in.cases = store.cases();
    for (const core::CaseFile &file : in.cases)
        for (const QString &id : file.incidentIds())
            in.caseOf.insert(id, &file);
    in.incidents = store.incidents(true);
    const ApprovalCover approvals = ApprovalCover::read(store);
    for (const IncidentRecord &incident : in.incidents) {
        in.counts.push_back(counts(incident, in.caseOf.value(incident.id)));
        in.unlawful.push_back(in.counts.back() ? unlawfulPart(approvals, incident) : nullptr);
    }
    return in;
}

/// The land figures of one township and the incidents that took part of it.
core::TownshipLand measureLand(const AssessmentInputs &in, const GEOSGeometry *shape,
    const core::Rules &rules, const AreaCalculator &areas, QStringList *incidents)
{
    const int classField = in.landUse.fieldIndex(QStringLiteral("DLBM"));
    const GeosGeometryPtr cultivated = layerInside(in.landUse, shape, [&](int row) {
        return classField >= 0 && rules.isCultivatedClass(in.landUse.value(row, classField).toString());
    });
    const GeosGeometryPtr basic = layerInside(in.basicFarmland, shape, [](int) { return true; });
    std::vector<GeosGeometryPtr> taken;
    const GeosPreparedPtr prepared(GEOSPrepare_r(geosContext(), shape));
    for (size_t k = 0; k < in.incidents.size(); ++k) {
        const GEOSGeometry *geometry = in.unlawful[k].get();
        if (!geometry || GEOSPreparedIntersects_r(geosContext(), prepared.get(), geometry) != 1)
            continue;
        taken.push_back(cloneGeometry(geometry));
        *incidents << in.incidents[k].id;
    }
    incidents->sort();
    const GeosGeometryPtr occupation = unionOf(std::move(taken));
    const auto area = [&](const GEOSGeometry *g) { return g ? areas.area(g, AreaMethod::Ellipsoidal) : 0.0; };
    const auto occupied = [&](const GEOSGeometry *land) {
        bool snapped = false;
        return land && occupation ? area(robust::intersection(land, occupation.get(), &snapped).get()) : 0.0;
    };
    core::TownshipLand land;
    land.cultivatedBaselineM2 = area(cultivated.get());
    land.cultivatedOccupiedM2 = occupied(cultivated.get());
    land.basicFarmlandBaselineM2 = area(basic.get());
    land.basicFarmlandOccupiedM2 = occupied(basic.get());
    return land;
}

/// The township's cases (by their first incident's township, as the township report counts
/// them) and its incidents over a threshold without a case.
void townshipCases(
    const AssessmentInputs &in, const QString &township, QList<core::CaseFile> *cases, QStringList *unopened)
{
    QHash<QString, QString> townshipOf;
    for (const IncidentRecord &incident : in.incidents) {
        townshipOf.insert(incident.id, incident.township);
        if (incident.township == township && incident.measures.measured && incident.measures.accountability
            && !in.caseOf.contains(incident.id))
            *unopened << incident.id;
    }
    for (const core::CaseFile &file : in.cases)
        if (!file.incidentIds().isEmpty() && townshipOf.value(file.incidentIds().first()) == township)
            *cases << file;
}

QDateTime defaultAsOf(int year)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime yearEnd(QDate(year, 12, 31), QTime(23, 59, 59), Qt::UTC);
    return std::min(now, yearEnd);
}

QJsonObject landJson(double baselineM2, double occupiedM2, const std::optional<double> &targetM2,
    const std::optional<core::TargetGap> &gap)
{
    const double current = baselineM2 - occupiedM2;
    QJsonObject o { { QStringLiteral("baseline_m2"), baselineM2 },
        { QStringLiteral("occupied_m2"), occupiedM2 }, { QStringLiteral("current_m2"), current },
        { QStringLiteral("current_mu"), core::roundedMu(current) },
        { QStringLiteral("target_m2"), targetM2 ? QJsonValue(*targetM2) : QJsonValue() },
        { QStringLiteral("target_mu"), targetM2 ? QJsonValue(core::roundedMu(*targetM2)) : QJsonValue() },
        { QStringLiteral("gap_m2"), gap ? QJsonValue(gap->gapM2) : QJsonValue() },
        { QStringLiteral("gap_mu"),
            gap ? QJsonValue(core::roundedMu(current) - core::roundedMu(*targetM2)) : QJsonValue() },
        { QStringLiteral("short"), gap ? QJsonValue(gap->shortfall) : QJsonValue() } };
    return o;
}

QJsonObject rowJson(const TownshipAssessmentRow &row)
{
    QJsonArray triggers;
    for (const core::VetoTrigger &t : row.triggers)
        triggers.append(QJsonObject { { QStringLiteral("kind"), core::vetoKindCode(t.kind) },
            { QStringLiteral("records"), QJsonArray::fromStringList(t.records) },
            { QStringLiteral("text"), t.text } });
    QJsonArray measures;
    for (const core::TownshipMeasure &m : row.measures)
        measures.append(QJsonObject { { QStringLiteral("id"), m.id },
            { QStringLiteral("kind"), core::measureKindCode(m.kind) },
            { QStringLiteral("term"), core::measureKindTerm(m.kind) },
            { QStringLiteral("date"), m.date.toString(Qt::ISODate) },
            { QStringLiteral("issued_by"), m.issuedBy }, { QStringLiteral("document_no"), m.documentNo },
            { QStringLiteral("note"), m.note } });
    const std::optional<double> noTarget;
    return { { QStringLiteral("township"), row.township },
        { QStringLiteral("cultivated"),
            landJson(row.land.cultivatedBaselineM2, row.land.cultivatedOccupiedM2,
                row.target ? row.target->cultivatedM2 : noTarget, row.cultivatedGap) },
        { QStringLiteral("basic_farmland"),
            landJson(row.land.basicFarmlandBaselineM2, row.land.basicFarmlandOccupiedM2,
                row.target ? row.target->basicFarmlandM2 : noTarget, row.basicFarmlandGap) },
        { QStringLiteral("target_unit"),
            row.target ? QJsonValue(QString::fromLatin1(core::targetUnitCode(row.target->unit)))
                       : QJsonValue() },
        { QStringLiteral("veto"), row.veto() }, { QStringLiteral("triggers"), triggers },
        { QStringLiteral("measures"), measures },
        { QStringLiteral("incidents"), QJsonArray::fromStringList(row.incidents) } };
}

} // namespace

const TownshipAssessmentRow *TownshipAssessment::find(const QString &township) const
{
    for (const TownshipAssessmentRow &row : townships)
        if (row.township == township)
            return &row;
    return nullptr;
}

QJsonObject TownshipAssessment::json() const
{
    QJsonArray rows;
    for (const TownshipAssessmentRow &row : townships)
        rows.append(rowJson(row));
    return { { QStringLiteral("year"), year },
        { QStringLiteral("as_of"), asOf.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("method"), QStringLiteral("ellipsoidal") },
        { QStringLiteral("assessment_rules"), rules.assessment().toJson() },
        { QStringLiteral("townships"), rows } };
}

int TownshipAssessmentBuilder::defaultYear(const ProjectStore &store)
{
    const std::vector<core::TownshipTarget> targets = store.assessment().targets();
    return targets.empty() ? QDate::currentDate().year() : targets.back().year;
}

TownshipAssessment TownshipAssessmentBuilder::build(
    const ProjectStore &store, int year, const QDateTime &asOf)
{
    TownshipAssessment result;
    result.year = year;
    result.asOf = asOf.isValid() ? asOf.toUTC() : defaultAsOf(year);
    result.rules = ProjectRules::read(store);
    const AssessmentInputs in = readInputs(store);
    const AreaCalculator areas(store.info().workingEpsg);
    const core::DeadlineTracker tracker;
    const std::vector<core::TownshipTarget> targets = store.assessment().targets(year);
    const std::vector<core::TownshipMeasure> measures = store.assessment().measures();
    const int nameField = in.townships.fieldIndex(QStringLiteral("XZQMC"));
    for (int row = 0; nameField >= 0 && row < in.townships.featureCount(); ++row) {
        const QString name = in.townships.value(row, nameField).toString().trimmed();
        if (name.isEmpty() || result.find(name))
            continue;
        TownshipAssessmentRow r;
        r.township = name;
        const GeosGeometryPtr shape = townshipShape(in.townships, name);
        if (shape)
            r.land = measureLand(in, shape.get(), result.rules, areas, &r.incidents);
        for (const core::TownshipTarget &t : targets)
            if (t.township == name)
                r.target = t;
        if (r.target) {
            r.cultivatedGap = core::targetGap(r.land.cultivatedCurrentM2(), r.target->cultivatedM2);
            r.basicFarmlandGap = core::targetGap(r.land.basicFarmlandCurrentM2(), r.target->basicFarmlandM2);
        }
        QList<core::CaseFile> cases;
        QStringList unopened;
        townshipCases(in, name, &cases, &unopened);
        r.triggers = core::VetoTriggers::evaluate(
            r.land, r.target, cases, unopened, result.rules.assessment(), tracker, result.asOf);
        for (const core::TownshipMeasure &m : measures)
            if (m.township == name && m.date.year() == year)
                r.measures.push_back(m);
        std::stable_sort(r.measures.begin(), r.measures.end(),
            [](const core::TownshipMeasure &a, const core::TownshipMeasure &b) { return a.date < b.date; });
        result.townships.push_back(std::move(r));
    }
    return result;
}

} // namespace fg::gis
