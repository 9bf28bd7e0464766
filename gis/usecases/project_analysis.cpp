// SPDX-License-Identifier: MIT
#include "gis/usecases/project_analysis.h"

#include "gis/io/geometry_repair.h"
#include "gis/io/layer_reader.h"
#include "gis/store/project_store.h"
#include "gis/store/project_tables.h"
#include "gis/store/reference_reads.h"
#include "gis/usecases/incident_layer.h"
#include "gis/usecases/party_identities.h"
#include "gis/usecases/project_rules.h"

#include <QHash>
#include <QSet>

namespace fg::gis {

namespace {

const QString kIdField = QStringLiteral("incident_id");
const QString kPartyField = QStringLiteral("party");
const QString kAccumulatingField = QStringLiteral("accumulating_party");
const QString kLabelField = QStringLiteral("party_label"); // matched party, for 化整为零
const QString kDateField = QStringLiteral("discovery_date");

/// The share of run()'s progress the reads take; the overlay takes the rest.
constexpr double kReadShare = 0.2;

/// A progress callback for the part [from, to] of @p whole.
StoreProgress part(const StoreProgress &whole, double from, double to)
{
    if (!whole)
        return {};
    return [whole, from, to](double f) { return whole(from + (to - from) * f); };
}

void check(const StoreProgress &progress, double fraction)
{
    if (progress && !progress(fraction))
        throw ReadCancelled();
}

/// incident id → the party it accumulates for (only incidents that still accumulate).
QHash<QString, QString> accumulatingParties(const core::AccumulationSelection &selection)
{
    QHash<QString, QString> accumulating;
    for (auto it = selection.byParty.cbegin(); it != selection.byParty.cend(); ++it) {
        for (const QString &id : it.value())
            accumulating.insert(id, it.key());
    }
    return accumulating;
}

/// A stored polygon the overlay can measure.
bool measurable(const GEOSGeometry *g)
{
    GEOSContextHandle_t ctx = geosContext();
    if (!g || GEOSisEmpty_r(ctx, g) != 0)
        return false;
    const int type = GEOSGeomTypeId_r(ctx, g);
    return (type == GEOS_POLYGON || type == GEOS_MULTIPOLYGON) && !hasNonFiniteCoordinates(g);
}

/// The incidents a load reads, and what owns them (the store's answer, or an earlier step's).
struct IncidentRows
{
    std::shared_ptr<const std::vector<IncidentRecord>> owner;
    std::vector<const IncidentRecord *> rows; ///< in the store's row order
};

/// The ids of @p focus and of the incidents accumulating with them for their parties.
QSet<QString> focusWithParties(
    const QStringList &focus, const core::PartyMatching &parties, const core::AccumulationSelection &selection)
{
    QSet<QString> wanted(focus.begin(), focus.end());
    for (const QString &id : focus) {
        const QString label = parties.labelOfIncident.value(id);
        if (!label.isEmpty())
            for (const QString &other : selection.byParty.value(label))
                wanted.insert(other);
    }
    return wanted;
}

/// Every incident with its geometry, or only the focus and those accumulating with them. The
/// whole project's incidents come from @p reads when an earlier step of the job read them with
/// nothing written since, and are kept there (read at @p head) when this load reads them.
IncidentRows readIncidents(const ProjectStore &store, const QStringList &focus, const QSet<QString> &wanted,
    StoreReads *reads, const std::optional<core::ChainAnchor> &head)
{
    IncidentRows out;
    out.owner = reads ? reads->incidents(store) : nullptr;
    if (!out.owner && focus.isEmpty()) {
        out.owner = std::make_shared<const std::vector<IncidentRecord>>(store.incidents(true));
        if (reads)
            reads->keepIncidents(head, out.owner);
    }
    if (out.owner) {
        for (const IncidentRecord &record : *out.owner)
            if (focus.isEmpty() || wanted.contains(record.id))
                out.rows.push_back(&record);
        return out;
    }
    FeatureQuery query;
    for (const IncidentRecord &record : store.incidents(false))
        if (wanted.contains(record.id))
            query.fids.push_back(record.fid);
    out.owner = std::make_shared<const std::vector<IncidentRecord>>(
        query.fids.empty() ? std::vector<IncidentRecord>() : store.incidents(true, query));
    for (const IncidentRecord &record : *out.owner)
        out.rows.push_back(&record);
    return out;
}

/// The parcels and approvals near @p near: the caller's or those an earlier step kept in
/// @p reads when they answer it exactly (NearParcels::answers), else read through the store
/// (and kept in @p reads, read at @p head).
void readParcels(const ProjectStore &store, const FeatureQuery &near, const NearParcels *given, StoreReads *reads,
    const std::optional<core::ChainAnchor> &head, const StoreProgress &progress, ProjectAnalysisLayers &layers)
{
    if (given && given->answers(near)) {
        layers.reused = given; // the same rows the reads below would give
        return;
    }
    if (std::shared_ptr<const NearParcels> kept = reads ? reads->parcels(store) : nullptr; kept && kept->answers(near)) {
        layers.read = kept;
        layers.reused = kept.get();
        return;
    }
    auto parcels = std::make_shared<NearParcels>();
    parcels->query = near;
    // Both layers at once where the store can (a GeoPackage: the land use on a reader of its own).
    std::vector<VectorLayer> both = readReferences(store,
        { QString::fromLatin1(ProjectTables::kBasicFarmland), QString::fromLatin1(ProjectTables::kLandUse) }, near,
        part(progress, 0.1, 1));
    parcels->basicFarmland = std::move(both.at(0));
    parcels->landUse = std::move(both.at(1));
    parcels->bothLayers = true; // readReference refuses a missing layer
    parcels->approvals = ApprovalCover::read(store, near);
    layers.read = parcels;
    if (reads)
        reads->keepParcels(head, layers.read);
}

/// The lawful cover of each row of @p layer (records in the same order, unmeasurable ones left out).
std::vector<IncidentCover> coversOf(
    const ApprovalCover &approvals, const std::vector<const IncidentRecord *> &records, const VectorLayer &layer)
{
    QHash<qint64, const IncidentRecord *> byFid;
    for (const IncidentRecord *record : records)
        byFid.insert(record->fid, record);
    std::vector<IncidentCover> covers;
    for (int row = 0; row < layer.featureCount(); ++row) {
        const IncidentRecord *record = byFid.value(layer.fid(row));
        covers.push_back(record ? approvals.coverFor(layer.geometry(row), record->violationType, record->discoveryDate)
                                : IncidentCover {});
    }
    return covers;
}

VectorLayer incidentLayer(const ProjectStore &store, const std::vector<const IncidentRecord *> &records,
    const QHash<QString, QString> &accumulating, const QHash<QString, QString> &labels, QStringList *unmeasured)
{
    const VectorLayer all = IncidentLayer::fromRecords({}, store);
    VectorLayer selected;
    selected.name = all.name;
    selected.sourcePath = all.sourcePath;
    selected.driver = all.driver;
    selected.geometryKind = all.geometryKind;
    selected.crs = all.crs;
    selected.fields = { { kIdField, FieldType::Text }, { kPartyField, FieldType::Text },
        { kAccumulatingField, FieldType::Text }, { kLabelField, FieldType::Text }, { kDateField, FieldType::Date } };
    for (const IncidentRecord *record : records) {
        if (measurable(record->geometry.get()))
            selected.addFeature(record->fid, { record->id, record->party, accumulating.value(record->id), labels.value(record->id), record->discoveryDate },
                cloneGeometry(record->geometry.get()));
        else
            unmeasured->append(record->id);
    }
    return selected;
}

/// 化整为零 in a project: matched parties, discovery dates; dismissed incidents (不属实) and
/// non-occupation matters never group.
SplitPlotOptions splitPlotOptions(const ProjectAnalysisLayers &layers)
{
    SplitPlotOptions options;
    options.partyField = kLabelField;
    options.dateField = kDateField;
    options.excluded = layers.nonOccupation;
    for (const core::PartyIncident &incident : layers.parties.incidents)
        if (incident.caseStatus == core::CaseStatus::Dismissed || !incident.occupation)
            options.excluded.insert(incident.incidentId);
    return options;
}

ProjectAnalysisResult judged(EncroachmentReport report, const ProjectAnalysisLayers &layers)
{
    ProjectAnalysisResult result;
    QSet<QString> partiesOver;
    for (const PartyResult &party : report.parties)
        if (party.verdict.accountability())
            partiesOver.insert(party.party);
    const VectorLayer &incidents = layers.incidents;
    const int partyField = incidents.fieldIndex(kPartyField);
    for (IncidentResult &incident : report.incidents) {
        ProjectIncidentOutcome outcome;
        outcome.fid = incidents.fid(incident.row);
        outcome.party = incidents.value(incident.row, partyField).toString();
        outcome.partyLabel = layers.parties.labelOfIncident.value(incident.id);
        outcome.accumulates = !incident.party.isEmpty();
        outcome.partyAccountability = outcome.accumulates && partiesOver.contains(incident.party);
        outcome.occupation = !layers.nonOccupation.contains(incident.id);
        if (size_t(incident.row) < layers.covers.size())
            outcome.approvals = layers.covers[size_t(incident.row)].documentNumbers;
        if (!outcome.occupation) {
            // Measured for the record, never judged against the occupation thresholds.
            incident.verdict.clearJudgement();
        }
        result.incidents.push_back(outcome);
    }
    result.report = std::move(report);
    return result;
}

} // namespace

int ProjectAnalysisResult::indexOf(const QString &id) const
{
    for (size_t i = 0; i < report.incidents.size(); ++i)
        if (report.incidents[i].id == id)
            return int(i);
    return -1;
}

ProjectAnalysisLayers ProjectAnalysis::load(const ProjectStore &store, const core::Rules &rules,
    std::optional<core::AccumulationPolicy> policy, const StoreProgress &progress, const QStringList &focus,
    const NearParcels *parcels, StoreReads *reads)
{
    check(progress, 0);
    // The head before any read: what this load keeps in `reads` is given back only while the
    // head stays there, i.e. while nothing is written.
    const std::optional<core::ChainAnchor> head = reads ? StoreReads::headOf(store) : std::nullopt;
    ProjectAnalysisLayers layers;
    layers.parties = reads ? reads->parties(store) : PartyIdentities::match(store);
    layers.selection = core::AccumulationSelector::select(layers.parties.incidents,
        policy.value_or(rules.accumulationPolicy()), rules.accumulationWindowMonths());
    const IncidentRows records = readIncidents(
        store, focus, focusWithParties(focus, layers.parties, layers.selection), reads, head);
    for (const IncidentRecord *record : records.rows)
        if (!core::isOccupation(record->violationType))
            layers.nonOccupation.insert(record->id);
    check(progress, 0.1);
    // Only the parcels whose boxes meet an incident's can overlap one: read those alone.
    const FeatureQuery near = IncidentLayer::near(records.rows);
    layers.workingEpsg = store.info().workingEpsg;
    readParcels(store, near, parcels, reads, head, progress, layers);
    layers.incidents = incidentLayer(
        store, records.rows, accumulatingParties(layers.selection), layers.parties.labelOfIncident, &layers.unmeasured);
    layers.covers = coversOf(layers.approvalCover(), records.rows, layers.incidents);
    return layers;
}

ProjectAnalysisResult ProjectAnalysis::run(
    const ProjectStore &store, const ProjectAnalysisOptions &options, const AnalysisProgress &progress)
{
    const RulesOrigin origin = options.rules ? RulesOrigin::Given
        : ProjectRules::isSet(store)         ? RulesOrigin::Project
                                             : RulesOrigin::Defaults;
    const core::Rules rules = options.rules ? *options.rules : ProjectRules::read(store);
    ProjectAnalysisLayers layers;
    try {
        layers = load(store, rules, options.policy, part(progress, 0, kReadShare), options.focusIncidents,
            options.parcels, options.reads);
    } catch (const ReadCancelled &) {
        throw OverlayCancelled();
    }
    EncroachmentRequest request;
    request.incidents = &layers.incidents;
    request.basicFarmland = &layers.basicFarmlandParcels();
    request.cultivated = &layers.landUseParcels();
    request.workingEpsg = layers.workingEpsg;
    request.idField = kIdField;
    request.partyField = kAccumulatingField;
    request.overlay.classField = options.classField;
    request.overlay.cultivatedClasses = rules.cultivatedClasses();
    request.overlay.memo = options.memo;
    request.rules = rules;
    request.method = options.method;
    request.groups = options.groups;
    request.splitPlots = splitPlotOptions(layers);
    for (const IncidentCover &cover : layers.covers)
        request.lawfulCover.push_back(cover.cover.get());
    if (progress)
        request.progress = [&progress](int done, int total) {
            return progress(kReadShare + (1 - kReadShare) * (total > 0 ? double(done) / total : 1));
        };
    ProjectAnalysisResult result = judged(analyzeEncroachment(request), layers);
    result.rules = rules;
    result.rulesOrigin = origin;
    result.policy = options.policy.value_or(rules.accumulationPolicy());
    result.method = options.method;
    result.workingEpsg = layers.workingEpsg;
    result.unmeasured = layers.unmeasured;
    for (const QString &id : layers.unmeasured)
        result.report.warnings << tr(
            "%1: feature %2: no measurable geometry (NULL, damaged or not a polygon): "
            "not measured; run verify-log")
                                      .arg(store.info().location, id);
    result.possibleSameParties = layers.parties.possible;
    result.outsideWindow = layers.selection.outsideWindow;
    for (const ApprovalRecord &record : layers.approvalCover().approvals())
        result.approvals.push_back(record.withoutGeometry()); // the areas stay in the store
    return result;
}

} // namespace fg::gis
