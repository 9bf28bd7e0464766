// SPDX-License-Identifier: MIT
#pragma once

#include "core/rules.h"
#include "gis/analysis/verdict_edges.h"
#include "gis/render/layer_style.h"
#include "gis/usecases/project_analysis_job.h"

#include "app/background_job.h"

#include <QHash>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace fg::gis {
class ProjectStore;
}

namespace fg::app {

class MapLayerSet;

/// What the incident list and the map show of one analysed incident.
struct IncidentFigures
{
    double basicFarmlandMu = 0;   ///< occupied permanent basic farmland, rounded to 0.01 as printed
    double cultivatedMu = 0;      ///< occupied cultivated land as the rules' reading counts it
    double cultivatedGrossMu = 0; ///< that cultivated land gross (田坎 included), 0.01
    double cultivatedNetMu = 0;   ///< net of 田坎 (KCXS), 0.01; the gross figure when netKnown is false
    bool netKnown = false;        ///< the land-use layer gives 田坎 coefficients
    bool borderline = false;      ///< 临界: gross and net differ, or the digitising tolerance flips it
    QString borderlineText;       ///< the mark's reasons in words (core::Borderline::text), with the range
    bool occupation = true;       ///< false: a non-occupation matter (非粮化, 撂荒), not judged
    bool ownVerdict = false;      ///< the incident alone reaches a threshold
    bool partyVerdict = false;    ///< its party's accumulated incidents reach one
    gis::VerdictClass verdict = gis::VerdictClass::NotAnalysed;
};

/// Outcome of one analysis run for the map.
struct MapAnalysis
{
    QString incidentLayerId;
    QHash<qint64, IncidentFigures> figures;  ///< by incident feature id
    QStringList warnings;
    QString error;                           ///< set when the run failed
    bool cancelled = false;
    bool project = false;                    ///< an open project's analysis (its rules, its cases)
    core::Rules rules;                       ///< the rules the verdicts were made with
    std::vector<gis::SplitPlotGroup> splitPlots; ///< 疑似化整为零, for the map and the review list
    /// A writable project's cases judged again after its analysis (gis::ProjectAnalysisJob, as
    /// `analyze --project`); nullopt when not (files, a read-only project, an error, cancelled).
    std::optional<gis::ProjectJudging> judging;
    /// The memo's misses (incidents and unions measured) and hits of the analysis and the judging
    /// together: each incident is measured once (for tests and the log of a run).
    int measured = 0;
    int reusedMeasurements = 0;
};

/// Runs the encroachment analysis in the background, with progress and cancel: of an open
/// project through gis::ProjectAnalysis (what `farmguard-cli analyze --project` runs: the
/// project's rules, accumulation by case status), or of the map's layers (the engine of
/// `farmguard-cli analyze`: the incident layer against the basic-farmland and land-use layers,
/// default rules, ellipsoidal areas, accumulation by party (DSR) when the field exists).
class AnalysisRunner : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisRunner(QObject *parent = nullptr);
    ~AnalysisRunner() override;

    /// Starts the analysis; returns an explanation instead when the map lacks a needed layer or
    /// a run is in progress (empty when started).
    QString start(const MapLayerSet &layers);
    /// Starts analysing the project of @p store for the map layer @p incidentLayerId (its feature
    /// ids are the incidents' row ids), then — when the project is writable — judging its cases'
    /// flags again, both on the worker through gis::ProjectAnalysisJob (what `analyze --project`
    /// runs: the judging reuses the analysis's measurements and reads); explains instead while a
    /// run is in progress. The store must stay open until finished() or wait().
    QString start(gis::ProjectStore &store, const QString &incidentLayerId);
    void cancel();
    /// Blocks until the running analysis (if any) has ended; finished() still follows.
    void wait() { m_job.waitForFinished(); }
    bool isBusy() const { return m_job.isRunning(); }

signals:
    void progress(double fraction);
    void finished(const fg::app::MapAnalysis &result);

private:
    BackgroundJob<MapAnalysis> m_job;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace fg::app
