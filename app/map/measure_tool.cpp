// SPDX-License-Identifier: MIT
#include "app/map/measure_tool.h"

#include "app/map/map_canvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace fg::app {

MeasureTool::MeasureTool(MapCanvas *canvas, Mode mode)
    : MapTool(canvas)
    , m_mode(mode)
{
}

void MeasureTool::setCrs(int epsg, const QString &definition)
{
    m_epsg = epsg;
    m_crs = definition;
}

QString MeasureTool::measure(const QPolygonF &mapPoints)
{
    const bool area = m_mode == Mode::Area;
    const Measurement m = area ? Measurer::measurePolygon(mapPoints, m_epsg, m_crs)
                               : Measurer::measureLine(mapPoints, m_crs);
    const QString text = Measurer::describe(m, area);
    emit measured(text);
    return text;
}

void MeasureTool::mouseRelease(QMouseEvent *event)
{
    const QPointF map = m_canvas->transform().toMap(event->position());
    if (m_swallowRelease) {
        // The release that ends a double click must not start a new measurement.
        m_swallowRelease = false;
        return;
    }
    if (event->button() == Qt::RightButton) {
        m_finished = true;
        m_canvas->update();
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    if (m_finished) {
        m_points.clear();
        m_finished = false;
    }
    m_points.append(map);
    if (m_points.size() >= 2)
        measure(m_points);
    m_canvas->update();
}

void MeasureTool::mouseMove(QMouseEvent *event)
{
    m_cursor = m_canvas->transform().toMap(event->position());
    if (!m_points.isEmpty() && !m_finished)
        m_canvas->update();
}

void MeasureTool::mouseDoubleClick(QMouseEvent *)
{
    m_finished = true;
    m_swallowRelease = true;
    m_canvas->update();
}

void MeasureTool::keyPress(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape)
        deactivate();
}

void MeasureTool::paint(QPainter &painter)
{
    if (m_points.isEmpty())
        return;
    const gis::MapTransform &t = m_canvas->transform();
    QPolygonF pixels;
    for (const QPointF &p : m_points)
        pixels << t.toPixel(p);
    if (!m_finished)
        pixels << t.toPixel(m_cursor);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(220, 0, 120), 2));
    if (m_mode == Mode::Area) {
        painter.setBrush(QColor(220, 0, 120, 50));
        painter.drawPolygon(pixels);
    } else {
        painter.drawPolyline(pixels);
    }
    painter.setBrush(Qt::white);
    for (const QPointF &p : pixels)
        painter.drawEllipse(p, 3, 3);
    painter.restore();
}

void MeasureTool::deactivate()
{
    m_points.clear();
    m_finished = false;
    m_canvas->update();
}

} // namespace fg::app
