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
    QDate to;                                  ///< inclusive
    const std::vector<GridCell> *cells = nullptr;
    const core::PatrolPlan *plan = nullptr;
    std::shared_ptr<const VectorLayer> villages;
    int workingEpsg = 0;
    QString crsName;
};

/// The patrol plan report (网格化巡查计划) of one township and period as a PDF: a map of the
/// grid cells (high-risk cells tinted) with every officer's daily routes drawn from cell to cell
/// and each stop numbered in route order, a legend of officers, scale and north arrow; then the
/// per-officer, per-day table (order, cell, village, risk, due date, reason), the day's route
/// lengths, the interval shortfalls and the cells no officer patrols. Only the plan's visits
/// inside [from, to] and in the township's cells are printed. Needs a QGuiApplication.
class PatrolReport
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::PatrolReport)

public:
    PatrolReport(const PatrolReportData &data, ReportOptions options);

    /// Writes the PDF; returns its page count. Throws core::InputError when it cannot be written.
    int write(const QString &path) const;
    int compose(ReportWriter &writer) const;
    PageDecor decor() const;
    /// The map frame of the last compose(), device units (page 1).
    QRectF mapFrame() const { return m_frame; }
    /// The visits printed: in the period and the township, by date, officer and order.
    std::vector<core::PlannedVisit> visits() const;
    /// What people call each cell: its village and its number in the village ("下邱沟村 3号格",
    /// numbered by cell id), the township when the cell has no village. Pure.
    static QHash<QString, QString> cellNames(const std::vector<GridCell> &cells);

private:
    void drawMap(ReportWriter &writer, const QRectF &frame) const;
    void drawRoutes(ReportWriter &writer, const MapTransform &view) const;
    void drawLegend(ReportWriter &writer, const QRectF &box) const;
    void drawDayTable(ReportWriter &writer) const;
    void drawShortfalls(ReportWriter &writer) const;
    const GridCell *cell(const QString &id) const;
    QStringList officers() const;

    const PatrolReportData &m_data;
    ReportOptions m_options;
    mutable QRectF m_frame;
    mutable double m_denominator = 0;
};

} // namespace fg::gis
