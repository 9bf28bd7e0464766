// SPDX-License-Identifier: MIT
#pragma once

#include <QBrush>
#include <QColor>
#include <QHash>
#include <QString>

#include <memory>

namespace fg::gis {

class VectorLayer;

/// How a layer's features get their symbol.
enum class StyleKind {
    SimpleFill,     ///< one fill and stroke for every feature
    Categorised,    ///< fill by the value of classField (categories, else a generated colour)
    LandUse,        ///< 三调 land-use colours by the DLBM code in classField
    BasicFarmland,  ///< hatched overlay with a strong outline (永久基本农田)
    Boundary,       ///< outline only, labelled (township, village, county)
    Incident,       ///< fill by analysis verdict, labelled
};

/// An incident's analysis outcome as the map shows it.
enum class VerdictClass { NotAnalysed, BelowThreshold, Accountability };

/// Fill of each verdict: accountability red, below threshold orange, not analysed grey.
QColor verdictColor(VerdictClass verdict);

/// The diagonal hatch of basic farmland in @p colour, as a texture brush (much cheaper to fill
/// than Qt's pattern brushes, which the raster engine draws line by line).
QBrush basicFarmlandBrush(const QColor &colour);

/// The symbology of one layer. A plain value copied into each render job; workers only read it.
struct LayerStyle
{
    StyleKind kind = StyleKind::SimpleFill;
    QColor fill = QColor(190, 210, 240);
    QColor stroke = QColor(70, 90, 120);
    double strokeWidth = 0.6;        ///< logical pixels
    QString classField;              ///< LandUse: DLBM; Categorised: any field
    QHash<QString, QColor> categories;
    QString labelField;              ///< empty: no labels
    QColor labelColour = QColor(30, 30, 30);
    double labelPointSize = 10;
    int labelPriority = 0;           ///< higher wins when labels collide
    double minLabelPixels = 24;      ///< features smaller than this on screen get no label
    double opacity = 1.0;            ///< 0..1
    bool visible = true;
    /// Incident: verdict per feature id; features absent from the map are NotAnalysed.
    std::shared_ptr<const QHash<qint64, VerdictClass>> verdicts;

    /// The fill of a feature whose class (or category) value is `value`.
    QColor fillFor(const QString &value) const;
};

/// The style a freshly opened layer gets, from its fields and name: DLBM → LandUse;
/// 永久基本农田 / basic farmland → BasicFarmland; incident-like (监测, JCBH, incident) → Incident;
/// administrative names (XZQMC, 乡镇, 村, county) → Boundary; otherwise SimpleFill.
LayerStyle defaultStyleFor(const VectorLayer &layer);

/// Suggested drawing rank (low = drawn first): land use, other fills, basic farmland, boundaries, incidents.
int drawRank(StyleKind kind);

} // namespace fg::gis
