// SPDX-License-Identifier: MIT
// The patrol panel on the sample county's plan: a day's stops per officer, in order, with their
// villages and what each stop is for; the day picker and the legend.
#include "memory_project_window.h"

#include "app/patrol/patrol_controller.h"
#include "app/patrol/patrol_dock.h"
#include "app/patrol/patrol_view.h"
#include "gis/report/patrol_report.h"
#include "gis/store/patrol_records.h"
#include "gis/usecases/cell_status.h"

#include <QAction>
#include <QComboBox>
#include <QTreeWidget>

TEST_CASE("the patrol dock lists each officer's stops of a day of the sample's plan in route order",
    "[app][patrol]")
{
    fg::app::test::MemoryProjectWindow fixture;
    fg::app::PatrolController &patrol = *fixture.window->patrol();
    const std::optional<fg::core::PatrolPlan> plan = fixture.session().store().patrol().currentPlan();
    REQUIRE(plan);
    patrol.actions().show->trigger();
    fg::app::PatrolDock *dock = patrol.dock();
    REQUIRE(dock->isVisibleTo(fixture.window.get()));
    REQUIRE(patrol.view());
    CHECK(dock->days()->count() == plan->start.daysTo(plan->end) + 1);

    // A later day with a route than the one shown: choosing it lists that day's stops.
    const fg::core::PlannedVisit *later = nullptr;
    for (const fg::core::PlannedVisit &v : plan->visits)
        if (v.date > patrol.view()->day() && (!later || v.date < later->date))
            later = &v;
    REQUIRE(later);
    const QDate day = later->date;
    emit dock->dayChosen(day);
    CHECK(patrol.view()->day() == day);
    CHECK(dock->days()->currentData().toDate() == day);

    const QStringList officers = patrol.view()->officers();
    QTreeWidget *tree = dock->stops();
    REQUIRE(tree->topLevelItemCount() == officers.size());
    const int index = int(officers.indexOf(later->officer));
    REQUIRE(index >= 0);
    const QTreeWidgetItem *officer = tree->topLevelItem(index);
    CHECK(officer->text(0) == later->officer);
    const std::vector<fg::core::PlannedVisit> stops = plan->day(later->officer, day);
    REQUIRE(officer->childCount() == int(stops.size()));
    const fg::gis::PatrolGrid grid
        = fg::gis::CellStatus::grid(fixture.session().store(), QDate::currentDate());
    const QHash<QString, QString> names = fg::gis::PatrolReport::cellNames(grid.cells);
    for (int i = 0; i < officer->childCount(); ++i) {
        const QTreeWidgetItem *stop = officer->child(i);
        INFO(stop->text(0).toStdString());
        CHECK(stop->text(0).startsWith(QStringLiteral("%1. ").arg(i + 1)));
        CHECK(stop->data(0, Qt::UserRole).toString() == stops[size_t(i)].cellId);
        // Named by its village, never by the grid's internal id.
        CHECK(stop->text(0).contains(names.value(stops[size_t(i)].cellId)));
        CHECK_FALSE(stop->text(0).contains(stops[size_t(i)].cellId));
        CHECK(stop->text(1) == stops[size_t(i)].reason);
        CHECK_FALSE(stop->text(1).isEmpty());
    }
    // The legend explains the grid's colours and the route's symbols; colouring by officer lists them.
    CHECK(dock->legendTexts().size() >= 5);
    emit dock->colouringChosen(fg::app::PatrolColouring::Officer);
    CHECK(patrol.view()->colouring() == fg::app::PatrolColouring::Officer);
    CHECK(dock->legendTexts().size() == officers.size() + 3);
}
