// SPDX-License-Identifier: MIT
// The parts of the case map beside the frame: legend, scale and township inset.
#include "gis/report/case_map.h"

#include "core/land_class.h"
#include "gis/io/vector_layer.h"
#include "gis/render/geometry_path.h"
#include "gis/render/land_use_palette.h"
#include "gis/render/map_decorations.h"
#include "gis/report/report_map_furniture.h"
#include "gis/report/report_writer.h"

#include <QLocale>
#include <algorithm>
#include <functional>
#include <QMap>
#include <QPainter>

namespace fg::gis {

namespace {

/// Classes (code → name) of the land-use parcels inside `extent`.
QMap<QString, QString> visibleClasses(const VectorLayer &layer, const QRectF &extent)
{
    QMap<QString, QString> classes;
    const int code = layer.fieldIndex(QStringLiteral("DLBM"));
    const int name = layer.fieldIndex(QStringLiteral("DLMC"));
    if (code < 0)
        return classes;
    for (int row : layer.query(extent)) {
        const QString c = core::normalizedLandClass(layer.value(row, code).toString());
        if (c.isEmpty() || classes.contains(c))
            continue;
        const QString n = name >= 0 ? layer.value(row, name).toString().trimmed() : QString();
        classes.insert(c, n.isEmpty() ? core::landClassName(c) : n);
    }
    return classes;
}

void hatch(QPainter &p, const QRectF &r, const QColor &colour, double spacing, double width)
{
    p.save();
    p.setClipRect(r);
    p.setPen(QPen(colour, width));
    for (double x = r.left() - r.height(); x < r.right(); x += spacing)
        p.drawLine(QPointF(x, r.bottom()), QPointF(x + r.height(), r.top()));
    p.restore();
}

} // namespace

void CaseMapPainter::drawLegend(const QRectF &box)
{
    QPainter &p = m_writer.painter();
    p.setPen(QPen(Qt::black, m_writer.mm(0.25)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(box);
    p.setFont(ReportWriter::font(9, true));
    const QRectF title(box.left() + m_writer.mm(2), box.top() + m_writer.mm(1), box.width(), m_writer.mm(5));
    p.drawText(title, Qt::AlignLeft | Qt::AlignVCenter, tr("Legend"));

    using Swatch = std::function<void(const QRectF &)>;
    QList<QPair<QString, Swatch>> items;
    const QColor verdict = verdictColor(m_subject.verdict);
    items.append({m_subject.label.isEmpty() ? tr("This case's incident") : m_subject.label, [&](const QRectF &r) {
                      QColor fill = verdict;
                      fill.setAlphaF(0.55);
                      p.fillRect(r, fill);
                      p.setPen(QPen(QColor(220, 0, 0), m_writer.mm(0.45)));
                      p.drawRect(r);
                  }});
    items.append({tr("Boundary point"), [&](const QRectF &r) {
                      p.setPen(QPen(Qt::black, m_writer.mm(0.2)));
                      p.setBrush(Qt::white);
                      p.drawEllipse(r.center(), m_writer.mm(0.7), m_writer.mm(0.7));
                  }});
    if (m_layers.basicFarmland)
        items.append({tr("Permanent basic farmland"), [&](const QRectF &r) {
                          hatch(p, r, QColor(0, 130, 50), m_writer.mm(1.2), m_writer.mm(0.2));
                          p.setPen(QPen(QColor(0, 110, 40), m_writer.mm(0.35)));
                          p.setBrush(Qt::NoBrush);
                          p.drawRect(r);
                      }});
    if (m_layers.villages)
        items.append({tr("Village boundary"), [&](const QRectF &r) {
                          p.setPen(QPen(QColor(120, 120, 120), m_writer.mm(0.3)));
                          p.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
                      }});
    if (m_layers.landUse) {
        const QMap<QString, QString> classes = visibleClasses(*m_layers.landUse, m_lastExtent);
        for (auto it = classes.constBegin(); it != classes.constEnd(); ++it) {
            const QColor colour = landUseColor(it.key());
            items.append({it.key() + QLatin1Char(' ') + it.value(), [&p, colour, this](const QRectF &r) {
                              p.setPen(QPen(QColor(120, 120, 120), m_writer.mm(0.15)));
                              p.setBrush(colour);
                              p.drawRect(r);
                          }});
        }
    }
    const double rowHeight = m_writer.mm(5.2);
    const int rows = std::max(1, int((box.height() - m_writer.mm(7)) / rowHeight));
    // Two columns in a wide box; a narrow one takes a second column only when the rows run out.
    const int needed = int((items.size() + rows - 1) / rows);
    const int columns = std::max(box.width() >= m_writer.mm(90) ? 2 : 1, needed);
    const double columnWidth = (box.width() - m_writer.mm(4)) / columns;
    p.setFont(ReportWriter::font(7.5));
    for (int i = 0; i < items.size() && i < rows * columns; ++i) {
        const double left = box.left() + m_writer.mm(2) + (i / rows) * columnWidth;
        const double top = box.top() + m_writer.mm(7) + (i % rows) * rowHeight;
        const QRectF swatch(left, top + m_writer.mm(0.8), m_writer.mm(8), m_writer.mm(3.6));
        p.save();
        items[i].second(swatch);
        p.restore();
        p.setPen(Qt::black);
        p.drawText(QRectF(swatch.right() + m_writer.mm(1.5), top, columnWidth - m_writer.mm(10), rowHeight),
                   Qt::AlignLeft | Qt::AlignVCenter, items[i].first);
    }
}

void CaseMapPainter::drawScale(const QRectF &box)
{
    drawReportScale(m_writer, box, m_denominator,
                    { tr("Scale 1:%1").arg(QLocale::c().toString(m_denominator, 'f', 0)), tr("m"), tr("km") });
}

void CaseMapPainter::drawInset(const QRectF &box)
{
    QPainter &p = m_writer.painter();
    p.setPen(QPen(Qt::black, m_writer.mm(0.25)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(box);
    p.setFont(ReportWriter::font(8, true));
    const QRectF title(box.left() + m_writer.mm(2), box.top() + m_writer.mm(1), box.width(), m_writer.mm(4.5));
    p.drawText(title, Qt::AlignLeft | Qt::AlignVCenter, tr("Location in %1").arg(m_subject.township));
    const VectorLayer *townships = m_layers.townships.get();
    const int nameField = townships ? townships->fieldIndex(QStringLiteral("XZQMC")) : -1;
    int own = -1;
    for (int row = 0; townships && nameField >= 0 && row < townships->featureCount(); ++row)
        if (townships->value(row, nameField).toString() == m_subject.township)
            own = row;
    const QRectF area = box.adjusted(m_writer.mm(2), m_writer.mm(6.5), -m_writer.mm(2), -m_writer.mm(2));
    if (own < 0) {
        p.setFont(ReportWriter::font(7.5));
        p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, tr("No township boundary layer was given."));
        return;
    }
    QRectF extent;
    geometryEnvelope(townships->geometry(own), &extent);
    const MapTransform view = MapTransform::fitting(extent, area.size().toSize(), 0.04);
    GeometryPathBuilder builder(view, 1.0);
    p.save();
    p.setClipRect(area);
    p.translate(area.topLeft());
    for (int row : townships->query(view.visibleExtent())) {
        const bool mine = row == own;
        p.setBrush(mine ? QColor(255, 243, 190) : QColor(245, 245, 245));
        p.setPen(QPen(mine ? QColor(130, 60, 150) : QColor(160, 160, 160), m_writer.mm(mine ? 0.4 : 0.2)));
        p.drawPath(builder.path(townships->geometry(row)));
    }
    // The main map's extent, never smaller than 1.5 mm so it stays visible.
    QRectF mark(view.toPixel(m_lastExtent.topLeft()), view.toPixel(m_lastExtent.bottomRight()));
    mark = mark.normalized();
    const double minimum = m_writer.mm(1.5);
    if (mark.width() < minimum || mark.height() < minimum)
        mark = QRectF(mark.center().x() - minimum / 2, mark.center().y() - minimum / 2, minimum, minimum);
    p.setPen(QPen(QColor(220, 0, 0), m_writer.mm(0.4)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(mark);
    p.restore();
}

} // namespace fg::gis
