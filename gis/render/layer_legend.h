// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QString>

#include <vector>

class QPainter;
class QRectF;

namespace fg::gis {

class VectorLayer;
struct LayerStyle;

/// One row of a layer's legend: a swatch and what it means.
struct LegendEntry
{
    enum class Swatch { Fill, Hatch, Outline, Line, Marker };
    Swatch swatch = Swatch::Fill;
    QColor fill;
    QColor stroke;
    QString label; ///< in the UI language, e.g. "0101 水田"
    QString value; ///< the class value it stands for (DLBM code, category); empty otherwise
};

/// The legend of a layer as its style draws it: land use by the 三调 classes present in the
/// layer (DLBM code and name, ordered by code, in the official colours); basic farmland's
/// hatch; the three verdict colours of incidents; a boundary's outline; the categories present;
/// one symbol otherwise (fill, line or point by geometry type). Thread-safe; reads the layer.
std::vector<LegendEntry> legendFor(const LayerStyle &style, const VectorLayer &layer);

/// Draws an entry's swatch into @p box (logical pixels), as the map draws that symbol.
void drawLegendSwatch(QPainter &painter, const QRectF &box, const LegendEntry &entry);

} // namespace fg::gis
