// SPDX-License-Identifier: MIT
#include "gis/render/feature_symboliser.h"

#include <QPainter>

#include <algorithm>

namespace fg::gis {

namespace {
constexpr double kOutlinePixels = 3;
constexpr double kHatchPixels = 14;
} // namespace

FeatureSymboliser::FeatureSymboliser(const LayerStyle &style)
    : m_style(style)
{
    const QColor stroke = style.stroke;
    m_pen = style.strokeWidth > 0 ? QPen(stroke, style.strokeWidth) : QPen(Qt::NoPen);
    m_pen.setJoinStyle(Qt::RoundJoin);
    m_thinPen = QPen(stroke, std::min(style.strokeWidth, 0.7));
    QColor flat = style.fill;
    flat.setAlphaF(flat.alphaF() * 0.6);
    m_flatBrush = QBrush(flat);
    switch (style.kind) {
    case StyleKind::Boundary:
        m_brush = Qt::NoBrush;
        break;
    case StyleKind::BasicFarmland:
        m_brush = basicFarmlandBrush(style.fill);
        break;
    default:
        m_brush = QBrush(style.fill);
        break;
    }
}

bool FeatureSymboliser::applySmall(QPainter &painter, double pixelSize)
{
    const bool small = pixelSize < kOutlinePixels && m_style.kind != StyleKind::Boundary
        && m_style.kind != StyleKind::Incident;
    if (m_style.kind == StyleKind::BasicFarmland && pixelSize < kHatchPixels) {
        painter.setBrush(m_flatBrush);
        painter.setPen(small ? QPen(Qt::NoPen) : m_thinPen);
        return true;
    }
    painter.setPen(small ? QPen(Qt::NoPen) : m_pen);
    return false;
}

void FeatureSymboliser::apply(
    QPainter &painter, double pixelSize, const QString *classValue, VerdictClass verdict)
{
    if (applySmall(painter, pixelSize))
        return;
    QBrush brush = m_brush;
    if (m_style.kind == StyleKind::Incident) {
        brush = QBrush(verdictColor(verdict));
    } else if (classValue && (m_style.kind == StyleKind::LandUse || m_style.kind == StyleKind::Categorised)) {
        auto it = m_brushes.constFind(*classValue);
        if (it == m_brushes.constEnd())
            it = m_brushes.insert(*classValue, QBrush(m_style.fillFor(*classValue)));
        brush = *it;
    }
    painter.setBrush(brush);
}

void FeatureSymboliser::applyClass(
    QPainter &painter, double pixelSize, const QStringList &classes, int classIndex)
{
    if (applySmall(painter, pixelSize))
        return;
    if (m_classBrushes.empty())
        for (const QString &value : classes)
            m_classBrushes.push_back(QBrush(m_style.fillFor(value)));
    painter.setBrush(m_classBrushes.at(size_t(classIndex)));
}

} // namespace fg::gis
