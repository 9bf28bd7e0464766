// SPDX-License-Identifier: MIT
#pragma once

#include "gis/usecases/patrol_planning.h"

#include <QDialog>

class QDateEdit;
class QDoubleSpinBox;
class QSpinBox;

namespace fg::app {

/// Patrol → Plan Patrols…: what gis::PatrolPlanning needs from the user — the first day, the
/// number of days, the revisit intervals of high-risk and normal cells, and the daily capacity
/// given to officers made for a project that has none. The last answers are remembered
/// (QSettings). UI thread.
class PlanPatrolsDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p today: days of the current plan before it are kept.
    explicit PlanPatrolsDialog(QDate today, QWidget *parent = nullptr);

    /// The request as filled in (today set).
    gis::PatrolPlanRequest request() const;
    /// Sets the fields (tests, and the remembered answers).
    void setRequest(const gis::PatrolPlanRequest &request);

    void accept() override;

private:
    QDate m_today;
    QDateEdit *m_start;
    QSpinBox *m_days;
    QSpinBox *m_highDays;
    QSpinBox *m_normalDays;
    QSpinBox *m_cells;
    QDoubleSpinBox *m_km;
};

} // namespace fg::app
