// SPDX-License-Identifier: MIT
#include "gis/render/layer_renderer.h"

#include "gis/io/vector_layer.h"
#include "gis/render/geometry_path.h"

#include <QPainter>

#include <algorithm>

namespace fg::gis {

namespace {

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
        switch (style.kind) {
        case StyleKind::Boundary: m_brush = Qt::NoBrush; break;
        case StyleKind::BasicFarmland: m_brush = QBrush(style.fill, Qt::BDiagPattern); break;
        default: m_brush = QBrush(style.fill); break;
        }
    }

    void apply(QPainter &painter, int row)
    {
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
        painter.setPen(m_pen);
    }

private:
    const LayerStyle &m_style;
    const VectorLayer &m_layer;
    int m_classField;
    QPen m_pen;
    QBrush m_brush;
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
                          pixelSize});
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

    for (int row : layer.query(transform.visibleExtent())) {
        if (cancel.load(std::memory_order_relaxed)) {
            out.cancelled = true;
            return out;
        }
        const GEOSGeometry *geometry = layer.geometry(row);
        QRectF envelope;
        if (!geometryEnvelope(geometry, &envelope))
            continue;
        const double pixelSize = std::max(envelope.width(), envelope.height()) / upp;
        if (pixelSize < skip && layer.geometryKind != GeometryKind::Point) {
            ++out.featuresSkipped;
            continue;
        }
        symboliser.apply(painter, row);
        painter.drawPath(builder.path(geometry));
        ++out.featuresDrawn;
        if (labelField >= 0 && job.options.labels && pixelSize >= style.minLabelPixels)
            collectLabel(out, job, style, geometry, layer.value(row, labelField).toString(), pixelSize);
    }
    return out;
}

} // namespace fg::gis
