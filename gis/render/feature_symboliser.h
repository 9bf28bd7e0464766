// SPDX-License-Identifier: MIT
#pragma once

#include "gis/render/layer_style.h"

#include <QBrush>
#include <QHash>
#include <QPen>

class QPainter;

namespace fg::gis {

/// Resolves a feature's brush and pen from the style, caching per class value: one rule for the
/// render of a loaded layer and for the first picture drawn from a shapefile scan, so both draw
/// a feature alike. One per render and layer; not shared between threads.
class FeatureSymboliser
{
public:
    explicit FeatureSymboliser(const LayerStyle &style);

    /// Sets brush and pen for a feature `pixelSize` logical pixels across, of class `classValue`
    /// (null: the layer is not classed) and, for incidents, `verdict`. Small features get a
    /// lighter symbol: no outline on fills below 3 px (it would hide the class colour), and basic
    /// farmland a flat translucent fill below 14 px, where hatching cannot be read.
    void apply(QPainter &painter, double pixelSize, const QString *classValue, VerdictClass verdict);

private:
    const LayerStyle &m_style;
    QPen m_pen;
    QPen m_thinPen;
    QBrush m_brush;
    QBrush m_flatBrush;
    QHash<QString, QBrush> m_brushes;
};

} // namespace fg::gis
