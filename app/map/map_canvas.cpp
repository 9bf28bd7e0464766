// SPDX-License-Identifier: MIT
#include "app/map/map_canvas.h"

#include "app/background_job.h"
#include "app/map/map_layer_set.h"
#include "app/map/map_tool.h"
#include "gis/io/vector_layer.h"
#include "gis/render/geometry_path.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <cmath>

namespace fg::app {

namespace {
constexpr int kMaxOverlayFeatures = 20000;
constexpr qint64 kWheelGestureMs = 600;
} // namespace

MapCanvas::MapCanvas(MapLayerSet *layers, QWidget *parent)
    : QWidget(parent)
    , m_layers(layers)
{
    setObjectName(QStringLiteral("MapCanvas"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    connect(&m_scheduler, &RenderScheduler::started, this, &MapCanvas::renderStarted);
    connect(&m_scheduler, &RenderScheduler::rendered, this, &MapCanvas::onRendered);
    connect(m_layers, &MapLayerSet::layersChanged, this, &MapCanvas::refresh);
    connect(m_layers, &MapLayerSet::styleChanged, this, &MapCanvas::refresh);
    connect(m_layers, &MapLayerSet::selectionChanged, this, qOverload<>(&QWidget::update));
}

MapCanvas::~MapCanvas() = default;

void MapCanvas::setTransform(const gis::MapTransform &transform, bool record)
{
    m_fitted = QRectF();
    if (!transform.isValid() || transform == m_transform)
        return;
    if (record)
        m_history.push(m_transform);
    applyTransform(transform);
}

void MapCanvas::applyTransform(const gis::MapTransform &transform)
{
    m_transform = transform;
    update();
    refresh();
    emit transformChanged(m_transform);
}

void MapCanvas::zoomToExtent(const QRectF &mapRect)
{
    QRectF r = mapRect.normalized();
    // A point or a line has no area: give it a sensible neighbourhood.
    if (r.width() <= 0 || r.height() <= 0)
        r = r.adjusted(-50, -50, 50, 50);
    setTransform(gis::MapTransform::fitting(r, size()));
    m_fitted = r;
}

void MapCanvas::zoomFull()
{
    // The project's area, else the layers that are where their CRS says; only misplaced layers:
    // those, so the map is never blank.
    const QRectF home = m_layers->homeExtent();
    if (!home.isNull())
        zoomToExtent(home);
    else if (!m_layers->layers().empty())
        zoomToExtent(m_layers->extent());
}

void MapCanvas::zoomToLayer(const QString &id)
{
    if (const MapLayer *layer = m_layers->layer(id))
        zoomToExtent(layer->extent);
}

void MapCanvas::zoomBy(double factor)
{
    setTransform(m_transform.zoomedAround(QPointF(width() / 2.0, height() / 2.0), factor));
}

void MapCanvas::previousExtent()
{
    m_fitted = QRectF();
    if (m_history.canGoBack())
        applyTransform(m_history.back(m_transform));
}

void MapCanvas::nextExtent()
{
    m_fitted = QRectF();
    if (m_history.canGoForward())
        applyTransform(m_history.forward(m_transform));
}

double MapCanvas::metresPerMapUnit() const
{
    return gis::metresPerMapUnit(m_layers->geographic(), m_transform.centre().y());
}

void MapCanvas::setScaleDenominator(double denominator)
{
    setTransform(m_transform.withScale(denominator, logicalDpiX(), metresPerMapUnit()));
}

double MapCanvas::scaleDenominator() const
{
    return m_transform.scaleDenominator(logicalDpiX(), metresPerMapUnit());
}

void MapCanvas::setTool(MapTool *tool)
{
    if (m_tool == tool)
        return;
    if (m_tool)
        m_tool->deactivate();
    m_tool = tool;
    setCursor(m_tool ? m_tool->cursor() : QCursor(Qt::OpenHandCursor));
    update();
}

void MapCanvas::setHighlight(const QString &layerId, int row)
{
    m_highlightLayer = layerId;
    m_highlightRow = row;
    update();
}

void MapCanvas::setDecorationTexts(const gis::DecorationTexts &texts)
{
    m_texts = texts;
    update();
}

double MapCanvas::pickTolerance() const
{
    return 4 * m_transform.unitsPerPixel();
}

void MapCanvas::refresh()
{
    if (!m_transform.isValid())
        return;
    gis::RenderJob job;
    job.transform = m_transform;
    job.devicePixelRatio = devicePixelRatioF();
    job.geographic = m_layers->geographic();
    // The scheduler drops a render it replaces, so the image it delivers next is this job's.
    m_requestIsScan = m_layers->layers().empty() && !m_scanned.empty();
    job.layers = m_requestIsScan ? m_scanned : m_layers->snapshot();
    m_scheduler.request(std::move(job));
}

void MapCanvas::setScannedLayers(std::vector<gis::LayerSnapshot> layers, const QRectF &extent)
{
    m_scanned = std::move(layers);
    zoomToExtent(extent);
    refresh();
}

void MapCanvas::clearScannedLayers()
{
    if (m_scanned.empty())
        return;
    // The scans map the county's files: unmapping them and freeing their rows (tens of MB) is
    // left to a worker, so the UI thread never waits on it.
    BackgroundJob<void>::detach([dropped = std::move(m_scanned)] { Q_UNUSED(dropped); });
    m_scanned.clear();
    refresh();
}

void MapCanvas::onRendered(const QImage &image, const gis::MapTransform &transform, qint64 milliseconds)
{
    m_image = image;
    m_imageTransform = transform;
    m_imageIsScan = m_requestIsScan;
    update();
    emit renderFinished(milliseconds);
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(250, 250, 248));
    if (!m_image.isNull()) {
        // The last image, moved and scaled to where its content lies in the current view.
        painter.save();
        painter.setRenderHint(QPainter::SmoothPixmapTransform, m_imageTransform == m_transform);
        painter.setTransform(m_transform.pixelTransformFrom(m_imageTransform));
        painter.drawImage(QPointF(0, 0), m_image);
        painter.restore();
    }
    paintOverlays(painter);
    if (m_tool)
        m_tool->paint(painter);
    if (!m_layers->layers().empty()) {
        gis::drawScaleBar(painter, m_transform, m_layers->geographic(), QRectF(rect()), m_texts);
        gis::drawNorthArrow(painter, QRectF(rect()), m_texts);
    }
}

void MapCanvas::setSplitPlots(const std::vector<gis::SplitPlotGroup> &groups)
{
    m_splitPlotOutlines.clear();
    for (const gis::SplitPlotGroup &group : groups)
        if (gis::GeosGeometryPtr outline = gis::fromWkb(group.outlineWkb))
            m_splitPlotOutlines.push_back(std::move(outline));
    update();
}

void MapCanvas::paintOverlays(QPainter &painter)
{
    if (!m_transform.isValid())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    gis::GeometryPathBuilder builder(m_transform, 0.5);
    const QRectF visible = m_transform.visibleExtent();
    painter.setBrush(QColor(255, 255, 0, 70));
    painter.setPen(QPen(QColor(255, 200, 0), 2.2));
    for (const MapLayer &layer : m_layers->layers()) {
        const QSet<int> selected = m_layers->selection(layer.id);
        int drawn = 0;
        for (int row : selected) {
            QRectF envelope;
            const GEOSGeometry *g = layer.data->geometry(row);
            if (!gis::geometryEnvelope(g, &envelope) || !envelope.intersects(visible))
                continue;
            painter.drawPath(builder.path(g));
            if (++drawn >= kMaxOverlayFeatures)
                break;
        }
    }
    // 疑似化整为零: each group's hull, dashed, no fill, so the incidents under it stay readable.
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(200, 0, 200), 2.0, Qt::DashLine));
    for (const gis::GeosGeometryPtr &outline : m_splitPlotOutlines)
        painter.drawPath(builder.path(outline.get()));
    if (const MapLayer *layer = m_layers->layer(m_highlightLayer);
        layer && m_highlightRow >= 0 && m_highlightRow < layer->data->featureCount()) {
        painter.setBrush(QColor(0, 220, 255, 60));
        painter.setPen(QPen(QColor(0, 170, 255), 3.0));
        painter.drawPath(builder.path(layer->data->geometry(m_highlightRow)));
    }
    painter.restore();
}

void MapCanvas::resizeEvent(QResizeEvent *)
{
    if (!m_transform.isValid()) {
        const QRectF extent = m_layers->extent();
        if (!extent.isNull())
            applyTransform(gis::MapTransform::fitting(extent, size()));
        return;
    }
    applyTransform(m_fitted.isNull() ? m_transform.resized(size()) : gis::MapTransform::fitting(m_fitted, size()));
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0 || !m_transform.isValid())
        return;
    // One gesture of several wheel clicks is one history step.
    const bool newGesture = !m_lastWheel.isValid() || m_lastWheel.elapsed() > kWheelGestureMs;
    m_lastWheel.start();
    setTransform(m_transform.zoomedAround(event->position(), std::pow(1.25, steps)), newGesture);
    event->accept();
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    const bool pan = event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && !m_tool);
    if (pan) {
        m_panning = true;
        m_panLast = event->position();
        m_panStart = m_transform;
        setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (m_tool)
        m_tool->mousePress(event);
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_transform.isValid())
        emit cursorMoved(m_transform.toMap(event->position()));
    if (m_panning) {
        const QPointF delta = event->position() - m_panLast;
        m_panLast = event->position();
        m_fitted = QRectF();
        applyTransform(m_transform.panned(delta));
        return;
    }
    if (m_tool)
        m_tool->mouseMove(event);
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        m_history.push(m_panStart);
        setCursor(m_tool ? m_tool->cursor() : QCursor(Qt::OpenHandCursor));
        return;
    }
    if (m_tool)
        m_tool->mouseRelease(event);
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_tool)
        m_tool->mouseDoubleClick(event);
}

void MapCanvas::keyPressEvent(QKeyEvent *event)
{
    const double step = std::min(width(), height()) / 4.0;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(1.5); return;
    case Qt::Key_Minus: zoomBy(1 / 1.5); return;
    case Qt::Key_Left: setTransform(m_transform.panned(QPointF(step, 0))); return;
    case Qt::Key_Right: setTransform(m_transform.panned(QPointF(-step, 0))); return;
    case Qt::Key_Up: setTransform(m_transform.panned(QPointF(0, step))); return;
    case Qt::Key_Down: setTransform(m_transform.panned(QPointF(0, -step))); return;
    default: break;
    }
    if (m_tool)
        m_tool->keyPress(event);
    else
        QWidget::keyPressEvent(event);
}

} // namespace fg::app
