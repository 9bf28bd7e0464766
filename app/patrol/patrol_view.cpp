// SPDX-License-Identifier: MIT
#include "app/patrol/patrol_view.h"

#include "app/map/map_canvas.h"
#include "core/patrol/patrol_coverage.h"
#include "core/patrol/risk_model.h"
#include "gis/patrol/cell_probes.h"
#include "gis/patrol/track_coverage.h"
#include "gis/usecases/cell_status.h"
#include "gis/usecases/track_import.h"
#include "gis/store/project_store.h"
#include "gis/render/geometry_path.h"
#include "gis/report/patrol_report.h"
#include "gis/store/patrol_records.h"

#include <QPainter>
#include <QPainterPath>

namespace fg::app {

QColor officerColour(int index)
{
    static const QColor colours[] = { QColor(31, 119, 180), QColor(214, 39, 40), QColor(44, 160, 44),
        QColor(148, 103, 189), QColor(255, 127, 14), QColor(23, 190, 207) };
    return colours[size_t(index) % std::size(colours)];
}

PatrolView::PatrolView(MapCanvas *canvas)
    : MapTool(canvas)
{
}

PatrolView::~PatrolView() = default;

void PatrolView::load(const gis::ProjectStore &project)
{
    const gis::PatrolRecords &store = project.patrol();
    m_grid = gis::CellStatus::grid(project, QDate::currentDate());
    m_plan = store.currentPlan().value_or(core::PatrolPlan {});
    m_officerOf.clear();
    m_base.clear();
    for (const gis::PatrolOfficerRecord &r : store.officers()) {
        m_base[r.officer.name] = r.officer.base;
        for (const QString &id : r.officer.cellIds)
            m_officerOf.insert(id, r.officer.name);
    }
    m_seen.clear();
    for (const gis::StoredTrack &t : store.tracks()) {
        gis::TrackCoverageOptions options;
        options.sightM = t.sightM;
        m_seen.push_back({ t.startedAt.date(), gis::TrackCoverage(options).seenArea(gis::TrackImporter::read(project, t.id)) });
    }
    m_records = store.records();
    m_cellNames = gis::PatrolReport::cellNames(m_grid.cells);
    setDay(m_plan.start.isValid() ? m_plan.start : QDate::currentDate());
}

void PatrolView::setColouring(PatrolColouring colouring)
{
    m_colouring = colouring;
    m_canvas->update();
}

void PatrolView::setDay(QDate day)
{
    if (m_plan.start.isValid())
        day = std::clamp(day, m_plan.start, m_plan.end);
    m_day = day;
    const core::RiskModel risk;
    std::vector<core::PatrolCell> cells;
    m_risk.clear();
    for (const gis::GridCell &g : m_grid.cells) {
        QDate last = g.cell.lastPatrol;
        for (const core::CellCoverage &r : m_records)
            if (r.cellId == g.cell.id && r.date <= day && r.share() >= 0.5)
                last = std::max(last, r.date);
        m_risk.insert(g.cell.id, risk.score(g.cell, day, last).score);
        cells.push_back(g.cell);
    }
    m_overdueDays.clear();
    const QDate since = m_plan.start.isValid() ? m_plan.start.addDays(-1) : day;
    for (const core::OverdueCell &o : core::PatrolCoverage::overdue(m_records, cells, risk, since, day, 0.5))
        m_overdueDays.insert(o.cellId, o.daysOverdue);
    m_canvas->update();
}

QRectF PatrolView::extent() const
{
    QRectF extent;
    for (const gis::GridCell &g : m_grid.cells)
        extent = extent.united(gis::envelopeOf(g.geometry.get()));
    return extent;
}

QString PatrolView::summary() const
{
    int routes = 0, visits = 0;
    for (const core::DayRoute &r : m_plan.routes)
        if (r.date == m_day) {
            ++routes;
            visits += int(r.cellIds.size());
        }
    const QString legend = m_colouring == PatrolColouring::Risk
        ? tr("grid by risk: pale = low, dark red = high")
        : m_colouring == PatrolColouring::Overdue ? tr("grid by overdue: red = overdue, green = within interval")
                                                  : tr("grid by officer");
    return tr("Patrol plan %1: %2 routes, %3 cells; %4; shaded: seen from the day's tracks")
        .arg(m_day.toString(Qt::ISODate))
        .arg(routes)
        .arg(visits)
        .arg(legend);
}

QStringList PatrolView::officers() const
{
    QStringList names;
    for (const auto &[name, base] : m_base)
        names << name;
    return names;
}

QPointF PatrolView::cellCentre(const QString &id) const
{
    for (const gis::GridCell &g : m_grid.cells)
        if (g.cell.id == id)
            return g.cell.centroid;
    return {};
}

// Light fills: the land use, the hatch and the township names stay readable under the grid.
QColor PatrolView::riskColour(double score)
{
    const double r = std::clamp(score / 0.7, 0.0, 1.0);
    return QColor::fromHsvF(0.12 * (1 - r), 0.15 + 0.8 * r, 1.0 - 0.3 * r, 0.12 + 0.33 * r);
}

QColor PatrolView::overdueColour(bool overdue)
{
    return overdue ? QColor(220, 40, 40, 110) : QColor(60, 170, 80, 45);
}

QColor PatrolView::cellColour(const gis::GridCell &cell) const
{
    switch (m_colouring) {
    case PatrolColouring::Risk: return riskColour(m_risk.value(cell.cell.id));
    case PatrolColouring::Overdue: return overdueColour(m_overdueDays.contains(cell.cell.id));
    case PatrolColouring::Officer: {
        const int index = officers().indexOf(m_officerOf.value(cell.cell.id));
        QColor c = index < 0 ? QColor(160, 160, 160) : officerColour(index);
        c.setAlpha(60);
        return c;
    }
    }
    return Qt::gray;
}

void PatrolView::paint(QPainter &painter)
{
    const gis::MapTransform &transform = m_canvas->transform();
    if (!transform.isValid())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    gis::GeometryPathBuilder builder(transform, 0.5);
    painter.setPen(QPen(QColor(90, 90, 90, 110), 0.6));
    for (const gis::GridCell &g : m_grid.cells) {
        painter.setBrush(cellColour(g));
        painter.drawPath(builder.path(g.geometry.get()));
    }
    painter.setPen(QPen(QColor(0, 90, 200, 200), 1.0));
    painter.setBrush(QColor(0, 120, 255, 90));
    for (const Seen &s : m_seen)
        if (s.area && s.day == m_day)
            painter.drawPath(builder.path(s.area.get()));
    paintRoutes(painter);
    painter.restore();
}

void PatrolView::paintRoutes(QPainter &painter) const
{
    const gis::MapTransform &transform = m_canvas->transform();
    std::map<QString, QPointF> centroid;
    for (const gis::GridCell &g : m_grid.cells)
        centroid[g.cell.id] = g.cell.centroid;
    int index = 0;
    for (const auto &[officer, base] : m_base) {
        const QColor colour = officerColour(index++);
        const std::vector<core::PlannedVisit> visits = m_plan.day(officer, m_day);
        if (visits.empty())
            continue;
        QPolygonF line { transform.toPixel(base) };
        for (const core::PlannedVisit &v : visits)
            if (centroid.count(v.cellId))
                line << transform.toPixel(centroid[v.cellId]);
        line << transform.toPixel(base);
        painter.setPen(QPen(colour, 2.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPolyline(line);
        painter.setBrush(colour);
        painter.drawRect(QRectF(line.front() - QPointF(5, 5), QSizeF(10, 10))); // the base
        QFont font = painter.font();
        font.setBold(true);
        painter.setFont(font);
        for (int i = 1; i + 1 < line.size(); ++i) {
            const QRectF disc(line[i] - QPointF(9, 9), QSizeF(18, 18));
            painter.setPen(QPen(Qt::white, 1.5));
            painter.setBrush(colour);
            painter.drawEllipse(disc);
            painter.drawText(disc, Qt::AlignCenter, QString::number(i));
        }
    }
}

} // namespace fg::app
