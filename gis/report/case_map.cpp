// SPDX-License-Identifier: MIT
#include "gis/report/case_map.h"

#include "gis/io/vector_layer.h"
#include "gis/render/geometry_path.h"
#include "gis/render/map_renderer.h"
#include "gis/report/report_map_furniture.h"
#include "gis/report/report_writer.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace fg::gis {

namespace {

constexpr double kImageDpi = 300;
constexpr double kScreenDpi = 96;
constexpr double kNoSimplify = 0.01;

LayerSnapshot snapshot(const QString &id, const std::shared_ptr<const VectorLayer> &layer, StyleKind kind)
{
    LayerSnapshot s;
    s.id = id;
    s.data = layer;
    s.style = defaultStyleFor(*layer);
    s.style.kind = kind;
    if (kind == StyleKind::LandUse && s.style.classField.isEmpty())
        s.style.classField = QStringLiteral("DLBM");
    if (kind != StyleKind::Boundary)
        s.style.labelField.clear();
    return s;
}

/// Tick interval in metres: 3 to 7 intervals across `groundMetres`.
double gridInterval(double groundMetres)
{
    for (double step : {10.0, 20.0, 25.0, 50.0, 100.0, 200.0, 250.0, 500.0, 1000.0, 2000.0, 5000.0, 10000.0})
        if (groundMetres / step <= 7)
            return step;
    return 20000.0;
}

} // namespace

double caseMapScale(const QRectF &envelope, QSizeF frameMm)
{
    // Twice the incident each way, so the parcels around it can be read.
    const double needX = std::max(envelope.width(), 1.0) * 2.0;
    const double needY = std::max(envelope.height(), 1.0) * 2.0;
    for (double d : {500.0, 1000.0, 2000.0, 2500.0, 5000.0, 10000.0, 25000.0, 50000.0, 100000.0, 250000.0})
        if (frameMm.width() * d / 1000 >= needX && frameMm.height() * d / 1000 >= needY)
            return d;
    return 500000.0;
}

CaseMapPainter::CaseMapPainter(ReportWriter &writer, const CaseMapLayers &layers, const CaseMapSubject &subject,
                               double denominator)
    : m_writer(writer)
    , m_layers(layers)
    , m_subject(subject)
    , m_denominator(denominator)
{
    QRectF envelope;
    geometryEnvelope(subject.incident, &envelope);
    m_centre = envelope.center();
}

QRectF CaseMapPainter::mapExtent(const QRectF &frame) const
{
    const double metresPerUnit = m_denominator / 1000.0 / m_writer.mm(1);
    const QSizeF ground(frame.width() * metresPerUnit, frame.height() * metresPerUnit);
    return QRectF(m_centre.x() - ground.width() / 2, m_centre.y() - ground.height() / 2, ground.width(),
                  ground.height());
}

QTransform CaseMapPainter::mapToDevice(const QRectF &frame) const
{
    // Applied to coordinates relative to the centre, so the PDF never holds 7-digit numbers.
    const double unitsPerMetre = m_writer.mm(1) * 1000.0 / m_denominator;
    return QTransform(unitsPerMetre, 0, 0, -unitsPerMetre, frame.center().x(), frame.center().y());
}

void CaseMapPainter::drawBaseImage(const QRectF &frame)
{
    const double logicalPerDevice = kScreenDpi / 25.4 / m_writer.mm(1);
    const QSize logical(qRound(frame.width() * logicalPerDevice), qRound(frame.height() * logicalPerDevice));
    RenderJob job;
    job.transform = MapTransform(m_centre, m_denominator * 0.0254 / kScreenDpi, logical);
    job.devicePixelRatio = kImageDpi / kScreenDpi;
    job.options.background = Qt::white;
    job.options.simplifyPixels = 0.3;
    if (m_layers.landUse)
        job.layers.push_back(snapshot(QStringLiteral("landuse"), m_layers.landUse, StyleKind::LandUse));
    if (m_layers.basicFarmland)
        job.layers.push_back(snapshot(QStringLiteral("basic"), m_layers.basicFarmland, StyleKind::BasicFarmland));
    if (m_layers.villages)
        job.layers.push_back(snapshot(QStringLiteral("villages"), m_layers.villages, StyleKind::Boundary));
    job.layers.push_back(snapshot(QStringLiteral("incidents"), m_layers.incidents, StyleKind::Incident));
    auto verdicts = std::make_shared<QHash<qint64, VerdictClass>>();
    // Only this case's incident carries its verdict colour; other incidents stay grey.
    for (int row : m_layers.incidents->query(m_subject.incident))
        if (GEOSEquals_r(geosContext(), m_layers.incidents->geometry(row), m_subject.incident) == 1)
            verdicts->insert(m_layers.incidents->fid(row), m_subject.verdict);
    job.layers.back().style.verdicts = verdicts;
    job.layers.back().style.opacity = 0.55;
    const QImage image = renderMap(job);
    m_writer.painter().drawImage(frame, image);
}

void CaseMapPainter::drawIncident(const QRectF &frame)
{
    QPainter &p = m_writer.painter();
    const QTransform toDevice = mapToDevice(frame);
    // Path coordinates relative to the frame, so the PDF never holds 7-digit map numbers.
    const QSize size(qRound(frame.width()), qRound(frame.height()));
    GeometryPathBuilder builder(MapTransform(m_centre, m_denominator / 1000.0 / m_writer.mm(1), size), kNoSimplify);
    const QPainterPath path = builder.path(m_subject.incident).translated(frame.topLeft());
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(QColor(220, 0, 0), m_writer.mm(0.45), Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    p.drawPath(path);

    size_t total = 0;
    for (const BoundaryRing &ring : m_subject.boundary)
        total += ring.points.size();
    const bool labelled = total <= 40;
    const QPointF middle = path.boundingRect().center();
    p.setFont(ReportWriter::font(6.5));
    for (const BoundaryRing &ring : m_subject.boundary) {
        for (const BoundaryPoint &point : ring.points) {
            const QPointF at = toDevice.map(QPointF(point.y - m_centre.x(), point.x - m_centre.y()));
            p.setPen(QPen(Qt::black, m_writer.mm(0.2)));
            p.setBrush(Qt::white);
            p.drawEllipse(at, m_writer.mm(0.7), m_writer.mm(0.7));
            if (!labelled)
                continue;
            // Labels sit outside the polygon, away from its centre.
            QPointF away = at - middle;
            const double length = std::hypot(away.x(), away.y());
            away = length > 0 ? away / length : QPointF(1, 0);
            const QSizeF box(m_writer.mm(6), m_writer.mm(3.2));
            const QPointF centre = at + away * m_writer.mm(3.2);
            const QRectF label(centre.x() - box.width() / 2, centre.y() - box.height() / 2, box.width(),
                               box.height());
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(255, 255, 255, 210));
            p.drawRect(label);
            p.setPen(Qt::black);
            p.drawText(label, Qt::AlignCenter, point.name);
        }
    }
}

void CaseMapPainter::drawGrid(const QRectF &frame)
{
    QPainter &p = m_writer.painter();
    const QRectF extent = mapExtent(frame);
    const double step = gridInterval(extent.width());
    const double unitsPerMetre = m_writer.mm(1) * 1000.0 / m_denominator;
    const double tick = m_writer.mm(1.8);
    const double cross = m_writer.mm(2.0);
    p.setFont(ReportWriter::font(6.5));
    const QFontMetricsF metrics(p.font(), p.device());
    const std::vector<double> eastings = [&] {
        std::vector<double> v;
        for (double e = std::ceil(extent.left() / step) * step; e <= extent.right(); e += step)
            v.push_back(e);
        return v;
    }();
    std::vector<double> northings;
    for (double n = std::ceil(extent.top() / step) * step; n <= extent.bottom(); n += step)
        northings.push_back(n);
    p.setPen(QPen(Qt::black, m_writer.mm(0.2)));
    for (double e : eastings) {
        const double x = frame.center().x() + (e - m_centre.x()) * unitsPerMetre;
        p.drawLine(QPointF(x, frame.top()), QPointF(x, frame.top() - tick));
        p.drawLine(QPointF(x, frame.bottom()), QPointF(x, frame.bottom() + tick));
        const QString text = QString::number(e, 'f', 0);
        const double w = metrics.horizontalAdvance(text);
        p.drawText(QPointF(x - w / 2, frame.top() - tick - m_writer.mm(0.6)), text);
        p.drawText(QPointF(x - w / 2, frame.bottom() + tick + metrics.ascent() + m_writer.mm(0.3)), text);
    }
    for (double n : northings) {
        const double y = frame.center().y() - (n - m_centre.y()) * unitsPerMetre;
        p.drawLine(QPointF(frame.left(), y), QPointF(frame.left() - tick, y));
        p.drawLine(QPointF(frame.right(), y), QPointF(frame.right() + tick, y));
        const QString text = QString::number(n, 'f', 0);
        const double w = metrics.horizontalAdvance(text);
        for (const double side : {frame.left() - tick - m_writer.mm(0.6), frame.right() + tick + m_writer.mm(0.6)}) {
            p.save();
            p.translate(side, y);
            p.rotate(-90);
            const double baseline = side < frame.left() ? -m_writer.mm(0.3) : metrics.ascent();
            p.drawText(QPointF(-w / 2, baseline), text);
            p.restore();
        }
        // Grid crosses (十字丝) where the tick lines meet inside the map.
        for (double e : eastings) {
            const double x = frame.center().x() + (e - m_centre.x()) * unitsPerMetre;
            p.drawLine(QPointF(x - cross / 2, y), QPointF(x + cross / 2, y));
            p.drawLine(QPointF(x, y - cross / 2), QPointF(x, y + cross / 2));
        }
    }
}

void CaseMapPainter::drawNorthArrow(const QRectF &frame)
{
    drawReportNorthArrow(m_writer, QPointF(frame.right() - m_writer.mm(9), frame.top() + m_writer.mm(3)), 12, tr("N"),
                         true);
}

void CaseMapPainter::drawMap(const QRectF &frame)
{
    QPainter &p = m_writer.painter();
    m_lastExtent = mapExtent(frame);
    p.save();
    p.setClipRect(frame);
    drawBaseImage(frame);
    drawIncident(frame);
    p.restore();
    p.save();
    p.setClipRect(frame.adjusted(-m_writer.mm(10), -m_writer.mm(10), m_writer.mm(10), m_writer.mm(10)));
    drawGrid(frame);
    p.restore();
    drawNorthArrow(frame);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(Qt::black, m_writer.mm(0.35)));
    p.drawRect(frame);
}

} // namespace fg::gis
