// SPDX-License-Identifier: MIT
#include "gis/render/map_decorations.h"

#include "gis/render/map_transform.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace fg::gis {

double niceScaleBarMetres(double metresPerPixel, double maxPixels)
{
    if (metresPerPixel <= 0 || maxPixels <= 0)
        return 0;
    const double maxMetres = metresPerPixel * maxPixels;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxMetres)));
    for (double step : {5.0, 2.0, 1.0})
        if (step * magnitude <= maxMetres)
            return step * magnitude;
    return magnitude;
}

double metresPerMapUnit(bool geographic, double latitude)
{
    if (!geographic)
        return 1.0;
    constexpr double kMetresPerDegree = 6378137.0 * M_PI / 180.0;
    return kMetresPerDegree * std::cos(latitude * M_PI / 180.0);
}

namespace {

QString lengthText(double metres, const DecorationTexts &texts)
{
    const QLocale c = QLocale::c();
    if (metres >= 1000)
        return texts.kilometres.arg(c.toString(metres / 1000, 'g', 6));
    return texts.metres.arg(c.toString(metres, 'g', 6));
}

} // namespace

void drawScaleBar(QPainter &painter, const MapTransform &transform, bool geographic, const QRectF &view,
                  const DecorationTexts &texts)
{
    if (!transform.isValid())
        return;
    const double mpp = transform.unitsPerPixel() * metresPerMapUnit(geographic, transform.centre().y());
    const double metres = niceScaleBarMetres(mpp, std::min(160.0, view.width() / 3));
    if (metres <= 0)
        return;
    const double length = metres / mpp;
    const QPointF origin(view.left() + 16, view.bottom() - 18);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    QFont font(texts.fontFamily);
    font.setPointSizeF(8.5);
    painter.setFont(font);
    const QString label = lengthText(metres, texts);
    const QFontMetricsF fm(font);
    const QRectF backdrop(origin.x() - 6, origin.y() - fm.height() - 10, length + fm.horizontalAdvance(label) + 20,
                          fm.height() + 18);
    painter.fillRect(backdrop, QColor(255, 255, 255, 200));
    constexpr int kSegments = 4;
    for (int i = 0; i < kSegments; ++i) {
        const QRectF segment(origin.x() + i * length / kSegments, origin.y() - 4, length / kSegments, 5);
        painter.fillRect(segment, i % 2 ? Qt::white : Qt::black);
    }
    painter.setPen(QPen(Qt::black, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(origin.x(), origin.y() - 4, length, 5));
    painter.drawText(QPointF(origin.x() - 3, origin.y() - 8), QStringLiteral("0"));
    painter.drawText(QPointF(origin.x() + length + 4, origin.y() + 1), label);
    painter.restore();
}

void drawNorthArrow(QPainter &painter, const QRectF &view, const DecorationTexts &texts)
{
    const QPointF tip(view.right() - 34, view.top() + 16);
    constexpr double kHeight = 34, kHalfWidth = 10;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QPointF(tip.x(), tip.y() + kHeight / 2 + 4), 26, 26);
    QPainterPath left, right;
    const QPointF base(tip.x(), tip.y() + kHeight * 0.72);
    left.moveTo(tip);
    left.lineTo(tip.x() - kHalfWidth, tip.y() + kHeight);
    left.lineTo(base);
    left.closeSubpath();
    right.moveTo(tip);
    right.lineTo(tip.x() + kHalfWidth, tip.y() + kHeight);
    right.lineTo(base);
    right.closeSubpath();
    painter.setPen(QPen(Qt::black, 1));
    painter.setBrush(Qt::black);
    painter.drawPath(left);
    painter.setBrush(Qt::white);
    painter.drawPath(right);
    QFont font(texts.fontFamily);
    font.setPointSizeF(9);
    font.setBold(true);
    painter.setFont(font);
    const QRectF textBox(tip.x() - 15, tip.y() + kHeight - 2, 30, 18);
    painter.drawText(textBox, Qt::AlignHCenter | Qt::AlignTop, texts.north);
    painter.restore();
}

} // namespace fg::gis
