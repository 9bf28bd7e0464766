// SPDX-License-Identifier: MIT
#include "gis/report/patrol_report.h"

#include "core/patrol/risk_model.h"
#include "gis/io/vector_layer.h"
#include "gis/io/working_crs.h"
#include "gis/render/geometry_path.h"
#include "gis/render/map_decorations.h"
#include "gis/report/public_map_report.h"
#include "gis/report/report_map_furniture.h"
#include "gis/report/report_table.h"
#include "gis/report/two_pass_pdf.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QMap>
#include <QPainter>

#include <QHash>
#include <QPainterPath>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <functional>

namespace fg::gis {

namespace {

QColor officerColour(int index)
{
    static const QColor colours[] = { QColor(200, 40, 40), QColor(30, 90, 200), QColor(20, 140, 60),
        QColor(150, 60, 170), QColor(220, 120, 0), QColor(0, 140, 150) };
    return colours[index % int(std::size(colours))];
}

QString weekday(QDate day)
{
    static const char *const names[] = { QT_TRANSLATE_NOOP("fg::gis::PatrolReport", "Monday"),
        QT_TRANSLATE_NOOP("fg::gis::PatrolReport", "Tuesday"),
        QT_TRANSLATE_NOOP("fg::gis::PatrolReport", "Wednesday"),
        QT_TRANSLATE_NOOP("fg::gis::PatrolReport", "Thursday"),
        QT_TRANSLATE_NOOP("fg::gis::PatrolReport", "Friday"),
        QT_TRANSLATE_NOOP("fg::gis::PatrolReport", "Saturday"),
        QT_TRANSLATE_NOOP("fg::gis::PatrolReport", "Sunday") };
    return PatrolReport::tr(names[(day.dayOfWeek() + 6) % 7]);
}

const QColor kCellFill(240, 248, 235);
const QColor kHighRiskFill(255, 215, 180);

/// The map's extent: the route's cells with a margin, never under 2 km across.
QRectF routeExtent(const std::vector<const GridCell *> &cells)
{
    QRectF extent;
    for (const GridCell *c : cells) {
        QRectF e;
        if (c && geometryEnvelope(c->geometry.get(), &e))
            extent = extent.isNull() ? e : extent.united(e);
    }
    const double margin = std::max(300.0, 0.1 * std::max(extent.width(), extent.height()));
    return extent.adjusted(-margin, -margin, margin, margin);
}

/// The scale that fits the extent in the frame, rounded up to two significant digits (1:23000):
/// a route sketch is read for its order and villages, not measured, so it may fill its frame.
double routeScale(const QRectF &extent, const QSizeF &frameMm)
{
    const double exact
        = std::max(extent.width() / frameMm.width(), extent.height() / frameMm.height()) * 1000 * 1.04;
    const double unit = std::pow(10.0, std::floor(std::log10(std::max(exact, 1.0))) - 1);
    return std::ceil(exact / unit) * unit;
}

} // namespace

PatrolReport::PatrolReport(const PatrolReportData &data, ReportOptions options)
    : m_data(data)
    , m_options(std::move(options))
    , m_names(cellNames(*data.cells))
{
    if (!m_options.date.isValid())
        m_options.date = QDate::currentDate();
}

QHash<QString, QString> PatrolReport::cellNames(const std::vector<GridCell> &cells)
{
    QMap<QString, QStringList> byPlace; // village (or township) → cell ids
    for (const GridCell &c : cells)
        byPlace[c.cell.village.isEmpty() ? c.cell.township : c.cell.village] << c.cell.id;
    QHash<QString, QString> names;
    for (auto it = byPlace.begin(); it != byPlace.end(); ++it) {
        it.value().sort();
        for (int i = 0; i < it.value().size(); ++i)
            names.insert(it.value()[i], tr("%1 cell %2").arg(it.key()).arg(i + 1));
    }
    return names;
}

const GridCell *PatrolReport::cell(const QString &id) const
{
    for (const GridCell &c : *m_data.cells)
        if (c.cell.id == id)
            return &c;
    return nullptr;
}

std::vector<core::PlannedVisit> PatrolReport::visits() const
{
    std::vector<core::PlannedVisit> result;
    for (const core::PlannedVisit &v : m_data.plan->visits) {
        const GridCell *c = cell(v.cellId);
        if (v.date >= m_data.from && v.date <= m_data.to && c && c->cell.township == m_data.township)
            result.push_back(v);
    }
    std::stable_sort(
        result.begin(), result.end(), [](const core::PlannedVisit &a, const core::PlannedVisit &b) {
            return std::tie(a.date, a.officer, a.order) < std::tie(b.date, b.officer, b.order);
        });
    return result;
}

QStringList PatrolReport::officers() const
{
    QStringList names;
    for (const core::PlannedVisit &v : visits())
        if (!names.contains(v.officer))
            names << v.officer;
    names.sort();
    return names;
}

std::vector<std::pair<QDate, QString>> PatrolReport::routeMaps() const
{
    std::vector<std::pair<QDate, QString>> maps;
    for (const core::PlannedVisit &v : visits())
        if (maps.empty() || maps.back() != std::pair { v.date, v.officer })
            maps.emplace_back(v.date, v.officer);
    return maps;
}

PageDecor PatrolReport::decor() const
{
    PageDecor decor;
    decor.bureau = m_options.bureau;
    decor.logNote = m_options.logNote;
    decor.provenance = m_options.provenance;
    decor.title = tr("Patrol Plan Report");
    decor.subtitle = m_data.township;
    decor.date = m_options.date;
    decor.numbersNote = tr("Distances: straight legs between cell centres in %1, km to 0.01.")
                            .arg(displayCrsName(m_data.crsName));
    return decor;
}

int PatrolReport::write(const QString &path) const
{
    return writeTwoPassPdf(
        path, m_options.page, decor(), [this](ReportWriter &writer) { return compose(writer); });
}

int PatrolReport::compose(ReportWriter &writer) const
{
    writer.paragraph(tr("%1 Grid Patrol Plan").arg(m_data.township), 16, true, Qt::AlignHCenter);
    writer.paragraph(
        tr("Period: %1 to %2").arg(m_data.from.toString(Qt::ISODate), m_data.to.toString(Qt::ISODate)), 10,
        false, Qt::AlignHCenter);
    const QStringList names = officers();
    const auto maps = routeMaps();
    if (maps.empty())
        writer.paragraph(tr("No officer patrols in %1 in this period.").arg(m_data.township), 10.5);
    m_frame = QRectF();
    for (size_t i = 0; i < maps.size(); ++i) {
        if (i > 0)
            writer.newPage();
        drawRoutePage(writer, maps[i].first, maps[i].second, int(names.indexOf(maps[i].second)));
    }
    writer.newPage();
    drawDayTable(writer);
    drawShortfalls(writer);
    return writer.pageNumber();
}

void PatrolReport::drawRoutePage(
    ReportWriter &writer, QDate day, const QString &officer, int colourIndex) const
{
    std::vector<core::PlannedVisit> stops;
    double km = 0;
    for (const core::PlannedVisit &v : visits())
        if (v.date == day && v.officer == officer) {
            stops.push_back(v);
            km += v.legM / 1000;
        }
    writer.heading(tr("%1 (%2): route of %3").arg(day.toString(Qt::ISODate), weekday(day), officer), 90);
    writer.paragraph(tr("%1 stops, %2 km from the base through the stops (straight legs).")
                         .arg(stops.size())
                         .arg(QLocale::c().toString(km, 'f', 2)),
        9.5);
    const QColor colour = officerColour(std::max(colourIndex, 0));
    const QRectF content = writer.contentRect();
    if (content.width() > content.height()) {
        // Landscape: the map down the left, the stops beside it.
        const QRectF area = writer.take(writer.remaining());
        const QRectF frame(area.left(), area.top(), area.width() * 0.58, area.height() - writer.mm(9));
        drawMap(writer, frame, stops, colour);
        m_frame = m_frame.isNull() ? frame : m_frame;
        drawLegend(
            writer, QRectF(frame.left(), frame.bottom() + writer.mm(1), frame.width(), writer.mm(8)), colour);
        drawStopList(writer,
            QRectF(frame.right() + writer.mm(5), area.top(), area.right() - frame.right() - writer.mm(5),
                area.height()),
            stops);
        return;
    }
    const QRectF frame = writer.take(std::min(writer.remaining() * 0.55, content.width() * 0.75));
    drawMap(writer, frame, stops, colour);
    m_frame = m_frame.isNull() ? frame : m_frame;
    drawLegend(writer, writer.take(writer.mm(9)), colour);
    drawStopTable(writer, stops);
}

void PatrolReport::drawMap(ReportWriter &writer, const QRectF &frame,
    const std::vector<core::PlannedVisit> &stops, const QColor &colour) const
{
    QPainter &p = writer.painter();
    std::vector<const GridCell *> route;
    QSet<QString> highRisk;
    for (const core::PlannedVisit &v : stops) {
        route.push_back(cell(v.cellId));
        if (v.riskClass == core::RiskClass::High)
            highRisk.insert(v.cellId);
    }
    const QRectF extent = routeExtent(route);
    const double denominator
        = routeScale(extent, QSizeF(frame.width() / writer.mm(1), frame.height() / writer.mm(1)));
    const MapTransform view(extent.center(), denominator / 1000.0 / writer.mm(1), frame.size().toSize());
    GeometryPathBuilder builder(view, 0.5);
    p.save();
    p.setClipRect(frame);
    p.translate(frame.topLeft());
    p.setPen(QPen(QColor(170, 170, 170), writer.mm(0.15)));
    for (const GridCell &c : *m_data.cells) {
        if (c.cell.township != m_data.township)
            continue;
        p.setBrush(highRisk.contains(c.cell.id) ? kHighRiskFill : kCellFill);
        p.drawPath(builder.path(c.geometry.get()));
    }
    drawVillages(p, view, writer.mm(1));
    drawStops(writer, view, stops, colour);
    p.restore();
    drawReportNorthArrow(
        writer, QPointF(frame.right() - writer.mm(8), frame.top() + writer.mm(3)), 10, tr("N"), true);
    const QRectF scale(
        frame.left() + writer.mm(2), frame.bottom() - writer.mm(16), writer.mm(50), writer.mm(14));
    p.fillRect(scale, QColor(255, 255, 255, 210));
    drawReportScale(writer, scale, denominator,
        { tr("Scale 1:%1").arg(QLocale::c().toString(denominator, 'f', 0)), tr("m"), tr("km") });
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(Qt::black, writer.mm(0.4)));
    p.drawRect(frame);
}

void PatrolReport::drawVillages(QPainter &p, const MapTransform &view, double mm) const
{
    if (!m_data.villages)
        return;
    const VectorLayer &villages = *m_data.villages;
    const int township = villages.fieldIndex(QStringLiteral("XZMC"));
    int name = villages.fieldIndex(QStringLiteral("XZQMC"));
    if (name < 0)
        name = villages.fieldIndex(QStringLiteral("CJMC"));
    GEOSContextHandle_t ctx = geosContext();
    p.setFont(ReportWriter::font(7.5));
    for (int row = 0; township >= 0 && row < villages.featureCount(); ++row) {
        if (villages.value(row, township).toString().trimmed() != m_data.township)
            continue;
        GeometryPathBuilder builder(view, 0.5);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(QColor(90, 90, 90), 0.3 * mm, Qt::DashLine));
        p.drawPath(builder.path(villages.geometry(row)));
        GeosGeometryPtr inside(GEOSPointOnSurface_r(ctx, villages.geometry(row)));
        double x = 0, y = 0;
        if (name < 0 || !inside || !GEOSGeomGetX_r(ctx, inside.get(), &x)
            || !GEOSGeomGetY_r(ctx, inside.get(), &y))
            continue;
        const QPointF at = view.toPixel(QPointF(x, y));
        const QString text = villages.value(row, name).toString().trimmed();
        QPainterPath label;
        label.addText(at - QPointF(p.fontMetrics().horizontalAdvance(text) / 2.0, 0), p.font(), text);
        p.strokePath(label, QPen(QColor(255, 255, 255, 220), 0.8 * mm));
        p.fillPath(label, QColor(70, 70, 70));
    }
}

void PatrolReport::drawStops(ReportWriter &writer, const MapTransform &view,
    const std::vector<core::PlannedVisit> &stops, const QColor &colour) const
{
    QPainter &p = writer.painter();
    QPolygonF line;
    for (const core::PlannedVisit &v : stops)
        if (const GridCell *c = cell(v.cellId))
            line << view.toPixel(c->cell.centroid);
    p.setPen(QPen(colour, writer.mm(0.6), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPolyline(line);
    p.setFont(ReportWriter::font(7, true));
    const double r = writer.mm(2.2);
    for (size_t i = 0; i < stops.size() && int(i) < line.size(); ++i) {
        const QRectF disc(line[int(i)] - QPointF(r, r), QSizeF(2 * r, 2 * r));
        p.setPen(QPen(Qt::white, writer.mm(0.3)));
        p.setBrush(colour);
        p.drawEllipse(disc);
        p.setPen(Qt::white);
        p.drawText(disc, Qt::AlignCenter, QString::number(stops[i].order));
    }
}

void PatrolReport::drawLegend(ReportWriter &writer, const QRectF &box, const QColor &colour) const
{
    QPainter &p = writer.painter();
    const auto mm = [&](double v) { return writer.mm(v); };
    p.setFont(ReportWriter::font(8));
    double left = box.left();
    const double top = box.top() + mm(2);
    const auto item = [&](const QString &text, const std::function<void(const QRectF &)> &swatch) {
        const QRectF r(left, top, mm(7), mm(4));
        p.save();
        swatch(r);
        p.restore();
        p.setPen(Qt::black);
        const double width = p.fontMetrics().horizontalAdvance(text) + mm(1);
        p.drawText(
            QRectF(r.right() + mm(1.5), top - mm(1), width, mm(6)), Qt::AlignLeft | Qt::AlignVCenter, text);
        left = r.right() + mm(1.5) + width + mm(4);
    };
    item(tr("Route and stops in order"), [&](const QRectF &r) {
        p.setPen(QPen(colour, mm(0.6)));
        p.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
        p.setPen(QPen(Qt::white, mm(0.2)));
        p.setBrush(colour);
        p.drawEllipse(r.center(), mm(1.6), mm(1.6));
    });
    const auto cellSwatch = [&](const QColor &fill) {
        return [&, fill](const QRectF &r) {
            p.setPen(QPen(QColor(170, 170, 170), mm(0.15)));
            p.setBrush(fill);
            p.drawRect(r);
        };
    };
    item(tr("Grid cell"), cellSwatch(kCellFill));
    item(tr("High-risk cell"), cellSwatch(kHighRiskFill));
    item(tr("Village boundary"), [&](const QRectF &r) {
        p.setPen(QPen(QColor(90, 90, 90), mm(0.3), Qt::DashLine));
        p.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
    });
}

void PatrolReport::drawStopList(
    ReportWriter &writer, const QRectF &box, const std::vector<core::PlannedVisit> &stops) const
{
    QPainter &p = writer.painter();
    p.save();
    p.setClipRect(box);
    p.setPen(Qt::black);
    const QFont title = ReportWriter::font(9, true), body = ReportWriter::font(8);
    double top = box.top();
    p.setFont(title);
    p.drawText(QRectF(box.left(), top, box.width(), writer.mm(6)), Qt::AlignLeft | Qt::AlignVCenter,
        tr("Stops in route order"));
    top += writer.mm(7);
    const QLocale c = QLocale::c();
    for (const core::PlannedVisit &v : stops) {
        const QString head = tr("%1. %2 — %3, visit by %4, leg %5 km")
                                 .arg(v.order)
                                 .arg(cellName(v.cellId), core::RiskModel::className(v.riskClass),
                                     v.dueBy.toString(Qt::ISODate), c.toString(v.legM / 1000, 'f', 2));
        const double headHeight = writer.textHeight(head, title, box.width());
        const double bodyHeight = writer.textHeight(v.reason, body, box.width() - writer.mm(4));
        p.setFont(title);
        p.drawText(QRectF(box.left(), top, box.width(), headHeight), Qt::TextWordWrap, head);
        p.setFont(body);
        p.drawText(
            QRectF(box.left() + writer.mm(4), top + headHeight, box.width() - writer.mm(4), bodyHeight),
            Qt::TextWordWrap, v.reason);
        top += headHeight + bodyHeight + writer.mm(2);
    }
    p.setFont(ReportWriter::font(7.5));
    p.drawText(QRectF(box.left(), top, box.width(), writer.mm(10)), Qt::TextWordWrap,
        tr("Leg: straight distance from the previous stop, the first from the officer's base."));
    p.restore();
}

void PatrolReport::drawStopTable(ReportWriter &writer, const std::vector<core::PlannedVisit> &stops) const
{
    ReportTable table;
    table.caption = tr("Stops in route order");
    table.points = 8.5;
    table.columns = { { tr("Order"), 0.5, Qt::AlignRight }, { tr("Village and cell"), 1.6 },
        { tr("Risk"), 0.6 }, { tr("Due by"), 1 }, { tr("Leg (km)"), 0.7, Qt::AlignRight },
        { tr("What the stop is for"), 3.4 } };
    const QLocale c = QLocale::c();
    for (const core::PlannedVisit &v : stops)
        table.rows << QStringList { QString::number(v.order), cellName(v.cellId),
            core::RiskModel::className(v.riskClass), v.dueBy.toString(Qt::ISODate),
            c.toString(v.legM / 1000, 'f', 2), v.reason };
    table.note = tr("Leg: straight distance from the previous stop, the first from the officer's base.");
    ReportTableDrawer(writer).draw(table);
}

void PatrolReport::drawDayTable(ReportWriter &writer) const
{
    writer.heading(tr("Daily routes"));
    ReportTable days;
    days.caption
        = tr("Patrol plan of %1, %2 to %3")
              .arg(m_data.township, m_data.from.toString(Qt::ISODate), m_data.to.toString(Qt::ISODate));
    days.points = 8.5;
    days.columns = { { tr("Date"), 1 }, { tr("Officer"), 1 }, { tr("Stops"), 0.6, Qt::AlignRight },
        { tr("Route length (km)"), 1, Qt::AlignRight }, { tr("Villages in route order"), 4 } };
    const QStringList names = officers();
    const QLocale c = QLocale::c();
    for (const core::DayRoute &route : m_data.plan->routes) {
        if (route.date < m_data.from || route.date > m_data.to || !names.contains(route.officer))
            continue;
        QStringList villages;
        for (const QString &id : route.cellIds)
            if (const GridCell *g = cell(id); g && (villages.isEmpty() || villages.back() != g->cell.village))
                villages << (g->cell.village.isEmpty() ? g->cell.township : g->cell.village);
        days.rows << QStringList { route.date.toString(Qt::ISODate), route.officer,
            QString::number(route.cellIds.size()), c.toString(route.lengthM / 1000, 'f', 2),
            villages.join(QStringLiteral(" → ")) };
    }
    days.note = tr("Route length: from the officer's base through the cells and back, straight legs.");
    ReportTableDrawer(writer).draw(days);
}

void PatrolReport::drawShortfalls(ReportWriter &writer) const
{
    writer.heading(tr("What the plan cannot do"));
    ReportTable table;
    table.caption = tr("Interval shortfalls");
    table.points = 8.5;
    table.columns = { { tr("Village and cell"), 1.6 }, { tr("Officer"), 1 }, { tr("Due by"), 1 },
        { tr("Visited on"), 1 }, { tr("Reason"), 3 } };
    for (const core::IntervalShortfall &s : m_data.plan->shortfalls) {
        const GridCell *g = cell(s.cellId);
        if (g && g->cell.township == m_data.township && s.dueBy <= m_data.to)
            table.rows << QStringList { cellName(s.cellId), s.officer, s.dueBy.toString(Qt::ISODate),
                s.visitedOn.isValid() ? s.visitedOn.toString(Qt::ISODate) : tr("not visited"), s.reason };
    }
    if (table.rows.isEmpty())
        writer.paragraph(tr("Every cell's required interval is kept in this period."), 10);
    else
        ReportTableDrawer(writer).draw(table);
    QStringList unassigned;
    for (const QString &id : m_data.plan->unassignedCells)
        if (const GridCell *g = cell(id); g && g->cell.township == m_data.township)
            unassigned << cellName(id);
    writer.paragraph(unassigned.isEmpty() ? tr("Every cell of the township has an officer.")
                                          : tr("Cells no officer patrols: %1").arg(unassigned.join(tr(", "))),
        10, !unassigned.isEmpty());
}

} // namespace fg::gis
