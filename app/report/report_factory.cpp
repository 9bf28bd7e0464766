// SPDX-License-Identifier: MIT
#include "app/report/report_factory.h"

#include "app/map/layer_lookup.h"
#include "app/map/map_layer_set.h"
#include "app/project/project_session.h"
#include "core/input_error.h"
#include "gis/io/vector_layer.h"
#include "gis/project/cell_status.h"
#include "gis/store/project_store.h"
#include "gis/store/project_tables.h"
#include "gis/report/case_report_builder.h"
#include "gis/report/patrol_report.h"
#include "gis/report/public_map_report.h"
#include "gis/report/township_report.h"
#include "gis/report/township_stats.h"
#include "gis/store/patrol_records.h"

#include <algorithm>

namespace fg::app {

namespace {

using L = gis::ProjectTables;

gis::ReportOptions options(QDate date, bool landscape)
{
    gis::ReportOptions result;
    result.date = date.isValid() ? date : QDate::currentDate();
    // Wide tables and maps of the project reports read best across the page, as in the CLI.
    if (landscape)
        result.page.orientation = QPageLayout::Landscape;
    return result;
}

PreparedReport caseJob(const gis::CaseReportSources &sources, std::optional<core::CaseFile> file, QDate date)
{
    auto data = std::make_shared<gis::CaseReportData>(gis::CaseReportBuilder::build(sources));
    data->caseFile = std::move(file);
    auto report = std::make_shared<gis::CaseReport>(*data, options(date, false));
    PreparedReport job;
    job.title = ReportFactory::tr("Case report %1").arg(data->caseId);
    job.fileName = data->caseId + QStringLiteral(".pdf");
    job.page = options(date, false).page;
    job.decor = report->decor();
    job.compose = [data, report](gis::ReportWriter &writer) { return report->compose(writer).pages; };
    return job;
}

std::shared_ptr<gis::VectorLayer> requiredLayer(const ProjectSession &session, const char *table,
                                                const QString &problem)
{
    auto layer = session.mapLayer(QString::fromLatin1(table));
    if (!layer)
        throw core::InputError(session.path(), problem);
    return layer;
}

} // namespace

PreparedReport ReportFactory::caseReport(const ProjectSession &session, const QString &id, QDate date)
{
    gis::CaseReportSources sources;
    sources.incidents = requiredLayer(session, L::kIncidents, tr("the project has no incidents layer"));
    sources.basicFarmland = session.mapLayer(QString::fromLatin1(L::kBasicFarmland));
    sources.landUse = session.mapLayer(QString::fromLatin1(L::kLandUse));
    sources.townships = session.mapLayer(QString::fromLatin1(L::kTownships));
    sources.villages = session.mapLayer(QString::fromLatin1(L::kVillages));
    sources.workingEpsg = session.workingEpsg();
    sources.crsName = sources.incidents->crs.name;
    sources.idField = QStringLiteral("incident_id");
    sources.partyField = QStringLiteral("party");
    // A case is reported by its first incident; an incident id finds the case that lists it.
    std::optional<core::CaseFile> file = session.caseFile(id);
    sources.caseId = file && !file->incidentIds().isEmpty() ? file->incidentIds().first() : id;
    if (!file)
        file = session.caseForIncident(id);
    const auto &incidents = session.incidents();
    const auto record = std::find_if(incidents.begin(), incidents.end(),
                                     [&](const gis::IncidentRecord &r) { return r.id == sources.caseId; });
    if (record != incidents.end())
        sources.facts = gis::IncidentFacts { core::violationTypeName(record->violationType),
            gis::incidentSourceName(record->source), record->discoveryDate.toString(Qt::ISODate), record->township,
            record->village };
    return caseJob(sources, std::move(file), date);
}

PreparedReport ReportFactory::caseReport(const MapLayerSet &layers, const QString &id, QDate date)
{
    const MapLayer *incidents = firstOfKind(layers, gis::StyleKind::Incident);
    if (!incidents)
        throw core::InputError(QString(), tr("open an incident layer or a project first"));
    gis::CaseReportSources sources;
    sources.incidents = incidents->data;
    if (const MapLayer *basic = firstOfKind(layers, gis::StyleKind::BasicFarmland))
        sources.basicFarmland = basic->data;
    if (const MapLayer *landUse = firstOfKind(layers, gis::StyleKind::LandUse))
        sources.landUse = landUse->data;
    if (!sources.basicFarmland && !sources.landUse)
        throw core::InputError(incidents->data->sourcePath, tr("open a basic farmland or land-use layer first"));
    for (const MapLayer &layer : layers.layers())
        if (layer.style.kind == gis::StyleKind::Boundary)
            (layer.data->fieldIndex(QStringLiteral("XZMC")) >= 0 ? sources.villages : sources.townships) = layer.data;
    sources.workingEpsg = layers.workingEpsg();
    sources.crsName = layers.workingCrsName();
    sources.caseId = id;
    sources.idField = firstField(*incidents->data, { "BH", "JCBH", "ID" });
    sources.partyField = firstField(*incidents->data, { "DSR" });
    return caseJob(sources, std::nullopt, date);
}

PreparedReport ReportFactory::townshipReport(const ProjectSession &session, QDate date)
{
    const gis::ReportOptions opts = options(date, true);
    // Figures as of the end of the report day, as the CLI counts them.
    const QDateTime asOf(opts.date, QTime(23, 59, 59));
    const QStringList names = townships(session);
    auto stats = std::make_shared<gis::TownshipStatsSet>(gis::TownshipStatsBuilder::build(
        session.store(), names, asOf, gis::TownshipStatsBuilder::patrolCoverage(session.store(), opts.date)));
    auto report = std::make_shared<gis::TownshipReport>(*stats, opts);
    PreparedReport job;
    job.title = tr("Township statistics report");
    job.fileName = tr("township-report-%1.pdf").arg(opts.date.toString(Qt::ISODate));
    job.page = opts.page;
    job.decor = report->decor();
    job.compose = [stats, report](gis::ReportWriter &writer) { return report->compose(writer); };
    return job;
}

PreparedReport ReportFactory::publicMap(const ProjectSession &session, const QString &township, QDate date)
{
    gis::PublicMapLayers layers;
    layers.basicFarmland
        = requiredLayer(session, L::kBasicFarmland, tr("the project has no basic farmland layer"));
    layers.townships = session.mapLayer(QString::fromLatin1(L::kTownships));
    layers.villages = session.mapLayer(QString::fromLatin1(L::kVillages));
    layers.workingEpsg = session.workingEpsg();
    layers.crsName = layers.basicFarmland->crs.name;
    const gis::ReportOptions opts = options(date, true);
    auto report = std::make_shared<gis::PublicMapReport>(layers, township, opts);
    PreparedReport job;
    job.title = tr("Public basic farmland map of %1").arg(township);
    job.fileName = tr("public-map-%1.pdf").arg(township);
    job.page = opts.page;
    job.decor = report->decor();
    job.compose = [report](gis::ReportWriter &writer) { return report->compose(writer); };
    return job;
}

PreparedReport ReportFactory::patrolReport(const ProjectSession &session, const QString &township, QDate date)
{
    const gis::ProjectStore &store = session.store();
    const std::optional<core::PatrolPlan> plan = store.patrol().currentPlan();
    if (!plan)
        throw core::InputError(session.path(),
                               tr("the project holds no patrol plan (make one with 'farmguard-cli plan')"));
    // The report borrows the cells and the plan: the job's captures own them.
    auto grid = std::make_shared<gis::PatrolGrid>(gis::CellStatus::grid(store));
    auto planCopy = std::make_shared<core::PatrolPlan>(*plan);
    auto data = std::make_shared<gis::PatrolReportData>();
    data->township = township;
    data->from = plan->start;
    data->to = plan->end;
    data->cells = &grid->cells;
    data->plan = planCopy.get();
    data->villages = session.mapLayer(QString::fromLatin1(L::kVillages));
    data->workingEpsg = session.workingEpsg();
    const auto townshipLayer = session.mapLayer(QString::fromLatin1(L::kTownships));
    data->crsName = townshipLayer ? townshipLayer->crs.name : QString();
    if (std::none_of(grid->cells.begin(), grid->cells.end(),
                     [&](const gis::GridCell &c) { return c.cell.township == township; }))
        throw core::InputError(session.path(), tr("the project's patrol grid has no cell in the township '%1'").arg(township));
    const gis::ReportOptions opts = options(date, true);
    auto report = std::make_shared<gis::PatrolReport>(*data, opts);
    PreparedReport job;
    job.title = tr("Patrol plan report of %1").arg(township);
    job.fileName = tr("patrol-%1-%2.pdf").arg(township, plan->start.toString(Qt::ISODate));
    job.page = opts.page;
    job.decor = report->decor();
    job.compose = [grid, planCopy, data, report](gis::ReportWriter &writer) { return report->compose(writer); };
    return job;
}

QStringList ReportFactory::incidentIds(const ProjectSession *session, const MapLayerSet &layers)
{
    QStringList ids;
    if (session) {
        for (const gis::IncidentRecord &record : session->incidents())
            ids << record.id;
        return ids;
    }
    const MapLayer *incidents = firstOfKind(layers, gis::StyleKind::Incident);
    if (!incidents)
        return ids;
    const int field = incidents->data->fieldIndex(firstField(*incidents->data, { "BH", "JCBH", "ID" }));
    for (int row = 0; row < incidents->data->featureCount(); ++row)
        ids << (field >= 0 ? incidents->data->value(row, field).toString()
                           : QString::number(incidents->data->fid(row)));
    return ids;
}

QStringList ReportFactory::townships(const ProjectSession &session)
{
    return gis::TownshipStatsBuilder::townshipNames(session.mapLayer(QString::fromLatin1(L::kTownships)).get());
}

QStringList ReportFactory::patrolTownships(const ProjectSession &session)
{
    const gis::PatrolRecords &store = session.store().patrol();
    if (!store.hasGrid())
        return {};
    const gis::PatrolGrid grid = store.grid();
    QStringList names;
    for (const QString &name : townships(session))
        if (std::any_of(grid.cells.begin(), grid.cells.end(),
                        [&](const gis::GridCell &c) { return c.cell.township == name; }))
            names << name;
    return names;
}

} // namespace fg::app
