// SPDX-License-Identifier: MIT
#include "gis/render/layer_renderer.h"

#include "gis/io/vector_layer.h"
#include "gis/render/band_outlines.h"
#include "gis/render/feature_boxes.h"
#include "gis/render/layer_render_cache.h"
#include "gis/render/feature_symboliser.h"
#include "gis/render/geometry_path.h"
#include "gis/render/scan_renderer.h"

#include <QPainter>

#include <algorithm>

namespace fg::gis {

namespace {

constexpr double kIncidentMarkerPixels = 7;

/// A point inside the visible part of the geometry, in map units; false when there is none.
bool labelAnchor(const GEOSGeometry *geometry, const QRectF &visible, QPointF *anchor)
{
    GEOSContextHandle_t ctx = geosContext();
    GeosGeometryPtr clipped(
        GEOSClipByRect_r(ctx, geometry, visible.left(), visible.top(), visible.right(), visible.bottom()));
    if (!clipped || GEOSisEmpty_r(ctx, clipped.get()))
        return false;
    GeosGeometryPtr point(GEOSPointOnSurface_r(ctx, clipped.get()));
    double x = 0, y = 0;
    if (!point || GEOSisEmpty_r(ctx, point.get()) || !GEOSGeomGetX_r(ctx, point.get(), &x)
        || !GEOSGeomGetY_r(ctx, point.get(), &y))
        return false;
    *anchor = QPointF(x, y);
    return true;
}

void collectLabel(LayerImage &out, const RenderJob &job, const LayerStyle &style, const GEOSGeometry *geometry,
                  const QString &text, double pixelSize)
{
    QPointF anchor;
    if (text.isEmpty() || !labelAnchor(geometry, job.transform.visibleExtent(), &anchor))
        return;
    QFont font(job.options.labelFontFamily);
    font.setPointSizeF(style.labelPointSize);
    out.labels.push_back({text, job.transform.toPixel(anchor), font, style.labelColour, style.labelPriority,
                          pixelSize, style.kind == StyleKind::Incident});
}

/// Where an incident is drawn on screen (its marker at small scales), logical pixels.
QRectF incidentBox(const MapTransform &transform, const QRectF &envelope, bool marker)
{
    const QRectF box = QRectF(transform.toPixel(envelope.topLeft()), transform.toPixel(envelope.bottomRight())).normalized();
    const double r = kIncidentMarkerPixels / 2;
    return marker ? QRectF(box.center() - QPointF(r, r), QSizeF(2 * r, 2 * r)) : box;
}

/// The rows of the layer whose boxes meet the view, and their boxes: the layer's kept boxes when
/// the map holds them, else an index of what the STRtree finds in view (a one-off render).
class RowsInView
{
public:
    RowsInView(const LayerSnapshot &snapshot, const QRectF &view)
    {
        m_boxes = snapshot.cache ? &snapshot.cache->boxes(*snapshot.data) : nullptr;
        if (!m_boxes) {
            m_local = std::make_unique<FeatureBoxes>(*snapshot.data, snapshot.data->query(view));
            m_boxes = m_local.get();
        }
        m_rows = m_boxes->query(view);
    }
    const std::vector<int> &rows() const { return m_rows; }
    const FeatureBoxes &boxes() const { return *m_boxes; }

private:
    std::unique_ptr<FeatureBoxes> m_local;
    const FeatureBoxes *m_boxes = nullptr;
    std::vector<int> m_rows;
};

/// Draws the features of one layer onto `target` when given, else onto the layer's own image,
/// which it allocates with the first feature drawn: a layer with nothing in view costs neither
/// the memory nor the composition.
class FeaturePainter
{
public:
    FeaturePainter(const RenderJob &job, const LayerSnapshot &snapshot, size_t rowsInView, LayerImage &out,
                   QPainter *target)
        : m_job(job)
        , m_layer(*snapshot.data)
        , m_style(snapshot.style)
        , m_out(out)
        , m_symboliser(snapshot.style)
        , m_builder(job.transform, job.options.simplifyPixels)
        , m_labelField(m_style.labelField.isEmpty() ? -1 : m_layer.fieldIndex(m_style.labelField))
        , m_classField(m_style.classField.isEmpty() ? -1 : m_layer.fieldIndex(m_style.classField))
        , m_target(target)
    {
        const double margin = 16 * job.transform.unitsPerPixel();
        m_clipRect = job.transform.visibleExtent().adjusted(-margin, -margin, margin, margin);
        if (snapshot.cache && rowsInView >= job.options.outlinesFromFeatures)
            m_outlines = snapshot.cache->outlines(m_layer, BandOutlines::bandOf(job.transform.unitsPerPixel()),
                                                  job.options.simplifyPixels, job.options.skipBelowPixels);
    }

    void draw(int row, const QRectF &envelope)
    {
        const MapTransform &transform = m_job.transform;
        const double pixelSize = std::max(envelope.width(), envelope.height()) / transform.unitsPerPixel();
        // An incident must never vanish at county scale: below marker size it becomes a marker.
        const bool marker = m_style.kind == StyleKind::Incident && pixelSize < kIncidentMarkerPixels;
        if (pixelSize < m_job.options.skipBelowPixels && m_layer.geometryKind != GeometryKind::Point && !marker) {
            ++m_out.featuresSkipped;
            return;
        }
        QPainter &painter = this->painter();
        applySymbol(painter, row, pixelSize);
        if (m_style.kind == StyleKind::Incident) // township and village names must never hide an incident
            m_out.obstacles.push_back(incidentBox(transform, envelope, marker));
        const GEOSGeometry *geometry = m_layer.geometry(row);
        if (marker) {
            const double r = kIncidentMarkerPixels / 2;
            painter.drawEllipse(transform.toPixel(envelope.center()), r, r);
        } else if (pixelSize < m_job.options.dotBelowPixels && painter.brush().style() != Qt::NoBrush) {
            // A sub-pixel parcel still tints its pixel, so a county-wide view keeps its land-use picture
            // at the cost of one fill instead of a path.
            const QPointF p = transform.toPixel(envelope.center());
            painter.fillRect(QRectF(p.x() - 0.5, p.y() - 0.5, 1, 1), painter.brush().color());
        } else if (envelope.width() > m_clipRect.width() || envelope.height() > m_clipRect.height()) {
            // Much larger than the view: clip first, so QPainter never rasterises far-off edges.
            // The clip rectangle lies outside the view, so the cut edges are never seen.
            GeosGeometryPtr clipped(GEOSClipByRect_r(geosContext(), geometry, m_clipRect.left(), m_clipRect.top(),
                                                     m_clipRect.right(), m_clipRect.bottom()));
            painter.drawPath(m_builder.path(clipped ? clipped.get() : geometry));
        } else if (m_outlines && m_outlines->has(row)) {
            m_outlines->draw(painter, row, transform);
        } else {
            painter.drawPath(m_builder.path(geometry));
        }
        ++m_out.featuresDrawn;
        if (m_labelField >= 0 && m_job.options.labels && pixelSize >= m_style.minLabelPixels)
            collectLabel(m_out, m_job, m_style, geometry, m_layer.value(row, m_labelField).toString(), pixelSize);
    }

private:
    void applySymbol(QPainter &painter, int row, double pixelSize)
    {
        VerdictClass verdict = VerdictClass::NotAnalysed;
        if (m_style.kind == StyleKind::Incident && m_style.verdicts)
            verdict = m_style.verdicts->value(m_layer.fid(row), VerdictClass::NotAnalysed);
        if (m_classField < 0) {
            m_symboliser.apply(painter, pixelSize, nullptr, verdict);
            return;
        }
        const QString value = m_layer.value(row, m_classField).toString();
        m_symboliser.apply(painter, pixelSize, &value, verdict);
    }

    QPainter &painter()
    {
        if (m_target)
            return *m_target;
        if (!m_painter)
            m_painter = beginLayerImage(m_job, m_out);
        return *m_painter;
    }

    const RenderJob &m_job;
    const VectorLayer &m_layer;
    const LayerStyle &m_style;
    LayerImage &m_out;
    FeatureSymboliser m_symboliser;
    GeometryPathBuilder m_builder;
    int m_labelField;
    int m_classField;
    QRectF m_clipRect;
    std::shared_ptr<const BandOutlines> m_outlines;
    QPainter *m_target;
    std::unique_ptr<QPainter> m_painter;
};

} // namespace

namespace {

LayerImage drawLayer(const RenderJob &job, size_t index, const std::atomic_bool &cancel, QPainter *target)
{
    const LayerSnapshot &snapshot = job.layers.at(index);
    if (!snapshot.data && snapshot.scan)
        return renderScanLayer(job, index, cancel, target);
    LayerImage out;
    out.id = snapshot.id;
    if (!snapshot.style.visible || !snapshot.data || !job.transform.isValid())
        return out;
    const RowsInView inView(snapshot, job.transform.visibleExtent());
    {
        FeaturePainter painter(job, snapshot, inView.rows().size(), out, target);
        QRectF envelope;
        for (int row : inView.rows()) {
            if (cancel.load(std::memory_order_relaxed)) {
                out.cancelled = true;
                return out;
            }
            if (inView.boxes().box(row, &envelope))
                painter.draw(row, envelope);
        }
    } // the painter ends before the image is handed back
    return out;
}

} // namespace

std::unique_ptr<QPainter> beginLayerImage(const RenderJob &job, LayerImage &out)
{
    out.image = QImage(job.transform.size() * job.devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    out.image.setDevicePixelRatio(job.devicePixelRatio);
    out.image.fill(Qt::transparent);
    auto painter = std::make_unique<QPainter>(&out.image);
    painter->setRenderHint(QPainter::Antialiasing, job.options.antialiasing);
    return painter;
}

LayerImage renderLayer(const RenderJob &job, size_t index, const std::atomic_bool &cancel)
{
    return drawLayer(job, index, cancel, nullptr);
}

LayerImage renderLayerOnto(QPainter &painter, const RenderJob &job, size_t index, const std::atomic_bool &cancel)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, job.options.antialiasing);
    LayerImage out = drawLayer(job, index, cancel, &painter);
    painter.restore();
    return out;
}

} // namespace fg::gis
