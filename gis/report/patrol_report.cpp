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

#include <algorithm>
#include <functional>
#include <QHash>

namespace fg::gis {

namespace {

QColor officerColour(int index)
{
    static const QColor colours[] = { QColor(200, 40, 40), QColor(30, 90, 200), QColor(20, 140, 60),
                                      QColor(150, 60, 170), QColor(220, 120, 0), QColor(0, 140, 150) };
    return colours[index % int(std::size(colours))];
}

} // namespace

PatrolReport::PatrolReport(const PatrolReportData &data, ReportOptions options)
    : m_data(data)
    , m_options(std::move(options))
{
    if (!m_options.date.isValid())
        m_options.date = QDate::currentDate();
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
    std::stable_sort(result.begin(), result.end(), [](const core::PlannedVisit &a, const core::PlannedVisit &b) {
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

PageDecor PatrolReport::decor() const
{
    PageDecor decor;
    decor.bureau = m_options.bureau;
    decor.logNote = m_options.logNote;
    decor.title = tr("Patrol Plan Report");
    decor.subtitle = m_data.township;
    decor.date = m_options.date;
    decor.numbersNote = tr("Distances: straight legs between cell centres in %1 (EPSG:%2), km to 0.01.")
                            .arg(displayCrsName(m_data.crsName))
                            .arg(m_data.workingEpsg);
    return decor;
}

int PatrolReport::write(const QString &path) const
{
    return writeTwoPassPdf(path, m_options.page, decor(), [this](ReportWriter &writer) { return compose(writer); });
}

int PatrolReport::compose(ReportWriter &writer) const
{
    writer.paragraph(tr("%1 Grid Patrol Plan").arg(m_data.township), 16, true, Qt::AlignHCenter);
    writer.paragraph(tr("Period: %1 to %2").arg(m_data.from.toString(Qt::ISODate), m_data.to.toString(Qt::ISODate)),
                     10, false, Qt::AlignHCenter);
    const QRectF area = writer.take(writer.remaining());
    if (area.width() < area.height()) {
        // Portrait: the legend goes under the map across the full width, so the map stays large.
        const double below = writer.mm(62);
        m_frame = QRectF(area.left(), area.top() + writer.mm(1), area.width(), area.height() - below - writer.mm(4));
        drawMap(writer, m_frame);
        drawLegend(writer, QRectF(area.left(), m_frame.bottom() + writer.mm(3), area.width(), below));
    } else {
        const double side = std::min(writer.mm(70), area.width() * 0.3);
        m_frame = QRectF(area.left(), area.top() + writer.mm(1), area.width() - side - writer.mm(5),
                         area.height() - writer.mm(2));
        drawMap(writer, m_frame);
        drawLegend(writer, QRectF(m_frame.right() + writer.mm(5), m_frame.top(), side, m_frame.height()));
    }
    writer.newPage();
    drawDayTable(writer);
    drawShortfalls(writer);
    return writer.pageNumber();
}

void PatrolReport::drawMap(ReportWriter &writer, const QRectF &frame) const
{
    QPainter &p = writer.painter();
    QRectF extent;
    for (const GridCell &c : *m_data.cells) {
        QRectF e;
        if (c.cell.township == m_data.township && geometryEnvelope(c.geometry.get(), &e))
            extent = extent.isNull() ? e : extent.united(e);
    }
    m_denominator = PublicMapReport::fittingScale(extent, QSizeF(frame.width() / writer.mm(1),
                                                                 frame.height() / writer.mm(1)));
    const MapTransform view(extent.center(), m_denominator / 1000.0 / writer.mm(1), frame.size().toSize());
    GeometryPathBuilder builder(view, 0.5);
    QHash<QString, core::RiskClass> risk;
    for (const core::PlannedVisit &v : visits())
        if (v.riskClass == core::RiskClass::High)
            risk.insert(v.cellId, v.riskClass);
    p.save();
    p.setClipRect(frame);
    p.translate(frame.topLeft());
    for (const GridCell &c : *m_data.cells) {
        if (c.cell.township != m_data.township)
            continue;
        p.setPen(QPen(QColor(150, 150, 150), writer.mm(0.2)));
        p.setBrush(risk.contains(c.cell.id) ? QColor(255, 215, 180) : QColor(240, 248, 235));
        p.drawPath(builder.path(c.geometry.get()));
    }
    if (m_data.villages) {
        const int township = m_data.villages->fieldIndex(QStringLiteral("XZMC"));
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(QColor(90, 90, 90), writer.mm(0.3), Qt::DashLine));
        for (int row = 0; township >= 0 && row < m_data.villages->featureCount(); ++row)
            if (m_data.villages->value(row, township).toString().trimmed() == m_data.township)
                p.drawPath(builder.path(m_data.villages->geometry(row)));
    }
    drawRoutes(writer, view);
    p.restore();
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(Qt::black, writer.mm(0.5)));
    p.drawRect(frame);
}

void PatrolReport::drawRoutes(ReportWriter &writer, const MapTransform &view) const
{
    QPainter &p = writer.painter();
    const QStringList names = officers();
    // Stop numbers per cell and officer over all days: a cell visited on several days gets one
    // marker "1/3" instead of markers drawn on top of each other.
    QMap<QString, QMap<int, QStringList>> stops;
    for (const core::DayRoute &route : m_data.plan->routes) {
        if (route.date < m_data.from || route.date > m_data.to || !names.contains(route.officer))
            continue;
        const int officer = names.indexOf(route.officer);
        QPolygonF line;
        for (int i = 0; i < route.cellIds.size(); ++i)
            if (const GridCell *c = cell(route.cellIds[i])) {
                line << view.toPixel(c->cell.centroid);
                QStringList &numbers = stops[route.cellIds[i]][officer];
                if (!numbers.contains(QString::number(i + 1)))
                    numbers << QString::number(i + 1);
            }
        p.setPen(QPen(officerColour(officer), writer.mm(0.45)));
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(line);
    }
    p.setFont(ReportWriter::font(6.5, true));
    const QFontMetricsF metrics(p.font(), p.device());
    const double r = writer.mm(1.8);
    const double gap = writer.mm(0.5);
    for (auto it = stops.constBegin(); it != stops.constEnd(); ++it) {
        // Officers sharing a cell get their markers side by side, centred on the cell.
        QList<QPair<int, QString>> marks;
        double total = -gap;
        for (auto o = it.value().constBegin(); o != it.value().constEnd(); ++o) {
            marks.append({ o.key(), o.value().join(QLatin1Char('/')) });
            total += std::max(2 * r, metrics.horizontalAdvance(marks.back().second) + writer.mm(1.4)) + gap;
        }
        const QPointF centre = view.toPixel(cell(it.key())->cell.centroid);
        double left = centre.x() - total / 2;
        for (const auto &[officer, text] : marks) {
            const double width = std::max(2 * r, metrics.horizontalAdvance(text) + writer.mm(1.4));
            const QRectF marker(left, centre.y() - r, width, 2 * r);
            p.setPen(QPen(officerColour(officer), writer.mm(0.25)));
            p.setBrush(Qt::white);
            p.drawRoundedRect(marker, r, r);
            p.setPen(officerColour(officer).darker(140));
            p.drawText(marker, Qt::AlignCenter, text);
            left += width + gap;
        }
    }
}

void PatrolReport::drawLegend(ReportWriter &writer, const QRectF &box) const
{
    QPainter &p = writer.painter();
    const auto mm = [&](double v) { return writer.mm(v); };
    p.setPen(Qt::black);
    p.setFont(ReportWriter::font(10, true));
    // A wide box (portrait page, under the map) puts the scale and north arrow beside the rows.
    const bool wide = box.width() > box.height();
    const QRectF rows = wide ? QRectF(box.left(), box.top(), box.width() * 0.62, box.height()) : box;
    p.drawText(QRectF(rows.left(), box.top(), rows.width(), mm(6)), Qt::AlignCenter, tr("Legend"));
    p.setFont(ReportWriter::font(8.5));
    double top = box.top() + mm(8);
    const auto row = [&](const QString &text, const std::function<void(const QRectF &)> &swatch) {
        const QRectF r(rows.left() + mm(2), top + mm(1), mm(9), mm(4));
        p.save();
        swatch(r);
        p.restore();
        p.setPen(Qt::black);
        const double width = rows.width() - mm(14);
        const double height = std::max(mm(6), writer.textHeight(text, p.font(), width));
        p.drawText(QRectF(r.right() + mm(3), top, width, height), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                   text);
        top += height + mm(0.5);
    };
    row(tr("Grid cell"), [&](const QRectF &r) {
        p.setPen(QPen(QColor(150, 150, 150), mm(0.2)));
        p.setBrush(QColor(240, 248, 235));
        p.drawRect(r);
    });
    row(tr("High-risk cell"), [&](const QRectF &r) {
        p.setPen(QPen(QColor(150, 150, 150), mm(0.2)));
        p.setBrush(QColor(255, 215, 180));
        p.drawRect(r);
    });
    row(tr("Village boundary"), [&](const QRectF &r) {
        p.setPen(QPen(QColor(90, 90, 90), mm(0.3), Qt::DashLine));
        p.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
    });
    const QStringList names = officers();
    for (int i = 0; i < names.size(); ++i)
        row(tr("Route of %1 (stop numbers in order)").arg(names[i]), [&](const QRectF &r) {
            p.setPen(QPen(officerColour(i), mm(0.45)));
            p.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
            p.setBrush(Qt::white);
            p.drawEllipse(r.center(), mm(1.5), mm(1.5));
        });
    const QString note = tr("A cell visited on several days shows each day's stop number, e.g. 1/3.");
    p.setFont(ReportWriter::font(7.5));
    const double noteHeight = writer.textHeight(note, p.font(), rows.width() - mm(2));
    p.drawText(QRectF(rows.left() + mm(2), top, rows.width() - mm(2), noteHeight), Qt::TextWordWrap, note);
    top = wide ? box.top() + mm(8) : top + noteHeight + mm(4);
    const QRectF furniture = wide ? QRectF(rows.right(), box.top(), box.right() - rows.right(), box.height()) : box;
    drawReportScale(writer, QRectF(furniture.left(), top, furniture.width(), mm(14)), m_denominator,
                    { tr("Scale 1:%1").arg(QLocale::c().toString(m_denominator, 'f', 0)), tr("m"), tr("km") });
    drawReportNorthArrow(writer, QPointF(furniture.center().x(), top + mm(18)), 12, tr("N"));
}

void PatrolReport::drawDayTable(ReportWriter &writer) const
{
    writer.heading(tr("Visits by officer and day"));
    ReportTable table;
    table.caption = tr("Patrol plan of %1, %2 to %3")
                        .arg(m_data.township, m_data.from.toString(Qt::ISODate), m_data.to.toString(Qt::ISODate));
    table.points = 8;
    table.columns = { { tr("Date"), 1 },    { tr("Officer"), 0.9 },          { tr("Order"), 0.5, Qt::AlignRight },
                      { tr("Cell"), 1.4 },  { tr("Village"), 0.9 },          { tr("Risk"), 0.6 },
                      { tr("Due by"), 1 },  { tr("Leg (km)"), 0.7, Qt::AlignRight }, { tr("Reason"), 3 } };
    const QLocale c = QLocale::c();
    for (const core::PlannedVisit &v : visits()) {
        const GridCell *g = cell(v.cellId);
        table.rows << QStringList { v.date.toString(Qt::ISODate), v.officer, QString::number(v.order), v.cellId,
                                    g ? g->cell.village : QString(), core::RiskModel::className(v.riskClass),
                                    v.dueBy.toString(Qt::ISODate), c.toString(v.legM / 1000, 'f', 2), v.reason };
    }
    ReportTableDrawer(writer).draw(table);

    ReportTable days;
    days.caption = tr("Daily routes");
    days.points = 8.5;
    days.columns = { { tr("Date"), 1 }, { tr("Officer"), 1 }, { tr("Cells"), 0.6, Qt::AlignRight },
                     { tr("Route length (km)"), 1, Qt::AlignRight }, { tr("Route"), 4 } };
    const QStringList names = officers();
    for (const core::DayRoute &route : m_data.plan->routes)
        if (route.date >= m_data.from && route.date <= m_data.to && names.contains(route.officer))
            days.rows << QStringList { route.date.toString(Qt::ISODate), route.officer,
                                       QString::number(route.cellIds.size()), c.toString(route.lengthM / 1000, 'f', 2),
                                       route.cellIds.join(QStringLiteral(" → ")) };
    days.note = tr("Route length: from the officer's base through the cells and back, straight legs.");
    ReportTableDrawer(writer).draw(days);
}

void PatrolReport::drawShortfalls(ReportWriter &writer) const
{
    writer.heading(tr("What the plan cannot do"));
    ReportTable table;
    table.caption = tr("Interval shortfalls");
    table.points = 8.5;
    table.columns = { { tr("Cell"), 1.4 }, { tr("Officer"), 1 }, { tr("Due by"), 1 }, { tr("Visited on"), 1 },
                      { tr("Reason"), 3 } };
    for (const core::IntervalShortfall &s : m_data.plan->shortfalls) {
        const GridCell *g = cell(s.cellId);
        if (g && g->cell.township == m_data.township && s.dueBy <= m_data.to)
            table.rows << QStringList { s.cellId, s.officer, s.dueBy.toString(Qt::ISODate),
                                        s.visitedOn.isValid() ? s.visitedOn.toString(Qt::ISODate) : tr("not visited"),
                                        s.reason };
    }
    if (table.rows.isEmpty())
        writer.paragraph(tr("Every cell's required interval is kept in this period."), 10);
    else
        ReportTableDrawer(writer).draw(table);
    QStringList unassigned;
    for (const QString &id : m_data.plan->unassignedCells)
        if (const GridCell *g = cell(id); g && g->cell.township == m_data.township)
            unassigned << id;
    writer.paragraph(unassigned.isEmpty() ? tr("Every cell of the township has an officer.")
                                          : tr("Cells no officer patrols: %1").arg(unassigned.join(QStringLiteral(", "))),
                     10, !unassigned.isEmpty());
}

} // namespace fg::gis
