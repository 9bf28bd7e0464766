// SPDX-License-Identifier: MIT
#include "gis/usecases/report_inputs.h"

#include "core/cases/log_receipt.h"
#include "core/cases/department_advisor.h"
#include "core/input_error.h"
#include "gis/io/vector_layer.h"
#include "gis/store/assessment_records.h"
#include "gis/store/patrol_records.h"
#include "gis/store/project_store.h"
#include "gis/store/project_tables.h"
#include "gis/usecases/case_judgement.h"
#include "gis/usecases/cell_status.h"
#include "gis/usecases/incident_layer.h"
#include "gis/usecases/project_rules.h"
#include "gis/usecases/township_assessment.h"

#include <algorithm>

namespace fg::gis {

namespace {

using L = ProjectTables;

bool hasCellIn(const PatrolGrid &grid, const QString &township)
{
    return std::any_of(
        grid.cells.begin(), grid.cells.end(), [&](const GridCell &c) { return c.cell.township == township; });
}

CaseReportFigures reportFigures(const CaseFigures &f, const QString &idNumber)
{
    CaseReportFigures figures;
    figures.incidentIds = f.incidentIds;
    figures.occupation = f.occupied;
    figures.verdict = f.verdict;
    figures.occupationMatter = f.occupation;
    figures.outsideWindow = f.outsideWindow;
    figures.partyIdNumber = idNumber;
    figures.flag = f.flag();
    figures.verdictText = f.verdictText();
    figures.borderlineReasons = f.borderlineReasons();
    figures.splitPlots = f.splitPlots;
    figures.approvedText = f.approvedText();
    if (f.hasAccumulation())
        figures.accumulated
            = AccumulatedFigures { f.partyIncidentIds, f.partyOccupied, f.partyVerdict, f.partyIncidents };
    return figures;
}

} // namespace

ReportInputs::ReportInputs(const ProjectStore &store, ProjectLayerSource layers)
    : m_store(store)
    , m_layers(std::move(layers))
{
}

std::shared_ptr<const VectorLayer> ReportInputs::layer(const char *table) const
{
    const QString name = QString::fromLatin1(table);
    if (m_layers)
        return m_layers(name);
    std::shared_ptr<VectorLayer> layer;
    if (name == QLatin1String(L::kIncidents)) {
        layer = std::make_shared<VectorLayer>(IncidentLayer::read(m_store));
    } else {
        for (const ReferenceLayerInfo &info : m_store.referenceLayersUncounted())
            if (info.table == name)
                layer = std::make_shared<VectorLayer>(m_store.readReference(name));
    }
    if (layer)
        layer->buildIndex();
    return layer;
}

CaseReportInputs ReportInputs::caseReport(
    const QString &caseOrIncidentId, const std::optional<core::Rules> &rules, AreaMethod method) const
{
    const QString project = m_store.info().location;
    CaseReportInputs inputs;
    CaseReportSources &sources = inputs.sources;
    sources.incidents = layer(L::kIncidents);
    if (!sources.incidents)
        throw core::InputError(project, tr("the project has no incidents layer"));
    sources.basicFarmland = layer(L::kBasicFarmland);
    sources.landUse = layer(L::kLandUse);
    sources.townships = layer(L::kTownships);
    sources.villages = layer(L::kVillages);
    sources.workingEpsg = m_store.info().workingEpsg;
    sources.crsName = sources.incidents->crs.name;
    sources.idField = QStringLiteral("incident_id");
    sources.partyField = QStringLiteral("party");
    // The project's rules unless the caller judges with others (`report case --rules`, which
    // then prints its own rules line).
    const core::RulesRecord record = ProjectRules::record(m_store);
    sources.rules = rules ? *rules : record.rules();
    if (!rules)
        sources.rulesText = record.describe();
    sources.method = method;
    // A case is reported by its first incident; an incident id finds the case that lists it.
    inputs.caseFile = m_store.caseFile(caseOrIncidentId);
    sources.caseId = inputs.caseFile && !inputs.caseFile->incidentIds().isEmpty()
        ? inputs.caseFile->incidentIds().first()
        : caseOrIncidentId;
    if (!inputs.caseFile) {
        for (const core::CaseFile &file : m_store.cases())
            if (!inputs.caseFile && file.incidentIds().contains(caseOrIncidentId))
                inputs.caseFile = file;
    }
    QString idNumber;
    for (const IncidentRecord &record : m_store.incidents())
        if (record.id == sources.caseId) {
            sources.facts = IncidentFacts { core::violationTypeName(record.violationType),
                incidentSourceName(record.source), record.discoveryDate.toString(Qt::ISODate),
                record.township, record.village };
            idNumber = record.partyIdNumber;
        }
    // The figures the case's flag follows: its incidents and its party's total as the project
    // accumulates them (CaseJudgement), never the layer's party field alone.
    const CaseJudgementOptions options { sources.rules, method };
    // Every case judged, so the split-plot groups (化整为零) reach beyond this case's incidents.
    const CaseJudgements all = CaseJudgement::judge(m_store, {}, options);
    const CaseFigures *found = inputs.caseFile ? all.find(inputs.caseFile->id()) : all.ofIncident(sources.caseId);
    const CaseFigures figures = found ? *found
        : inputs.caseFile             ? CaseJudgement::judgeCase(m_store, inputs.caseFile->id(), options)
                                      : CaseJudgement::judgeIncident(m_store, sources.caseId, options);
    sources.judged = reportFigures(figures, idNumber);
    sources.accumulationRule = sources.rules.accumulationText();
    return inputs;
}

JointDisciplineData ReportInputs::jointDiscipline(const QString &caseOrIncidentId) const
{
    const QString project = m_store.info().location;
    std::optional<core::CaseFile> file = m_store.caseFile(caseOrIncidentId);
    for (const core::CaseFile &each : file ? QList<core::CaseFile> {} : m_store.cases())
        if (!file && each.incidentIds().contains(caseOrIncidentId))
            file = each;
    if (!file)
        throw core::InputError(project, tr("no case is open for this id: open one before a joint-discipline notice"),
            caseOrIncidentId);
    if (file->status() == core::CaseStatus::Dismissed)
        throw core::InputError(project, tr("the case was found not to be a violation: no joint-discipline notice"), file->id());
    if (!core::isOccupation(file->violationType()))
        throw core::InputError(project,
            tr("a non-occupation matter (%1) is not illegal land use: no joint-discipline notice")
                .arg(core::violationTypeName(file->violationType())),
            file->id());
    const CaseFigures figures = CaseJudgement::judgeCase(m_store, file->id());
    JointDisciplineData data;
    data.caseId = file->id();
    data.party = file->partyId();
    data.violationType = core::violationTypeName(file->violationType());
    data.incidentIds = figures.incidentIds;
    data.status = file->status();
    data.areaM2 = figures.occupied.area.of(AreaMethod::Ellipsoidal);
    data.verdict = figures.verdict;
    data.rulesText = rulesText();
    data.recipients = core::DepartmentAdvisor::jointDisciplineRecipients();
    for (const IncidentRecord &record : m_store.incidents())
        if (!file->incidentIds().isEmpty() && record.id == file->incidentIds().first()) {
            data.township = record.township;
            data.village = record.village;
            data.partyIdNumber = record.partyIdNumber;
            data.party = data.party.isEmpty() ? record.party : data.party;
        }
    return data;
}

TownshipStatsSet ReportInputs::townshipStats(const QDateTime &asOf, const QString &only) const
{
    QStringList names = townships();
    if (!only.isEmpty()) {
        if (!names.isEmpty() && !names.contains(only))
            throw core::InputError(m_store.info().location,
                tr("the project has no township named '%1' (it has %2)")
                    .arg(only, names.join(QStringLiteral(", "))));
        names = QStringList { only };
    }
    // Each case row prints the figures its flag follows: one accumulation everywhere.
    const CaseJudgements judged = CaseJudgement::judge(m_store);
    TownshipStatsSet stats = TownshipStatsBuilder::build(
        m_store, names, asOf, TownshipStatsBuilder::patrolCoverage(m_store, asOf.date()), &judged);
    stats.rulesText = rulesText();
    stats.splitPlots = judged.splitPlots;
    // The targets section: the year of the report's time, when the project holds its targets.
    if (!m_store.assessment().targets(asOf.date().year()).empty()) {
        auto assessment = std::make_shared<TownshipAssessment>(
            TownshipAssessmentBuilder::build(m_store, asOf.date().year(), asOf));
        if (!only.isEmpty())
            assessment->townships.erase(std::remove_if(assessment->townships.begin(), assessment->townships.end(),
                                            [&](const TownshipAssessmentRow &r) { return r.township != only; }),
                assessment->townships.end());
        stats.assessment = std::move(assessment);
    }
    return stats;
}

PublicMapLayers ReportInputs::publicMap() const
{
    PublicMapLayers layers;
    layers.basicFarmland = layer(L::kBasicFarmland);
    if (!layers.basicFarmland)
        throw core::InputError(m_store.info().location, tr("the project has no basic farmland layer"));
    layers.townships = layer(L::kTownships);
    layers.villages = layer(L::kVillages);
    layers.workingEpsg = m_store.info().workingEpsg;
    layers.crsName = layers.basicFarmland->crs.name;
    return layers;
}

PatrolReportInputs ReportInputs::patrol(const QString &township, QDate from, QDate to) const
{
    const QString project = m_store.info().location;
    std::optional<core::PatrolPlan> plan = m_store.patrol().currentPlan();
    if (!plan)
        throw core::InputError(
            project, tr("the project holds no patrol plan (make one with Patrol → Plan Patrols… or 'farmguard-cli plan')"));
    PatrolReportInputs inputs;
    inputs.grid = std::make_shared<const PatrolGrid>(CellStatus::grid(m_store));
    if (!hasCellIn(*inputs.grid, township))
        throw core::InputError(
            project, tr("the project's patrol grid has no cell in the township '%1'").arg(township));
    inputs.plan = std::make_shared<const core::PatrolPlan>(std::move(*plan));
    PatrolReportData &data = inputs.data;
    data.township = township;
    data.from = from.isValid() ? from : inputs.plan->start;
    data.to = to.isValid() ? to : inputs.plan->end;
    data.cells = &inputs.grid->cells;
    data.plan = inputs.plan.get();
    data.villages = layer(L::kVillages);
    data.workingEpsg = m_store.info().workingEpsg;
    const auto townshipLayer = layer(L::kTownships);
    data.crsName = townshipLayer ? townshipLayer->crs.name : QString();
    return inputs;
}

QString ReportInputs::logNote() const
{
    const StoreRights rights = m_store.rights();
    if (rights.logBroken)
        return tr("AUDIT LOG CHECK FAILED: %1").arg(rights.readOnlyReason);
    const std::optional<core::ChainAnchor> head = m_store.logHead();
    return head ? tr("Audit log head %1").arg(core::anchorText(*head)) : QString();
}

Provenance ReportInputs::provenance(AreaMethod method, const std::optional<core::RulesRecord> &rules) const
{
    return ProvenanceBuilder::ofProject(m_store, rules ? *rules : ProjectRules::record(m_store), method);
}

QStringList ReportInputs::townships() const
{
    return TownshipStatsBuilder::townshipNames(layer(L::kTownships).get());
}

QStringList ReportInputs::patrolTownships() const
{
    const PatrolRecords &records = m_store.patrol();
    if (!records.hasGrid())
        return {};
    const PatrolGrid grid = records.grid();
    QStringList names;
    for (const QString &name : townships())
        if (hasCellIn(grid, name))
            names << name;
    return names;
}

} // namespace fg::gis
