// SPDX-License-Identifier: MIT
#include "gis/report/report_map_furniture.h"

#include "gis/render/map_decorations.h"
#include "gis/report/report_writer.h"

#include <QLocale>
#include <QPainter>
#include <QPolygonF>

namespace fg::gis {

void drawReportScale(ReportWriter &writer, const QRectF &box, double denominator, const ReportScaleTexts &texts)
{
    QPainter &p = writer.painter();
    const auto mm = [&](double v) { return writer.mm(v); };
    p.save();
    p.setPen(Qt::black);
    p.setFont(ReportWriter::font(9));
    const QRectF textBox(box.left(), box.top(), box.width(), mm(5));
    p.drawText(textBox, Qt::AlignHCenter | Qt::AlignVCenter, texts.numeric);
    const double metresPerMm = denominator / 1000.0;
    const double metres = niceScaleBarMetres(metresPerMm, box.width() / mm(1) * 0.7);
    const double length = mm(metres / metresPerMm);
    const double left = box.center().x() - length / 2;
    const double top = textBox.bottom() + mm(1.5);
    constexpr int kSegments = 4;
    p.setPen(QPen(Qt::black, mm(0.2)));
    for (int i = 0; i < kSegments; ++i) {
        p.setBrush(i % 2 ? Qt::white : Qt::black);
        p.drawRect(QRectF(left + i * length / kSegments, top, length / kSegments, mm(1.4)));
    }
    p.setFont(ReportWriter::font(7));
    const bool km = metres >= 1000;
    const QLocale c = QLocale::c();
    for (int i : { 0, kSegments / 2, kSegments }) {
        const double value = metres * i / kSegments / (km ? 1000 : 1);
        p.drawText(QRectF(left + i * length / kSegments - mm(8), top + mm(1.8), mm(16), mm(3.5)), Qt::AlignCenter,
                   c.toString(value, 'g', 6));
    }
    p.drawText(QRectF(left + length + mm(2), top - mm(1), mm(12), mm(3.5)), Qt::AlignLeft | Qt::AlignVCenter,
               km ? texts.kilometres : texts.metres);
    p.restore();
}

QRectF drawReportNorthArrow(ReportWriter &writer, const QPointF &tip, double sizeMm, const QString &north, bool halo)
{
    QPainter &p = writer.painter();
    const double size = writer.mm(sizeMm);
    const double labelHeight = writer.mm(4.5);
    const QRectF label(tip.x() - size / 2, tip.y() + size * 0.85, size, labelHeight);
    p.save();
    if (halo) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 220));
        p.drawEllipse(QPointF(tip.x(), tip.y() + size * 0.55), size * 0.62, size * 0.62);
    }
    const QPointF notch(tip.x(), tip.y() + size * 0.62);
    p.setPen(QPen(Qt::black, writer.mm(0.2)));
    p.setBrush(Qt::black);
    p.drawPolygon(QPolygonF({ tip, QPointF(tip.x() - size * 0.28, tip.y() + size * 0.85), notch }));
    p.setBrush(Qt::white);
    p.drawPolygon(QPolygonF({ tip, QPointF(tip.x() + size * 0.28, tip.y() + size * 0.85), notch }));
    p.setPen(Qt::black);
    p.setFont(ReportWriter::font(8.5, true));
    p.drawText(label, Qt::AlignHCenter | Qt::AlignTop, north);
    p.restore();
    return QRectF(tip.x() - size / 2, tip.y(), size, size * 0.85 + labelHeight);
}

} // namespace fg::gis
