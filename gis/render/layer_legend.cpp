// SPDX-License-Identifier: MIT
#include "gis/render/layer_legend.h"

#include "core/land_class.h"
#include "gis/io/vector_layer.h"
#include "gis/render/layer_style.h"

#include <QCoreApplication>
#include <QPainter>

#include <map>

namespace fg::gis {

namespace {

QString legendText(const char *text)
{
    return QCoreApplication::translate("fg::gis::LayerLegend", text);
}

std::vector<LegendEntry> landUseLegend(const LayerStyle &style, const VectorLayer &layer)
{
    const int field = layer.fieldIndex(style.classField);
    const int names = layer.fieldIndex(QStringLiteral("DLMC"));
    std::map<QString, QString> present; // normalised code → name, ordered by code
    for (int row = 0; field >= 0 && row < layer.featureCount(); ++row) {
        const QString code = core::normalizedLandClass(layer.value(row, field).toString());
        if (code.isEmpty() || present.count(code))
            continue;
        QString name = core::landClassName(code);
        if (name.isEmpty() && names >= 0)
            name = layer.value(row, names).toString().trimmed();
        present.emplace(code, name);
    }
    std::vector<LegendEntry> out;
    for (const auto &[code, name] : present)
        out.push_back({ LegendEntry::Swatch::Fill, style.fillFor(code), style.stroke,
            name.isEmpty() ? code : code + QLatin1Char(' ') + name, code });
    return out;
}

std::vector<LegendEntry> incidentLegend(const LayerStyle &style)
{
    const std::pair<VerdictClass, const char *> verdicts[] = {
        { VerdictClass::Accountability,
            QT_TRANSLATE_NOOP("fg::gis::LayerLegend", "Reaches the accountability thresholds") },
        { VerdictClass::BelowThreshold, QT_TRANSLATE_NOOP("fg::gis::LayerLegend", "Below the thresholds") },
        { VerdictClass::NotAnalysed, QT_TRANSLATE_NOOP("fg::gis::LayerLegend", "Not analysed yet") }
    };
    std::vector<LegendEntry> out;
    for (const auto &[verdict, text] : verdicts)
        out.push_back(
            { LegendEntry::Swatch::Fill, verdictColor(verdict), style.stroke, legendText(text), {} });
    return out;
}

std::vector<LegendEntry> categoryLegend(const LayerStyle &style, const VectorLayer &layer)
{
    const int field = layer.fieldIndex(style.classField);
    std::map<QString, QColor> present;
    for (int row = 0; field >= 0 && row < layer.featureCount() && present.size() < 40; ++row) {
        const QString value = layer.value(row, field).toString();
        present.emplace(value, style.fillFor(value));
    }
    std::vector<LegendEntry> out;
    for (const auto &[value, colour] : present)
        out.push_back({ LegendEntry::Swatch::Fill, colour, style.stroke,
            value.isEmpty() ? QCoreApplication::translate("fg::gis::LayerLegend", "(empty)") : value,
            value });
    return out;
}

} // namespace

std::vector<LegendEntry> legendFor(const LayerStyle &style, const VectorLayer &layer)
{
    switch (style.kind) {
    case StyleKind::LandUse:
        return landUseLegend(style, layer);
    case StyleKind::Incident:
        return incidentLegend(style);
    case StyleKind::Categorised:
        return categoryLegend(style, layer);
    case StyleKind::BasicFarmland:
        return { { LegendEntry::Swatch::Hatch, style.fill, style.stroke,
            QCoreApplication::translate("fg::gis::LayerLegend", "Permanent basic farmland (hatched)"), {} } };
    case StyleKind::Boundary:
        return { { LegendEntry::Swatch::Outline, Qt::transparent, style.stroke,
            QCoreApplication::translate("fg::gis::LayerLegend", "Boundary (outline, labelled)"), {} } };
    case StyleKind::SimpleFill:
        break;
    }
    switch (layer.geometryKind) {
    case GeometryKind::Point:
        return { { LegendEntry::Swatch::Marker, style.fill, style.stroke,
            QCoreApplication::translate("fg::gis::LayerLegend", "Point symbol"), {} } };
    case GeometryKind::Line:
        return { { LegendEntry::Swatch::Line, style.fill, style.stroke,
            QCoreApplication::translate("fg::gis::LayerLegend", "Line"), {} } };
    default:
        break;
    }
    return { { LegendEntry::Swatch::Fill, style.fill, style.stroke,
        QCoreApplication::translate("fg::gis::LayerLegend", "Area"), {} } };
}

void drawLegendSwatch(QPainter &painter, const QRectF &box, const LegendEntry &entry)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF r = box.adjusted(1, 1, -1, -1);
    switch (entry.swatch) {
    case LegendEntry::Swatch::Fill:
        painter.setPen(QPen(entry.stroke, 0.8));
        painter.setBrush(entry.fill);
        painter.drawRect(r);
        break;
    case LegendEntry::Swatch::Hatch:
        painter.setPen(QPen(entry.stroke, 1.2));
        painter.setBrush(basicFarmlandBrush(entry.fill));
        painter.drawRect(r);
        break;
    case LegendEntry::Swatch::Outline:
        painter.setPen(QPen(entry.stroke, 1.6));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(r);
        break;
    case LegendEntry::Swatch::Line:
        painter.setPen(QPen(entry.stroke, 1.6));
        painter.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
        break;
    case LegendEntry::Swatch::Marker:
        painter.setPen(QPen(entry.stroke, 0.8));
        painter.setBrush(entry.fill);
        painter.drawEllipse(r.center(), 3.5, 3.5);
        break;
    }
    painter.restore();
}

} // namespace fg::gis
