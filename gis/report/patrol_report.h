// SPDX-License-Identifier: MIT
#pragma once

#include "core/patrol/patrol_plan.h"
#include "gis/patrol/grid_cell.h"
#include "gis/report/case_report.h"

#include <QCoreApplication>
#include <QHash>
#include <QRectF>

#include <memory>
#include <vector>

namespace fg::gis {

class MapTransform;
class VectorLayer;

/// What a patrol plan report shows: one township's grid cells (geometry in the working CRS),
/// the plan for a period, and optionally the township and village boundaries as a base.
/// Cells and plan are borrowed and must outlive the report.
struct PatrolReportData
{
    QString township;
    QDate from;
    QDate to; ///< inclusive
    const std::vector<GridCell> *cells = nullptr;
    const core::PatrolPlan *plan = nullptr;
    std::shared_ptr<const VectorLayer> villages;
    int workingEpsg = 0;
    QString crsName;
};

/// The patrol plan report (网格化巡查计划) of one township and period as a PDF: for every day and
/// officer with a route, one page with a map of that route (the township's cells, the day's
/// high-risk cells tinted, village boundaries with their names, the route from stop to stop,
/// each stop numbered once in route order, scale and north arrow, a legend) and the stops in
/// order (village and cell name, risk, due date, leg, what the stop is for); then the daily
/// route lengths, the interval shortfalls and the cells no officer patrols. Cells are named by
/// village (cellNames()), never by their internal ids. Only the plan's visits inside [from, to]
/// and in the township's cells are printed. Needs a QGuiApplication.
class PatrolReport
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::PatrolReport)

public:
    PatrolReport(const PatrolReportData &data, ReportOptions options);

    /// Writes the PDF; returns its page count. Throws core::InputError when it cannot be written.
    int write(const QString &path) const;
    int compose(ReportWriter &writer) const;
    PageDecor decor() const;
    /// The first route map's frame in the last compose(), device units (page 1).
    QRectF mapFrame() const { return m_frame; }
    /// The (day, officer) routes printed, one map each, in order.
    std::vector<std::pair<QDate, QString>> routeMaps() const;
    /// The visits printed: in the period and the township, by date, officer and order.
    std::vector<core::PlannedVisit> visits() const;
    /// What people call each cell: its village and its number in the village ("下邱沟村 3号格",
    /// numbered by cell id), the township when the cell has no village. Pure.
    static QHash<QString, QString> cellNames(const std::vector<GridCell> &cells);

private:
    void drawRoutePage(ReportWriter &writer, QDate day, const QString &officer, int colourIndex) const;
    void drawMap(ReportWriter &writer, const QRectF &frame, const std::vector<core::PlannedVisit> &stops,
        const QColor &colour) const;
    void drawVillages(QPainter &p, const MapTransform &view, double mm) const;
    void drawStops(ReportWriter &writer, const MapTransform &view,
        const std::vector<core::PlannedVisit> &stops, const QColor &colour) const;
    void drawLegend(ReportWriter &writer, const QRectF &box, const QColor &colour) const;
    void drawStopTable(ReportWriter &writer, const std::vector<core::PlannedVisit> &stops) const;
    void drawStopList(
        ReportWriter &writer, const QRectF &box, const std::vector<core::PlannedVisit> &stops) const;
    void drawDayTable(ReportWriter &writer) const;
    void drawShortfalls(ReportWriter &writer) const;
    const GridCell *cell(const QString &id) const;
    QString cellName(const QString &id) const { return m_names.value(id, id); }
    QStringList officers() const;

    const PatrolReportData &m_data;
    ReportOptions m_options;
    QHash<QString, QString> m_names;
    mutable QRectF m_frame;
};

} // namespace fg::gis
