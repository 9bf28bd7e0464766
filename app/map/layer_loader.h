// SPDX-License-Identifier: MIT
#pragma once

#include "app/background_job.h"
#include <QRectF>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace fg::gis {
class VectorLayer;
}

namespace fg::app {

/// What the reader found about one source before it was brought into the working CRS.
struct SourceFacts
{
    QString path;
    QString crsName;        ///< the source CRS as read or inferred (before reprojection)
    QString crsHow;         ///< how it was decided
    QString crsMismatch;    ///< why the declared CRS cannot be right for the coordinates; empty: it fits
    bool gcj02Suspected = false; ///< WGS 84 lon/lat in China, as web maps (GCJ-02) label theirs
};

/// The facts of a layer as read (call before transformToWorkingCrs). Thread-safe.
SourceFacts sourceFactsOf(const gis::VectorLayer &layer);

/// The outcome of loading a batch of layer files.
struct LoadedLayers
{
    std::vector<std::shared_ptr<gis::VectorLayer>> layers;  ///< in the working CRS, index built
    std::vector<QRectF> extents;                            ///< of each layer, computed by the worker
    std::vector<SourceFacts> facts;                         ///< of each layer (may be empty: project layers)
    QStringList errors;     ///< one line per file that could not be used (file, feature, problem)
    int workingEpsg = 0;    ///< the CRS the layers are in (0: left as read, CRS unknown)
    QString crsHow;         ///< why that CRS
    bool cancelled = false;
};

/// What the user overrides of the reader's decisions for every file of one load.
struct ReadOverrides
{
    QString encoding;  ///< attribute text encoding ("GB18030", "UTF-8" ...); empty = detect
    QString crs;       ///< source CRS ("EPSG:4547"); empty = detect
};

/// Reads layer files, brings them into one working CRS and builds their spatial indexes.
/// workingEpsg = 0 chooses the CRS from the files (gis::chooseWorkingCrs); otherwise every layer is
/// reprojected into it. progress(fraction, file) may be called from the calling thread; return
/// false from it to cancel. Runs on any thread.
LoadedLayers loadLayers(const QStringList &paths, int workingEpsg, const ReadOverrides &overrides = {},
                        const std::function<bool(double, const QString &)> &progress = {});

/// Loads layers in the background (BackgroundJob), reporting progress on the UI thread.
class LayerLoader : public QObject
{
    Q_OBJECT

public:
    explicit LayerLoader(QObject *parent = nullptr);
    ~LayerLoader() override;

    /// Starts loading; ignored (returns false) while another load runs.
    bool load(const QStringList &paths, int workingEpsg, const ReadOverrides &overrides = {});
    void cancel();
    bool isBusy() const { return m_job.isRunning(); }

signals:
    void progress(double fraction, const QString &file);
    void finished(const fg::app::LoadedLayers &result);

private:
    BackgroundJob<LoadedLayers> m_job;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace fg::app
