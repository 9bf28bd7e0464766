// SPDX-License-Identifier: MIT
#include "app/map/analysis_runner.h"

#include "app/map/layer_lookup.h"
#include "app/map/map_layer_set.h"
#include "core/borderline.h"
#include "core/input_error.h"
#include "gis/analysis/encroachment_analysis.h"
#include "gis/io/vector_layer.h"
#include "gis/io/working_crs.h"
#include "gis/store/project_store.h"
#include "gis/usecases/project_analysis_job.h"


namespace fg::app {

namespace {

void setCultivated(IncidentFigures &f, const core::Verdict &verdict, const core::Rules &rules)
{
    f.borderlineText = core::Borderline::text(verdict, rules);
    f.basicFarmlandMu = verdict.basicFarmlandMu;
    f.cultivatedMu = verdict.cultivatedMu;
    f.cultivatedGrossMu = verdict.cultivatedGrossMu;
    f.cultivatedNetMu = verdict.cultivatedNetMu;
    f.netKnown = verdict.netKnown;
    f.borderline = verdict.borderline;
}

MapAnalysis toMapAnalysis(const gis::EncroachmentReport &report, const gis::VectorLayer &incidents)
{
    MapAnalysis out;
    out.warnings = report.warnings;
    out.splitPlots = report.splitPlots;
    QSet<QString> flaggedParties;
    for (const gis::PartyResult &party : report.parties)
        if (party.verdict.accountability())
            flaggedParties.insert(party.party);
    for (const gis::IncidentResult &incident : report.incidents) {
        IncidentFigures f;
        setCultivated(f, incident.verdict, core::Rules());
        f.ownVerdict = incident.verdict.accountability();
        f.partyVerdict = !incident.party.isEmpty() && flaggedParties.contains(incident.party);
        f.verdict = f.ownVerdict || f.partyVerdict ? gis::VerdictClass::Accountability
                                                   : gis::VerdictClass::BelowThreshold;
        out.figures.insert(incidents.fid(incident.row), f);
    }
    return out;
}

MapAnalysis toMapAnalysis(const gis::ProjectAnalysisResult &result)
{
    MapAnalysis out;
    out.warnings = result.report.warnings;
    out.project = true;
    out.rules = result.rules;
    out.splitPlots = result.report.splitPlots;
    for (size_t i = 0; i < result.report.incidents.size(); ++i) {
        const core::Verdict &verdict = result.report.incidents[i].verdict;
        IncidentFigures f;
        setCultivated(f, verdict, result.rules);
        f.occupation = result.incidents[i].occupation;
        f.ownVerdict = verdict.accountability();
        f.partyVerdict = result.incidents[i].partyAccountability;
        f.verdict = result.reaches(i) ? gis::VerdictClass::Accountability : gis::VerdictClass::BelowThreshold;
        out.figures.insert(result.incidents[i].fid, f);
    }
    return out;
}

} // namespace

AnalysisRunner::AnalysisRunner(QObject *parent)
    : QObject(parent)
{
    connect(&m_job, &BackgroundJobBase::finished, this, [this] { emit finished(m_job.result()); });
    connect(&m_job, &BackgroundJobBase::progress, this, [this](double fraction) { emit progress(fraction); });
}

AnalysisRunner::~AnalysisRunner()
{
    cancel();
    m_job.waitForFinished();
}

QString AnalysisRunner::start(const MapLayerSet &layers)
{
    if (m_job.isRunning())
        return tr("An analysis is already running.");
    const MapLayer *incidents = firstOfKind(layers, gis::StyleKind::Incident);
    const MapLayer *basic = firstOfKind(layers, gis::StyleKind::BasicFarmland);
    const MapLayer *cultivated = firstOfKind(layers, gis::StyleKind::LandUse);
    if (!incidents)
        return tr("Open an incident layer first.");
    if (!basic && !cultivated)
        return tr("Open a basic farmland or land-use layer first.");
    if (!gis::isCgcs2000GaussKrugerZone(layers.workingEpsg()))
        return tr("The analysis needs a CGCS2000 Gauss-Krüger working CRS.");
    // The task keeps the layers alive through its own shared pointers.
    auto incidentData = incidents->data;
    auto basicData = basic ? basic->data : nullptr;
    auto cultivatedData = cultivated ? cultivated->data : nullptr;
    const QString layerId = incidents->id;
    const int epsg = layers.workingEpsg();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<std::atomic_bool> flag = m_cancel;
    m_job.start([=](const BackgroundReport &report) {
        gis::EncroachmentRequest request;
        request.incidents = incidentData.get();
        request.basicFarmland = basicData.get();
        request.cultivated = cultivatedData.get();
        request.workingEpsg = epsg;
        request.idField = firstField(*incidentData, {"BH", "JCBH", "ID", "incident_id"});
        request.partyField = firstField(*incidentData, {"DSR", "party"});
        request.splitPlots.dateField = firstField(*incidentData, {"FXRQ"});
        request.progress = [flag, &report](int done, int total) {
            report(total > 0 ? double(done) / total : 0);
            return !flag->load();
        };
        MapAnalysis result;
        try {
            result = toMapAnalysis(gis::analyzeEncroachment(request), *incidentData);
        } catch (const core::InputError &error) {
            result.error = error.message();
        } catch (const gis::OverlayCancelled &) {
            result.cancelled = true;
        }
        result.incidentLayerId = layerId;
        return result;
    });
    return {};
}

QString AnalysisRunner::start(gis::ProjectStore &store, const QString &incidentLayerId)
{
    if (m_job.isRunning())
        return tr("An analysis is already running.");
    m_cancel = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<std::atomic_bool> flag = m_cancel;
    gis::ProjectStore *project = &store;
    const QString why = tr("project analysed (F5)");
    m_job.start([project, flag, incidentLayerId, why](const BackgroundReport &report) {
        const auto progress = [flag, &report](double fraction) {
            report(fraction);
            return !flag->load();
        };
        MapAnalysis result;
        gis::ProjectAnalysisJob job;
        try {
            result = toMapAnalysis(job.analyse(*project, {}, progress));
            // The flags follow the figures here, off the UI thread, with the analysis's figures.
            if (!project->rights().readOnly)
                result.judging = job.judge(*project, why);
        } catch (const core::InputError &error) {
            result.error = error.message();
        } catch (const gis::OverlayCancelled &) {
            result.cancelled = true;
        }
        result.measured = job.memo().misses();
        result.reusedMeasurements = job.memo().hits();
        result.project = true;
        result.incidentLayerId = incidentLayerId;
        return result;
    });
    return {};
}

void AnalysisRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace fg::app
