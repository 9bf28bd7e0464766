// SPDX-License-Identifier: MIT
#pragma once

#include "app/map/extent_history.h"
#include "app/map/map_tool.h"
#include "app/map/render_scheduler.h"
#include "gis/analysis/verdict_edges.h"
#include "gis/render/map_decorations.h"
#include "gis/render/map_transform.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPointer>
#include <QWidget>

#include <vector>

namespace fg::app {

class MapLayerSet;

/// The map view: a thin widget over the render engine. Renders run off the UI thread through a
/// RenderScheduler; while they run, the last image is shown transformed to the current view, so
/// pan and zoom answer at once. Wheel zooms around the cursor, drag pans (left button with no tool,
/// middle button always), arrow keys and +/- navigate. Draws selection, highlight, the active
/// tool's overlay, a scale bar and a north arrow on top.
class MapCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit MapCanvas(MapLayerSet *layers, QWidget *parent = nullptr);
    ~MapCanvas() override;

    MapLayerSet *layers() const { return m_layers; }
    const gis::MapTransform &transform() const { return m_transform; }
    /// Sets the view; `record` pushes the view being left onto the previous-extent history.
    void setTransform(const gis::MapTransform &transform, bool record = true);
    void zoomToExtent(const QRectF &mapRect);
    /// 全图: MapLayerSet::homeExtent() (the project's area), else every layer.
    void zoomFull();
    void zoomToLayer(const QString &id);
    void zoomBy(double factor);
    void previousExtent();
    void nextExtent();
    bool hasPreviousExtent() const { return m_history.canGoBack(); }
    bool hasNextExtent() const { return m_history.canGoForward(); }
    /// Sets the scale 1:denominator (screen dpi from the widget).
    void setScaleDenominator(double denominator);
    double scaleDenominator() const;
    double metresPerMapUnit() const;

    /// The active tool, or null for panning. The canvas does not take ownership.
    void setTool(MapTool *tool);
    MapTool *tool() const { return m_tool; }

    /// Outlines one feature in a strong colour (identify, zoom to row); empty id clears.
    void setHighlight(const QString &layerId, int row);
    void setDecorationTexts(const gis::DecorationTexts &texts);
    /// Outlines of the split-plot groups (疑似化整为零), drawn dashed over the map; empty clears.
    void setSplitPlots(const std::vector<gis::SplitPlotGroup> &groups);

    /// Schedules a new render of the current view and layers.
    void refresh();
    /// The first picture after opening (FirstPicture): while the map holds no layers, renders draw
    /// these scanned layers instead; fits the view to `extent` and renders.
    void setScannedLayers(std::vector<gis::LayerSnapshot> layers, const QRectF &extent);
    /// Forgets the scanned layers and renders again: the next image (the loaded layers', or an
    /// empty map when the load failed) replaces the scanned picture, which stays shown until then.
    void clearScannedLayers();
    /// True while the image shown was drawn from scanned layers.
    bool lastImageIsScan() const { return m_imageIsScan; }
    bool isRendering() const { return m_scheduler.isBusy(); }
    /// The last finished render (for tests and export) and the view it was made for.
    const QImage &lastImage() const { return m_image; }
    const gis::MapTransform &lastImageTransform() const { return m_imageTransform; }
    /// Tolerance for picking, in map units: a few pixels at the current scale.
    double pickTolerance() const;

signals:
    void transformChanged(const gis::MapTransform &transform);
    void cursorMoved(const QPointF &mapPoint);
    void renderStarted();
    void renderFinished(qint64 milliseconds);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void onRendered(const QImage &image, const gis::MapTransform &transform, qint64 milliseconds);
    void paintOverlays(QPainter &painter);
    void applyTransform(const gis::MapTransform &transform);

    MapLayerSet *m_layers;
    gis::MapTransform m_transform;
    QImage m_image;
    gis::MapTransform m_imageTransform;
    RenderScheduler m_scheduler;
    std::vector<gis::LayerSnapshot> m_scanned;
    bool m_requestIsScan = false; ///< the render scheduled last draws scanned layers
    bool m_imageIsScan = false;
    ExtentHistory m_history;
    /// The extent the view was last fitted to, until the user navigates: a resize (the window
    /// laid out, a dock opened) fits it again instead of keeping a scale chosen for another size.
    QRectF m_fitted;
    QPointer<MapTool> m_tool;
    gis::DecorationTexts m_texts;
    QString m_highlightLayer;
    int m_highlightRow = -1;
    std::vector<gis::GeosGeometryPtr> m_splitPlotOutlines;
    bool m_panning = false;
    QPointF m_panLast;
    gis::MapTransform m_panStart;
    QElapsedTimer m_lastWheel;
};

} // namespace fg::app
