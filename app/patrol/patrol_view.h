// SPDX-License-Identifier: MIT
#pragma once

#include "app/map/map_tool.h"
#include "core/patrol/patrol_coverage.h"
#include "core/patrol/patrol_plan.h"
#include "gis/patrol/grid_cell.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointF>

#include <map>
#include <vector>

namespace fg::gis {
class ProjectStore;
}

namespace fg::app {

/// How the grid is coloured.
enum class PatrolColouring { Risk, Overdue, Officer };

/// Paints a project's patrol over the map: the grid coloured by risk, overdue days or officer,
/// one day's routes (base → cells → base) with order numbers, and the sight area of the day's
/// imported tracks shaded. Holds a snapshot loaded by load(); UI thread only.
class PatrolView : public MapTool
{
    Q_OBJECT

public:
    explicit PatrolView(MapCanvas *canvas);
    ~PatrolView() override;

    /// Loads grid, officers, the current plan and the tracks from the store (throws InputError).
    void load(const gis::ProjectStore &store);
    void setColouring(PatrolColouring colouring);
    /// Shows the routes and tracks of @p day (snapped into the plan's range).
    void setDay(QDate day);
    QDate day() const { return m_day; }
    QRectF extent() const;
    /// One line for the status bar: the day, routes and cells, the colouring's legend.
    QString summary() const;
    PatrolColouring colouring() const { return m_colouring; }
    const core::PatrolPlan &plan() const { return m_plan; }
    /// The officers in the order their colours are given (officerColour(index)).
    QStringList officers() const;
    /// A cell's centroid (working CRS); null when the grid has no such cell.
    QPointF cellCentre(const QString &id) const;
    /// What people call a cell (gis::PatrolReport::cellNames).
    QString cellName(const QString &id) const { return m_cellNames.value(id, id); }
    /// The fill of a risk score in [0, 1] as the grid shows it (for the legend).
    static QColor riskColour(double score);
    static QColor overdueColour(bool overdue);

    void paint(QPainter &painter) override;
    QCursor cursor() const override { return Qt::ArrowCursor; }

private:
    QColor cellColour(const gis::GridCell &cell) const;
    void paintRoutes(QPainter &painter) const;

    gis::PatrolGrid m_grid;
    core::PatrolPlan m_plan;
    QHash<QString, QString> m_officerOf; ///< cell → officer
    std::map<QString, QPointF> m_base; ///< officer → base
    QHash<QString, double> m_risk; ///< cell → score on m_day
    QHash<QString, int> m_overdueDays; ///< cell → days overdue on m_day
    struct Seen
    {
        QDate day;
        gis::GeosGeometryPtr area;
    };
    std::vector<Seen> m_seen;
    std::vector<core::CellCoverage> m_records;
    PatrolColouring m_colouring = PatrolColouring::Risk;
    QHash<QString, QString> m_cellNames;
    QDate m_day;
};

/// A fixed colour per officer, by position in the sorted list of names.
QColor officerColour(int index);

} // namespace fg::app
