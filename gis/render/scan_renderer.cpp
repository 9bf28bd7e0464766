// SPDX-License-Identifier: MIT
#include "gis/render/scan_renderer.h"

#include "gis/io/shapefile_scan.h"
#include "gis/render/feature_symboliser.h"

#include <QPainter>
#include <QPainterPath>
#include <QVarLengthArray>

#include <memory>

namespace fg::gis {

namespace {

/// A record's rings in view pixels, each simplified as GeometryPathBuilder does: a vertex closer
/// than the tolerance to the last kept one is dropped, the last is always kept, and a ring left
/// with fewer than three distinct vertices is left out.
class RingBuilder
{
public:
    RingBuilder(const MapTransform &transform, double tolerancePx)
        : m_scale(1.0 / transform.unitsPerPixel())
        , m_origin(transform.toPixel(QPointF(0, 0)))
        , m_toleranceSquared(tolerancePx * tolerancePx)
    {
    }

    /// Draws the record's rings with the painter's pen and brush.
    void draw(QPainter &painter, const ShapefileRecords::Record &record)
    {
        if (record.parts == 1) { // one ring: no QPainterPath to build
            if (ring(record, 0, record.points))
                painter.drawPolygon(m_points.constData(), int(m_points.size()), Qt::OddEvenFill);
            return;
        }
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (qint32 p = 0; p < record.parts; ++p) {
            const qint32 end
                = p + 1 < record.parts ? ShapefileRecords::partStart(record, p + 1) : record.points;
            if (!ring(record, ShapefileRecords::partStart(record, p), end))
                continue;
            path.addPolygon(QPolygonF(m_points.begin(), m_points.end()));
            path.closeSubpath();
        }
        painter.drawPath(path);
    }

private:
    bool ring(const ShapefileRecords::Record &record, qint32 begin, qint32 end)
    {
        m_points.clear();
        for (qint32 i = begin; i < end; ++i) {
            const QPointF q = ShapefileRecords::point(record, i);
            const QPointF p(q.x() * m_scale + m_origin.x(), m_origin.y() - q.y() * m_scale);
            if (!m_points.isEmpty() && i + 1 < end) {
                const QPointF d = p - m_points.back();
                if (d.x() * d.x() + d.y() * d.y() < m_toleranceSquared)
                    continue;
            }
            m_points.append(p);
        }
        return m_points.size() >= 4; // first == last: three distinct vertices at least
    }

    double m_scale;
    QPointF m_origin;
    double m_toleranceSquared;
    QVarLengthArray<QPointF, 256> m_points;
};

} // namespace

LayerImage renderScanLayer(
    const RenderJob &job, size_t index, const std::atomic_bool &cancel, QPainter *target)
{
    LayerImage out;
    const LayerSnapshot &snapshot = job.layers.at(index);
    out.id = snapshot.id;
    if (!snapshot.style.visible || !snapshot.scan || !job.transform.isValid())
        return out;
    const ShapefileScan &scan = *snapshot.scan;
    const QRectF view = job.transform.visibleExtent();
    const double upp = job.transform.unitsPerPixel();
    const bool classed = !snapshot.style.classField.isEmpty()
        && (snapshot.style.kind == StyleKind::LandUse || snapshot.style.kind == StyleKind::Categorised);
    FeatureSymboliser symboliser(snapshot.style);
    RingBuilder rings(job.transform, job.options.simplifyPixels);
    std::unique_ptr<QPainter> own;
    for (const ShapefileScan::Row &row : scan.rows()) {
        if (cancel.load(std::memory_order_relaxed)) {
            out.cancelled = true;
            return out;
        }
        // Closed boxes, as FeatureBoxes::query: an edge-touching record counts as in view.
        if (row.box.left() > view.right() || row.box.right() < view.left() || row.box.top() > view.bottom()
            || row.box.bottom() < view.top())
            continue;
        const double pixelSize = std::max(row.box.width(), row.box.height()) / upp;
        if (pixelSize < job.options.skipBelowPixels) {
            ++out.featuresSkipped;
            continue;
        }
        if (!target && !own) {
            out.image
                = QImage(job.transform.size() * job.devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
            out.image.setDevicePixelRatio(job.devicePixelRatio);
            out.image.fill(Qt::transparent);
            own = std::make_unique<QPainter>(&out.image);
            own->setRenderHint(QPainter::Antialiasing, job.options.antialiasing);
        }
        QPainter &painter = target ? *target : *own;
        if (classed)
            symboliser.applyClass(painter, pixelSize, scan.classValues(), row.classValue);
        else
            symboliser.apply(painter, pixelSize, nullptr, VerdictClass::NotAnalysed);
        if (pixelSize < job.options.dotBelowPixels && painter.brush().style() != Qt::NoBrush) {
            const QPointF p = job.transform.toPixel(row.box.center());
            painter.fillRect(QRectF(p.x() - 0.5, p.y() - 0.5, 1, 1), painter.brush().color());
        } else {
            rings.draw(painter, row.record);
        }
        ++out.featuresDrawn;
    }
    return out;
}

} // namespace fg::gis
