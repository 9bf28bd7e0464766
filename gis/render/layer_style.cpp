// SPDX-License-Identifier: MIT
#include "gis/render/layer_style.h"

#include "gis/io/vector_layer.h"
#include "gis/render/land_use_palette.h"

#include <QFileInfo>
#include <QImage>
#include <QPainter>

namespace fg::gis {

QColor verdictColor(VerdictClass verdict)
{
    switch (verdict) {
    case VerdictClass::Accountability: return QColor(220, 30, 30);
    case VerdictClass::BelowThreshold: return QColor(255, 150, 20);
    case VerdictClass::NotAnalysed: break;
    }
    return QColor(150, 150, 150);
}

QBrush basicFarmlandBrush(const QColor &colour)
{
    constexpr int kTile = 8;
    QImage tile(kTile, kTile, QImage::Format_ARGB32_Premultiplied);
    tile.fill(Qt::transparent);
    QPainter painter(&tile);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour, 1.1));
    // Three segments so that the line joins up across tile edges.
    for (int offset : {-kTile, 0, kTile})
        painter.drawLine(QPointF(offset, kTile), QPointF(offset + kTile, 0));
    painter.end();
    return QBrush(tile);
}

QColor LayerStyle::fillFor(const QString &value) const
{
    if (kind == StyleKind::LandUse)
        return landUseColor(value);
    if (kind == StyleKind::Categorised) {
        auto it = categories.constFind(value);
        if (it != categories.constEnd())
            return *it;
        // A stable pastel per value, so that a category keeps its colour between renders.
        const uint hash = qHash(value);
        return QColor::fromHsv(int(hash % 360), 90 + int(hash / 360 % 60), 230).toRgb();
    }
    return fill;
}

int drawRank(StyleKind kind)
{
    switch (kind) {
    case StyleKind::LandUse: return 0;
    case StyleKind::SimpleFill:
    case StyleKind::Categorised: return 1;
    case StyleKind::BasicFarmland: return 2;
    case StyleKind::Boundary: return 3;
    case StyleKind::Incident: return 4;
    }
    return 1;
}

namespace {

bool nameHas(const QString &name, std::initializer_list<const char *> needles)
{
    for (const char *needle : needles)
        if (name.contains(QString::fromUtf8(needle), Qt::CaseInsensitive))
            return true;
    return false;
}

QString firstField(const VectorLayer &layer, std::initializer_list<const char *> names)
{
    for (const char *n : names) {
        const int i = layer.fieldIndex(QString::fromLatin1(n));
        if (i >= 0)
            return layer.fields[size_t(i)].name;
    }
    return {};
}

LayerStyle boundaryStyle(const VectorLayer &layer, const QString &name)
{
    LayerStyle s;
    s.kind = StyleKind::Boundary;
    const bool county = nameHas(name, {"county", "县界", "xjxzq"});
    const bool village = nameHas(name, {"village", "村", "cjxzq", "cun"});
    s.stroke = county ? QColor(90, 40, 110) : village ? QColor(120, 120, 120) : QColor(130, 60, 150);
    s.strokeWidth = county ? 2.6 : village ? 0.8 : 1.6;
    s.labelField = firstField(layer, {"XZQMC", "CJQYMC", "ZLDWMC", "NAME", "MC"});
    s.labelPointSize = county ? 13 : village ? 8.5 : 11;
    s.labelColour = county ? QColor(70, 20, 90) : village ? QColor(80, 80, 80) : QColor(100, 30, 120);
    s.labelPriority = county ? 30 : village ? 10 : 20;
    s.minLabelPixels = 40;
    return s;
}

/// Any other layer, by geometry type: polygons as a strong outline over a light translucent fill
/// (the land use stays readable under it), lines as lines, points as symbols; a colour of its own
/// per layer name, so that two such layers can be told apart.
LayerStyle genericStyle(const VectorLayer &layer, const QString &name)
{
    static const QColor colours[] = {QColor(30, 100, 200), QColor(200, 60, 140), QColor(0, 140, 150),
                                     QColor(150, 90, 20), QColor(90, 60, 180), QColor(40, 130, 40)};
    const QColor colour = colours[qHash(name) % std::size(colours)];
    LayerStyle s;
    s.stroke = colour;
    QColor fill = colour;
    switch (layer.geometryKind) {
    case GeometryKind::Point:
        fill.setAlpha(220);
        s.stroke = colour.darker(150);
        s.strokeWidth = 0.8;
        break;
    case GeometryKind::Line:
        fill.setAlpha(0);
        s.strokeWidth = 1.4;
        break;
    default:
        fill.setAlpha(45);
        s.strokeWidth = 1.0;
        break;
    }
    s.fill = fill;
    return s;
}

} // namespace

LayerStyle defaultStyleFor(const VectorLayer &layer)
{
    const QString name = layer.name + QLatin1Char(' ') + QFileInfo(layer.sourcePath).completeBaseName();
    LayerStyle s;
    if (layer.geometryKind == GeometryKind::Polygon || layer.geometryKind == GeometryKind::Unknown) {
        if (nameHas(name, {"basic", "jbnt", "基本农田", "yjjbnt"})) {
            s.kind = StyleKind::BasicFarmland;
            s.fill = QColor(0, 130, 50, 150);
            s.stroke = QColor(0, 110, 40);
            s.strokeWidth = 1.2;
            return s;
        }
        // Approved land (issue 16 item 1): a blue outline and a light wash, so the incidents on
        // top and the land use below stay readable; labelled with the 文号.
        if (nameHas(name, {"approval", "pzwj", "批准", "批复", "审批", "备案"})) {
            s.stroke = QColor(20, 90, 200);
            s.strokeWidth = 1.4;
            s.fill = QColor(60, 130, 230, 55);
            s.labelField = firstField(layer, {"WH", "PZWH", "DOCUMENT_NO"});
            s.labelPointSize = 8;
            s.labelPriority = 12;
            s.minLabelPixels = 30;
            return s;
        }
        if (nameHas(name, {"incident", "jctb", "监测", "违法", "线索", "case", "clue"})
            || layer.fieldIndex(QStringLiteral("JCBH")) >= 0) {
            s.kind = StyleKind::Incident;
            s.stroke = QColor(60, 0, 0, 200);
            s.strokeWidth = 0.8;
            s.labelField = firstField(layer, {"ID", "JCBH", "BH", "BSM"});
            s.labelPointSize = 9;
            // Below township names, above village names; markers (tiny incidents) get no label,
            // so that a county-wide view is not buried under numbers.
            s.labelPriority = 15;
            s.minLabelPixels = 12;
            return s;
        }
        if (layer.fieldIndex(QStringLiteral("DLBM")) >= 0) {
            s.kind = StyleKind::LandUse;
            s.classField = layer.fields[size_t(layer.fieldIndex(QStringLiteral("DLBM")))].name;
            s.stroke = QColor(120, 120, 120);
            s.strokeWidth = 0.4;
            return s;
        }
        // Administrative outlines: by name, or by the fields of DataV/AMap/NGCC boundary files.
        if (nameHas(name, {"township", "town", "village", "county", "boundary", "xzq", "bou", "乡", "镇", "村",
                           "县", "市", "省", "界"})
            || layer.fieldIndex(QStringLiteral("adcode")) >= 0 || layer.fieldIndex(QStringLiteral("ADCODE99")) >= 0)
            return boundaryStyle(layer, name);
    }
    return genericStyle(layer, name);
}

} // namespace fg::gis
