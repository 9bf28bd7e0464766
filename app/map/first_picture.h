// SPDX-License-Identifier: MIT
#pragma once

#include "app/background_job.h"
#include "app/map/layer_loader.h"
#include "gis/render/render_job.h"

#include <QObject>
#include <QRectF>

#include <vector>

namespace fg::app {

class MapCanvas;

/// What the first picture after opening is drawn from: the files' scans, styled and ordered as
/// the loaded layers will be, and the extent the view will be fitted to.
struct ScannedLayers
{
    std::vector<gis::LayerSnapshot> layers; ///< bottom to top; `scan` set, `data` null
    QRectF extent;
    QString whyNot; ///< when empty layers: why the picture must wait for the load
};

/// Scans the files for a first picture that equals what the load will show, or says why not (then
/// the map waits for the load): every file a polygon shapefile the scan reads whole (ShapefileScan),
/// all in one CGCS2000 Gauss-Krüger zone that is the working CRS the load will choose (or
/// `workingEpsg`), so no transformation is needed; none whose CRS does not fit its coordinates;
/// styles without labels or verdicts (land use by a plain-text DLBM, basic farmland, plain fills).
/// Thread-safe.
ScannedLayers scanForFirstPicture(const QStringList &paths, int workingEpsg, const ReadOverrides &overrides);

/// Shows the first picture while LayerLoader reads: scans the files on a worker thread, then hands
/// the canvas the scanned layers (MapCanvas::setScannedLayers), which its scheduler draws as any
/// render. stop() when the load ends (finished, failed or cancelled): a scan still running is
/// dropped and the canvas forgets the scanned layers; its next render (the loaded layers') replaces
/// the picture. Lives on the UI thread, which it never blocks.
class FirstPicture : public QObject
{
    Q_OBJECT

public:
    explicit FirstPicture(MapCanvas *canvas, QObject *parent = nullptr);
    ~FirstPicture() override;

    /// Starts scanning for a first picture, unless the map already shows layers (it keeps them).
    void start(const QStringList &paths, int workingEpsg, const ReadOverrides &overrides = {});
    void stop();

signals:
    /// The scan ended: shown (the canvas renders the scanned layers) or not (whyNot says why).
    void scanned(bool shown, const QString &whyNot);

private:
    MapCanvas *m_canvas;
    BackgroundJob<ScannedLayers> m_job;
    int m_generation = 0;
};

} // namespace fg::app
