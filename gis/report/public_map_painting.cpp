// SPDX-License-Identifier: MIT
// The page-1 pieces of the public map: the map itself, its labels, legend, scale and notice.
#include "gis/report/public_map_report.h"

#include "core/units.h"
#include "gis/io/vector_layer.h"
#include "gis/render/geometry_path.h"
#include "gis/render/map_decorations.h"
#include "gis/report/report_map_furniture.h"
#include "gis/report/report_writer.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace fg::gis {

namespace {

const QColor kFarmland(110, 185, 95);
const QColor kFarmlandEdge(30, 110, 40);
const QColor kTownshipEdge(150, 50, 140);
const QColor kNeighbour(238, 238, 238);

void haloText(QPainter &p, const QRectF &box, const QString &text, const QColor &colour, double halo)
{
    QPainterPath path;
    const QFontMetricsF metrics(p.font(), p.device());
    const double w = metrics.horizontalAdvance(text);
    path.addText(QPointF(box.center().x() - w / 2, box.center().y() + metrics.ascent() / 2 - metrics.descent() / 2),
                 p.font(), text);
    p.setPen(QPen(QColor(255, 255, 255, 230), halo, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    p.setPen(colour);
    p.drawText(box, Qt::AlignCenter, text);
}

} // namespace

void PublicMapReport::drawMap(ReportWriter &writer, const QRectF &frame) const
{
    QPainter &p = writer.painter();
    const double metresPerUnit = m_denominator / 1000.0 / writer.mm(1);
    const MapTransform view(m_content.extent.center(), metresPerUnit, frame.size().toSize());
    GeometryPathBuilder builder(view, 0.5);
    p.save();
    p.setClipRect(frame);
    p.translate(frame.topLeft());
    p.fillRect(QRectF(QPointF(0, 0), frame.size()), Qt::white);
    const VectorLayer *townships = m_layers.townships.get();
    for (int row = 0; townships && row < townships->featureCount(); ++row) {
        p.setPen(QPen(QColor(170, 170, 170), writer.mm(0.3)));
        p.setBrush(kNeighbour);
        p.drawPath(builder.path(townships->geometry(row)));
    }
    const QPainterPath outline = builder.path(m_content.outline.get());
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    p.drawPath(outline);
    p.setPen(QPen(kFarmlandEdge, writer.mm(0.08)));
    p.setBrush(kFarmland);
    for (int row : m_content.parcels)
        p.drawPath(builder.path(m_layers.basicFarmland->geometry(row)));
    const VectorLayer *villages = m_layers.villages.get();
    const int villageTownship = villages ? villages->fieldIndex(QStringLiteral("XZMC")) : -1;
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(QColor(90, 90, 90), writer.mm(0.25), Qt::DashLine));
    for (int row = 0; villageTownship >= 0 && row < villages->featureCount(); ++row)
        if (villages->value(row, villageTownship).toString().trimmed() == m_content.township)
            p.drawPath(builder.path(villages->geometry(row)));
    p.setPen(QPen(kTownshipEdge, writer.mm(0.7), Qt::DashDotLine));
    p.drawPath(outline);
    p.restore();
    p.save();
    p.setClipRect(frame);
    drawLabels(writer, frame, view);
    p.restore();
    drawReportNorthArrow(writer, QPointF(frame.right() - writer.mm(10), frame.top() + writer.mm(4)), 14, tr("N"),
                         true);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(Qt::black, writer.mm(0.5)));
    p.drawRect(frame);
}

void PublicMapReport::drawLabels(ReportWriter &writer, const QRectF &frame, const MapTransform &view) const
{
    QPainter &p = writer.painter();
    const auto labelAt = [&](const GEOSGeometry *g) {
        GeosGeometryPtr point(GEOSPointOnSurface_r(geosContext(), g));
        double x = 0, y = 0;
        GEOSGeomGetX_r(geosContext(), point.get(), &x);
        GEOSGeomGetY_r(geosContext(), point.get(), &y);
        return view.toPixel(QPointF(x, y)) + frame.topLeft();
    };
    const QSizeF box(writer.mm(40), writer.mm(6));
    const VectorLayer *townships = m_layers.townships.get();
    const int townshipName = townships ? townships->fieldIndex(QStringLiteral("XZQMC")) : -1;
    p.setFont(ReportWriter::font(10));
    for (int row = 0; townshipName >= 0 && row < townships->featureCount(); ++row) {
        const QString name = townships->value(row, townshipName).toString().trimmed();
        if (name == m_content.township)
            continue;
        const QPointF at = labelAt(townships->geometry(row));
        haloText(p, QRectF(at - QPointF(box.width() / 2, box.height() / 2), box), name, QColor(130, 130, 130),
                 writer.mm(0.8));
    }
    const VectorLayer *villages = m_layers.villages.get();
    const int villageName = villages ? villages->fieldIndex(QStringLiteral("XZQMC")) : -1;
    const int villageTownship = villages ? villages->fieldIndex(QStringLiteral("XZMC")) : -1;
    p.setFont(ReportWriter::font(8.5, true));
    for (int row = 0; villageName >= 0 && villageTownship >= 0 && row < villages->featureCount(); ++row) {
        if (villages->value(row, villageTownship).toString().trimmed() != m_content.township)
            continue;
        const QPointF at = labelAt(villages->geometry(row));
        haloText(p, QRectF(at - QPointF(box.width() / 2, box.height() / 2), box),
                 villages->value(row, villageName).toString().trimmed(), Qt::black, writer.mm(0.9));
    }
}

void PublicMapReport::drawLegend(ReportWriter &writer, const QRectF &box) const
{
    QPainter &p = writer.painter();
    const auto mm = [&](double v) { return writer.mm(v); };
    p.setPen(QPen(Qt::black, mm(0.25)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(box);
    p.setFont(ReportWriter::font(10, true));
    p.drawText(QRectF(box.left(), box.top() + mm(1), box.width(), mm(6)), Qt::AlignCenter, tr("Legend"));
    p.setFont(ReportWriter::font(8.5));
    const QStringList names = { tr("Permanent basic farmland"), tr("Township boundary"), tr("Village boundary"),
                                tr("Neighbouring township") };
    for (int i = 0; i < names.size(); ++i) {
        const double top = box.top() + mm(8.5) + i * mm(7);
        const QRectF swatch(box.left() + mm(4), top + mm(1), mm(10), mm(4.5));
        p.save();
        if (i == 0 || i == 3) {
            p.setPen(QPen(i == 0 ? kFarmlandEdge : QColor(170, 170, 170), mm(0.2)));
            p.setBrush(i == 0 ? kFarmland : kNeighbour);
            p.drawRect(swatch);
        } else {
            p.setPen(i == 1 ? QPen(kTownshipEdge, mm(0.7), Qt::DashDotLine) : QPen(QColor(90, 90, 90), mm(0.25), Qt::DashLine));
            p.drawLine(QPointF(swatch.left(), swatch.center().y()), QPointF(swatch.right(), swatch.center().y()));
        }
        p.restore();
        p.setPen(Qt::black);
        p.drawText(QRectF(swatch.right() + mm(3), top, box.width() - mm(18), mm(6.5)), Qt::AlignLeft | Qt::AlignVCenter,
                   names[i]);
    }
}

void PublicMapReport::drawScale(ReportWriter &writer, const QRectF &box) const
{
    drawReportScale(writer, box, m_denominator,
                    { tr("Scale 1:%1").arg(QLocale::c().toString(m_denominator, 'f', 0)), tr("m"), tr("km") });
}

void PublicMapReport::drawNotice(ReportWriter &writer, const QRectF &box) const
{
    QPainter &p = writer.painter();
    const QString totals = tr("%1 parcels of permanent basic farmland, %2 m² (%3 mu).")
                               .arg(m_content.parcels.size())
                               .arg(core::formatSquareMetres(m_content.totalM2), core::formatMu(m_content.totalM2));
    const QString notice =
        tr("Notice: under the Land Administration Law and the Regulations on the Protection of Basic Farmland, the "
           "permanent basic farmland of %1 shown on this map is announced to the public. Once designated, no unit or "
           "individual may occupy it or change its use; building, digging sand, quarrying, mining, taking soil, "
           "piling waste or digging ponds on it are forbidden. Anyone may report violations to the township "
           "government or the county Natural Resources Bureau.")
            .arg(m_content.township);
    p.setPen(Qt::black);
    p.setFont(ReportWriter::font(9, true));
    const double totalsHeight = writer.textHeight(totals, p.font(), box.width());
    p.drawText(QRectF(box.left(), box.top(), box.width(), totalsHeight), Qt::TextWordWrap, totals);
    double points = 8.5;
    const QRectF rest = box.adjusted(0, totalsHeight + writer.mm(2), 0, 0);
    while (points > 6 && writer.textHeight(notice, ReportWriter::font(points), rest.width()) > rest.height())
        points -= 0.5;
    p.setFont(ReportWriter::font(points));
    p.drawText(rest, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, notice);
}

} // namespace fg::gis
