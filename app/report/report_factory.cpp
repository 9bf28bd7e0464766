// SPDX-License-Identifier: MIT
#include "app/report/report_factory.h"

#include "app/map/layer_lookup.h"
#include "app/map/map_layer_set.h"
#include "app/project/project_session.h"
#include "core/input_error.h"
#include "gis/io/vector_layer.h"
#include "gis/report/case_report_builder.h"
#include "gis/report/major_case_report.h"
#include "gis/report/joint_discipline_notice.h"
#include "gis/report/patrol_report.h"
#include "gis/report/public_map_report.h"
#include "gis/report/township_report.h"
#include "gis/store/patrol_records.h"
#include "gis/store/project_store.h"
#include "gis/usecases/report_inputs.h"

#include <QFileInfo>

namespace fg::app {

namespace {

gis::ReportOptions options(QDate date, bool landscape, const QString &logNote = {}, const QStringList &provenance = {})
{
    gis::ReportOptions result;
    result.logNote = logNote;
    result.provenance = provenance;
    result.date = date.isValid() ? date : QDate::currentDate();
    // Wide tables and maps of the project reports read best across the page, as in the CLI.
    if (landscape)
        result.page.orientation = QPageLayout::Landscape;
    return result;
}

PreparedReport caseJob(const gis::CaseReportSources &sources, std::optional<core::CaseFile> file, QDate date,
    const QString &logNote, const QStringList &provenance)
{
    auto data = std::make_shared<gis::CaseReportData>(gis::CaseReportBuilder::build(sources));
    data->caseFile = std::move(file);
    auto report = std::make_shared<gis::CaseReport>(*data, options(date, false, logNote, provenance));
    PreparedReport job;
    job.title = ReportFactory::tr("Case report %1").arg(data->caseId);
    job.fileName = data->caseId + QStringLiteral(".pdf");
    job.page = options(date, false).page;
    job.decor = report->decor();
    job.compose = [data, report](gis::ReportWriter &writer) { return report->compose(writer).pages; };
    return job;
}

/// The report inputs of the open project, from the layers its map holds (read once, when opened).
gis::ReportInputs inputsOf(const ProjectSession &session)
{
    return gis::ReportInputs(session.store(), [&session](const QString &table) -> std::shared_ptr<const gis::VectorLayer> {
        return session.mapLayer(table);
    });
}

} // namespace

PreparedReport ReportFactory::caseReport(const ProjectSession &session, const QString &id, QDate date)
{
    const gis::ReportInputs project = inputsOf(session);
    gis::CaseReportInputs inputs = project.caseReport(id);
    return caseJob(inputs.sources, std::move(inputs.caseFile), date, project.logNote(), project.provenance().lines());
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
    // Provenance of the map's layer files (those still on disk), hashed as they are now.
    QStringList paths;
    for (const auto &layer : { sources.incidents, sources.basicFarmland, sources.landUse, sources.villages, sources.townships })
        if (layer && QFileInfo(layer->sourcePath).exists())
            paths << layer->sourcePath;
    const QStringList provenance
        = gis::ProvenanceBuilder::ofFiles(paths, core::RulesRecord::defaults(), sources.method, sources.workingEpsg).lines();
    return caseJob(sources, std::nullopt, date, QString(), provenance);
}

PreparedReport ReportFactory::townshipReport(const ProjectSession &session, QDate date)
{
    // Portrait: the stage and area tables share a page and the charts stack, so the report fills
    // three pages instead of six half-empty landscape ones.
    const gis::ReportInputs project = inputsOf(session);
    const gis::ReportOptions opts = options(date, false, project.logNote(), project.provenance().lines());
    // Figures as of the end of the report day, as the CLI counts them.
    auto stats = std::make_shared<gis::TownshipStatsSet>(
        project.townshipStats(QDateTime(opts.date, QTime(23, 59, 59))));
    auto report = std::make_shared<gis::TownshipReport>(*stats, opts);
    PreparedReport job;
    job.title = tr("Township statistics report");
    job.fileName = tr("township-report-%1.pdf").arg(opts.date.toString(Qt::ISODate));
    job.page = opts.page;
    job.decor = report->decor();
    job.compose = [stats, report](gis::ReportWriter &writer) { return report->compose(writer); };
    return job;
}

PreparedReport ReportFactory::majorCaseReport(const ProjectSession &session, const QString &caseId, QDate date)
{
    const gis::ReportInputs project = inputsOf(session);
    const gis::ReportOptions opts = options(date, false, project.logNote(), project.provenance().lines());
    const QDateTime asOf(opts.date, QTime(23, 59, 59));
    auto report = std::make_shared<gis::MajorCaseReport>(project.majorCase(caseId, asOf), opts);
    PreparedReport job;
    job.title = tr("Major case report %1").arg(caseId);
    job.fileName = tr("major-case-%1.pdf").arg(caseId);
    job.page = opts.page;
    job.decor = report->decor();
    job.compose = [report](gis::ReportWriter &writer) { return report->compose(writer); };
    return job;
}

QStringList ReportFactory::majorCases(const ProjectSession &session)
{
    QStringList ids;
    for (const core::CaseFile &file : session.cases())
        if (file.isMajor())
            ids << file.id();
    return ids;
}

PreparedReport ReportFactory::publicMap(const ProjectSession &session, const QString &township, QDate date)
{
    const gis::ReportInputs project = inputsOf(session);
    const gis::ReportOptions opts = options(date, true, project.logNote(), project.provenance().lines());
    auto report = std::make_shared<gis::PublicMapReport>(project.publicMap(), township, opts);
    PreparedReport job;
    job.title = tr("Public basic farmland map of %1").arg(township);
    job.fileName = tr("public-map-%1.pdf").arg(township);
    job.page = opts.page;
    job.decor = report->decor();
    job.compose = [report](gis::ReportWriter &writer) { return report->compose(writer); };
    return job;
}

PreparedReport ReportFactory::patrolReport(const ProjectSession &session, const QString &township, QDate from,
                                           QDate to)
{
    // The report borrows the cells and the plan, which the inputs own: the job's capture keeps them.
    const gis::ReportInputs project = inputsOf(session);
    auto inputs = std::make_shared<gis::PatrolReportInputs>(project.patrol(township, from, to));
    const gis::ReportOptions opts = options(QDate(), false, project.logNote(), project.provenance().lines());
    auto report = std::make_shared<gis::PatrolReport>(inputs->data, opts);
    PreparedReport job;
    job.title = tr("Patrol plan report of %1").arg(township);
    job.fileName = tr("patrol-%1-%2.pdf").arg(township, inputs->data.from.toString(Qt::ISODate));
    job.page = opts.page;
    job.decor = report->decor();
    job.compose = [inputs, report](gis::ReportWriter &writer) { return report->compose(writer); };
    return job;
}

std::pair<QDate, QDate> ReportFactory::patrolPeriod(const ProjectSession &session)
{
    const std::optional<core::PatrolPlan> plan = session.store().patrol().currentPlan();
    return plan ? std::pair{plan->start, plan->end} : std::pair<QDate, QDate>{};
}

PreparedReport ReportFactory::jointDiscipline(const ProjectSession &session, const QString &caseId, QDate date)
{
    const gis::ReportInputs project = inputsOf(session);
    const gis::ReportOptions opts = options(date, false, project.logNote(), project.provenance().lines());
    auto data = std::make_shared<gis::JointDisciplineData>(project.jointDiscipline(caseId));
    auto report = std::make_shared<gis::JointDisciplineNotice>(*data, opts);
    PreparedReport job;
    job.title = tr("Joint discipline notice %1").arg(caseId);
    job.fileName = tr("joint-discipline-%1.pdf").arg(caseId);
    job.page = opts.page;
    job.decor = report->decor();
    job.compose = [data, report](gis::ReportWriter &writer) { return report->compose(writer); };
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
    return inputsOf(session).townships();
}

QStringList ReportFactory::patrolTownships(const ProjectSession &session)
{
    return inputsOf(session).patrolTownships();
}

} // namespace fg::app
