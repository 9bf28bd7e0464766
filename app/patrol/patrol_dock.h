// SPDX-License-Identifier: MIT
#pragma once

#include "app/patrol/patrol_view.h"

#include <QDockWidget>

class QComboBox;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QTreeWidget;

namespace fg::app {

/// The patrol panel: the plan's day (picker and previous/next), how the grid is coloured and
/// its legend, and each officer in its route colour with the day's stops in order — the village,
/// the cell and what the stop is for. Choosing a stop centres the map on its cell. Shows what a
/// PatrolView holds; the PatrolController wires it. UI thread only.
class PatrolDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit PatrolDock(QWidget *parent = nullptr);

    /// Shows @p view's plan on its day (null: nothing to show).
    void showView(const PatrolView *view);
    QTreeWidget *stops() const { return m_stops; }
    QComboBox *days() const { return m_days; }
    /// The legend rows' texts, top first (for tests).
    QStringList legendTexts() const;

signals:
    void dayChosen(QDate day);
    void colouringChosen(fg::app::PatrolColouring colouring);
    void stopChosen(const QString &cellId);

private:
    QHBoxLayout *dayRow(QWidget *body);
    void fillDays();
    void fillStops();
    void fillLegend();

    const PatrolView *m_view = nullptr;
    QComboBox *m_days;
    QComboBox *m_colouring;
    QLabel *m_summary;
    QTreeWidget *m_stops;
    QGridLayout *m_legend;
};

} // namespace fg::app
