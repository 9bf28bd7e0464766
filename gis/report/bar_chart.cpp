// SPDX-License-Identifier: MIT
#include "gis/report/bar_chart.h"

#include "gis/report/report_writer.h"

#include <QLocale>
#include <QPainter>

#include <cmath>

namespace fg::gis {

double BarChart::tickStep(double maximum)
{
    if (!(maximum > 0))
        return 1;
    const double raw = maximum / 5;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : { 1.0, 2.0, 5.0, 10.0 })
        if (m * power >= raw)
            return m * power;
    return 10 * power;
}

void BarChart::draw(ReportWriter &writer, const QRectF &box) const
{
    QPainter &p = writer.painter();
    const auto mm = [&](double v) { return writer.mm(v); };
    p.save();
    p.setPen(Qt::black);
    p.setFont(ReportWriter::font(9.5, true));
    p.drawText(QRectF(box.left(), box.top(), box.width(), mm(6)), Qt::AlignHCenter | Qt::AlignVCenter, title);
    double maximum = 0;
    for (const BarSeries &s : series)
        for (double v : s.values)
            maximum = std::max(maximum, v);
    const double step = tickStep(maximum);
    // Headroom for the value labels above the tallest bar.
    const double top = std::max(step, std::ceil(maximum * 1.15 / step) * step);
    const QRectF plot(box.left() + mm(16), box.top() + mm(11), box.width() - mm(18), box.height() - mm(21));
    const QLocale c = QLocale::c();
    p.setFont(ReportWriter::font(7));
    p.drawText(QRectF(box.left(), box.top() + mm(5.5), mm(30), mm(4)), Qt::AlignLeft | Qt::AlignVCenter, unit);
    for (double v = 0; v <= top + step / 2; v += step) {
        const double y = plot.bottom() - v / top * plot.height();
        p.setPen(QPen(QColor(210, 210, 210), mm(0.15)));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(Qt::black);
        p.drawText(QRectF(box.left(), y - mm(2), mm(15), mm(4)), Qt::AlignRight | Qt::AlignVCenter,
                   c.toString(v, 'f', step < 1 ? 1 : 0));
    }
    const int groups = std::max(1, int(categories.size()));
    const double groupWidth = plot.width() / groups;
    const double barWidth = groupWidth * 0.75 / std::max(1, int(series.size()));
    for (int g = 0; g < categories.size(); ++g) {
        const double groupLeft = plot.left() + g * groupWidth + groupWidth * 0.125;
        for (int s = 0; s < series.size(); ++s) {
            const double value = g < series[s].values.size() ? std::max(0.0, series[s].values[g]) : 0;
            const double height = value / top * plot.height();
            const QRectF bar(groupLeft + s * barWidth, plot.bottom() - height, barWidth * 0.92, height);
            p.setPen(QPen(series[s].colour.darker(130), mm(0.15)));
            p.setBrush(series[s].colour);
            p.drawRect(bar);
            p.setPen(Qt::black);
            p.setFont(ReportWriter::font(6));
            const QString label = c.toString(value, 'f', decimals);
            // A label wider than its bar stands upright above it, so neighbours never overlap.
            if (QFontMetricsF(p.font(), p.device()).horizontalAdvance(label) > barWidth * 0.95) {
                p.save();
                p.translate(bar.center().x(), bar.top() - mm(0.6));
                p.rotate(-90);
                p.drawText(QRectF(0, -barWidth / 2, mm(16), barWidth), Qt::AlignLeft | Qt::AlignVCenter, label);
                p.restore();
            } else {
                p.drawText(QRectF(bar.center().x() - mm(8), bar.top() - mm(3.6), mm(16), mm(3.4)),
                           Qt::AlignHCenter | Qt::AlignBottom, label);
            }
        }
        p.setFont(ReportWriter::font(7.5));
        p.drawText(QRectF(plot.left() + g * groupWidth, plot.bottom() + mm(1), groupWidth, mm(4.5)),
                   Qt::AlignHCenter | Qt::AlignTop, categories[g]);
    }
    p.setPen(QPen(Qt::black, mm(0.25)));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    // Legend, centred under the category labels.
    p.setFont(ReportWriter::font(7.5));
    const QFontMetricsF metrics(p.font(), p.device());
    double width = 0;
    for (const BarSeries &s : series)
        width += mm(6) + metrics.horizontalAdvance(s.name) + mm(5);
    double x = box.center().x() - width / 2;
    const double y = plot.bottom() + mm(6);
    for (const BarSeries &s : series) {
        p.setPen(QPen(s.colour.darker(130), mm(0.15)));
        p.setBrush(s.colour);
        p.drawRect(QRectF(x, y + mm(0.6), mm(4.5), mm(2.8)));
        p.setPen(Qt::black);
        const double w = metrics.horizontalAdvance(s.name);
        p.drawText(QRectF(x + mm(6), y, w + mm(1), mm(4)), Qt::AlignLeft | Qt::AlignVCenter, s.name);
        x += mm(6) + w + mm(5);
    }
    p.restore();
}

} // namespace fg::gis
