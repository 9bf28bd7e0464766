// SPDX-License-Identifier: MIT
#pragma once

#include "gis/render/layer_style.h"

#include <QBrush>
#include <QHash>
#include <QPen>
#include <QStringList>

#include <vector>

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
    /// The same for a classed layer whose class values are known up front (a scan's): `classIndex`
    /// into `classes`, whose brushes are resolved once, without hashing the text per feature.
    void applyClass(QPainter &painter, double pixelSize, const QStringList &classes, int classIndex);

private:
    /// The symbol of small features (no outline, basic farmland flat); true when that is all.
    bool applySmall(QPainter &painter, double pixelSize);

    const LayerStyle &m_style;
    QPen m_pen;
    QPen m_thinPen;
    QBrush m_brush;
    QBrush m_flatBrush;
    QHash<QString, QBrush> m_brushes;
    std::vector<QBrush> m_classBrushes; ///< by class index (applyClass)
};

} // namespace fg::gis
