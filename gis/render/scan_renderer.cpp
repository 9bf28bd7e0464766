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

/// Draws the scanned records of one layer onto `target` when given, else onto the layer's own
/// image, allocated with the first record drawn (a layer with nothing in view costs none).
class ScanPainter
{
public:
    ScanPainter(const RenderJob &job, const LayerSnapshot &snapshot, LayerImage &out, QPainter *target)
        : m_job(job)
        , m_scan(*snapshot.scan)
        , m_out(out)
        , m_target(target)
        , m_classed(!snapshot.style.classField.isEmpty()
              && (snapshot.style.kind == StyleKind::LandUse || snapshot.style.kind == StyleKind::Categorised))
        , m_symboliser(snapshot.style)
        , m_rings(job.transform, job.options.simplifyPixels)
    {
    }

    void draw(const ShapefileScan::Row &row)
    {
        const double pixelSize
            = std::max(row.box.width(), row.box.height()) / m_job.transform.unitsPerPixel();
        if (pixelSize < m_job.options.skipBelowPixels) {
            ++m_out.featuresSkipped;
            return;
        }
        QPainter &painter = this->painter();
        if (m_classed)
            m_symboliser.applyClass(painter, pixelSize, m_scan.classValues(), row.classValue);
        else
            m_symboliser.apply(painter, pixelSize, nullptr, VerdictClass::NotAnalysed);
        if (pixelSize < m_job.options.dotBelowPixels && painter.brush().style() != Qt::NoBrush) {
            const QPointF p = m_job.transform.toPixel(row.box.center());
            painter.fillRect(QRectF(p.x() - 0.5, p.y() - 0.5, 1, 1), painter.brush().color());
        } else {
            m_rings.draw(painter, row.record);
        }
        ++m_out.featuresDrawn;
    }

private:
    QPainter &painter()
    {
        if (m_target)
            return *m_target;
        if (!m_own)
            m_own = beginLayerImage(m_job, m_out);
        return *m_own;
    }

    const RenderJob &m_job;
    const ShapefileScan &m_scan;
    LayerImage &m_out;
    QPainter *m_target;
    bool m_classed;
    FeatureSymboliser m_symboliser;
    RingBuilder m_rings;
    std::unique_ptr<QPainter> m_own;
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
    const QRectF view = job.transform.visibleExtent();
    {
        ScanPainter painter(job, snapshot, out, target);
        for (const ShapefileScan::Row &row : snapshot.scan->rows()) {
            if (cancel.load(std::memory_order_relaxed)) {
                out.cancelled = true;
                return out;
            }
            // Closed boxes, as FeatureBoxes::query: an edge-touching record counts as in view.
            if (row.box.left() <= view.right() && row.box.right() >= view.left()
                && row.box.top() <= view.bottom() && row.box.bottom() >= view.top())
                painter.draw(row);
        }
    } // the painter ends before the image is handed back
    return out;
}

} // namespace fg::gis
