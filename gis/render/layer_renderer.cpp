// SPDX-License-Identifier: MIT
#include "gis/render/layer_renderer.h"

#include "gis/io/vector_layer.h"
#include "gis/render/geometry_path.h"

#include <QPainter>

#include <algorithm>

namespace fg::gis {

namespace {

constexpr double kIncidentMarkerPixels = 7;
constexpr double kOutlinePixels = 3;
constexpr double kHatchPixels = 14;

/// Resolves a feature's brush and pen from the style, caching per class value.
class Symboliser
{
public:
    Symboliser(const LayerStyle &style, const VectorLayer &layer)
        : m_style(style)
        , m_layer(layer)
        , m_classField(style.classField.isEmpty() ? -1 : layer.fieldIndex(style.classField))
    {
        QColor stroke = style.stroke;
        m_pen = style.strokeWidth > 0 ? QPen(stroke, style.strokeWidth) : QPen(Qt::NoPen);
        m_pen.setJoinStyle(Qt::RoundJoin);
        m_thinPen = QPen(stroke, std::min(style.strokeWidth, 0.7));
        QColor flat = style.fill;
        flat.setAlphaF(flat.alphaF() * 0.6);
        m_flatBrush = QBrush(flat);
        switch (style.kind) {
        case StyleKind::Boundary: m_brush = Qt::NoBrush; break;
        case StyleKind::BasicFarmland: m_brush = basicFarmlandBrush(style.fill); break;
        default: m_brush = QBrush(style.fill); break;
        }
    }

    /// Sets brush and pen for a feature `pixelSize` logical pixels across. Small features get a
    /// lighter symbol: no outline on fills below kOutlinePixels (it would hide the class colour),
    /// and basic farmland a flat translucent fill below kHatchPixels, where hatching cannot be read.
    void apply(QPainter &painter, int row, double pixelSize)
    {
        const bool small = pixelSize < kOutlinePixels && m_style.kind != StyleKind::Boundary
                           && m_style.kind != StyleKind::Incident;
        if (m_style.kind == StyleKind::BasicFarmland && pixelSize < kHatchPixels) {
            painter.setBrush(m_flatBrush);
            painter.setPen(small ? QPen(Qt::NoPen) : m_thinPen);
            return;
        }
        painter.setPen(small ? QPen(Qt::NoPen) : m_pen);
        QBrush brush = m_brush;
        if (m_style.kind == StyleKind::Incident) {
            VerdictClass verdict = VerdictClass::NotAnalysed;
            if (m_style.verdicts)
                verdict = m_style.verdicts->value(m_layer.fid(row), VerdictClass::NotAnalysed);
            brush = QBrush(verdictColor(verdict));
        } else if (m_classField >= 0
                   && (m_style.kind == StyleKind::LandUse || m_style.kind == StyleKind::Categorised)) {
            const QString value = m_layer.value(row, m_classField).toString();
            auto it = m_brushes.constFind(value);
            if (it == m_brushes.constEnd())
                it = m_brushes.insert(value, QBrush(m_style.fillFor(value)));
            brush = *it;
        }
        painter.setBrush(brush);
    }

private:
    const LayerStyle &m_style;
    const VectorLayer &m_layer;
    int m_classField;
    QPen m_pen;
    QPen m_thinPen;
    QBrush m_brush;
    QBrush m_flatBrush;
    QHash<QString, QBrush> m_brushes;
};

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

} // namespace

LayerImage renderLayer(const RenderJob &job, size_t index, const std::atomic_bool &cancel)
{
    LayerImage out;
    const LayerSnapshot &snapshot = job.layers.at(index);
    out.id = snapshot.id;
    const MapTransform &transform = job.transform;
    out.image = QImage(transform.size() * job.devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    out.image.setDevicePixelRatio(job.devicePixelRatio);
    out.image.fill(Qt::transparent);
    if (!snapshot.style.visible || !snapshot.data || !transform.isValid())
        return out;

    const VectorLayer &layer = *snapshot.data;
    const LayerStyle &style = snapshot.style;
    QPainter painter(&out.image);
    painter.setRenderHint(QPainter::Antialiasing, job.options.antialiasing);
    Symboliser symboliser(style, layer);
    GeometryPathBuilder builder(transform, job.options.simplifyPixels);
    const int labelField = style.labelField.isEmpty() ? -1 : layer.fieldIndex(style.labelField);
    const double upp = transform.unitsPerPixel();
    const double skip = job.options.skipBelowPixels;
    const double margin = 16 * upp;
    const QRectF clipRect = transform.visibleExtent().adjusted(-margin, -margin, margin, margin);

    for (int row : layer.query(transform.visibleExtent())) {
        if (cancel.load(std::memory_order_relaxed)) {
            out.cancelled = true;
            return out;
        }
        const GEOSGeometry *geometry = layer.geometry(row);
        QRectF envelope;
        if (!geometryEnvelope(geometry, &envelope))
            continue;
        double pixelSize = std::max(envelope.width(), envelope.height()) / upp;
        // An incident must never vanish at county scale: below marker size it becomes a marker.
        const bool marker = style.kind == StyleKind::Incident && pixelSize < kIncidentMarkerPixels;
        if (pixelSize < skip && layer.geometryKind != GeometryKind::Point && !marker) {
            ++out.featuresSkipped;
            continue;
        }
        symboliser.apply(painter, row, pixelSize);
        if (style.kind == StyleKind::Incident) // township and village names must never hide an incident
            out.obstacles.push_back(incidentBox(transform, envelope, marker));
        if (marker) {
            const double r = kIncidentMarkerPixels / 2;
            painter.drawEllipse(transform.toPixel(envelope.center()), r, r);
        } else if (pixelSize < job.options.dotBelowPixels && painter.brush().style() != Qt::NoBrush) {
            // A sub-pixel parcel still tints its pixel, so a county-wide view keeps its land-use picture
            // at the cost of one fill instead of a path.
            const QPointF p = transform.toPixel(envelope.center());
            painter.fillRect(QRectF(p.x() - 0.5, p.y() - 0.5, 1, 1), painter.brush().color());
        } else if (envelope.width() > clipRect.width() || envelope.height() > clipRect.height()) {
            // Much larger than the view: clip first, so QPainter never rasterises far-off edges.
            // The clip rectangle lies outside the view, so the cut edges are never seen.
            GeosGeometryPtr clipped(GEOSClipByRect_r(geosContext(), geometry, clipRect.left(), clipRect.top(),
                                                     clipRect.right(), clipRect.bottom()));
            painter.drawPath(builder.path(clipped ? clipped.get() : geometry));
        } else {
            painter.drawPath(builder.path(geometry));
        }
        ++out.featuresDrawn;
        if (labelField >= 0 && job.options.labels && pixelSize >= style.minLabelPixels)
            collectLabel(out, job, style, geometry, layer.value(row, labelField).toString(), pixelSize);
    }
    return out;
}

} // namespace fg::gis
