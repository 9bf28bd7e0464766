// SPDX-License-Identifier: MIT
#include "app/main_window_layout.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QScreen>
#include <QScrollArea>
#include <QTabWidget>

namespace fg::app {

namespace {

/// A dock's content taller than this scrolls instead of pushing the status bar off the screen.
constexpr int kTallestContent = 240;

QDockWidget *dock(QMainWindow &window, const char *name)
{
    return window.findChild<QDockWidget *>(QLatin1String(name), Qt::FindDirectChildrenOnly);
}

void tabify(QMainWindow &window, Qt::DockWidgetArea area, std::initializer_list<const char *> names)
{
    QDockWidget *first = nullptr;
    for (const char *name : names) {
        QDockWidget *d = dock(window, name);
        if (!d)
            continue;
        window.addDockWidget(area, d);
        if (first)
            window.tabifyDockWidget(first, d);
        else
            first = d;
    }
}

void scrollWhenTall(QDockWidget *d)
{
    QWidget *content = d->widget();
    if (!content || qobject_cast<QScrollArea *>(content)
        || content->minimumSizeHint().height() <= kTallestContent)
        return;
    auto *scroll = new QScrollArea(d);
    scroll->setObjectName(d->objectName() + QStringLiteral("Scroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    d->setWidget(scroll);
}

} // namespace

void MainWindowLayout::arrange(QMainWindow &window)
{
    window.setCorner(Qt::TopLeftCorner, Qt::LeftDockWidgetArea);
    window.setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    window.setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    window.setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    window.setTabPosition(Qt::AllDockWidgetAreas, QTabWidget::North);
    window.setDockOptions(
        QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::AllowNestedDocks);
    tabify(window, Qt::LeftDockWidgetArea, { "LayerTreeDock" });
    tabify(window, Qt::BottomDockWidgetArea, { "IncidentListDock", "CaseListDock", "ReviewListDock", "AttributeTableDock" });
    tabify(window, Qt::RightDockWidgetArea,
        { "CasePanel", "PartyPanel", "PatrolDock", "IdentifyDock", "MeasureDock" });
    for (QDockWidget *d : window.findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly))
        scrollWhenTall(d);
    for (const char *name : { "IncidentListDock", "IdentifyDock", "LayerTreeDock" })
        if (QDockWidget *d = dock(window, name))
            d->raise();
    QList<QDockWidget *> sides;
    for (const char *name : { "LayerTreeDock", "IdentifyDock" })
        if (QDockWidget *d = dock(window, name))
            sides << d;
    window.resizeDocks(sides, QList<int>(sides.size(), 270), Qt::Horizontal);
    if (QDockWidget *bottom = dock(window, "IncidentListDock"))
        window.resizeDocks({ bottom }, { 200 }, Qt::Vertical);
}

void MainWindowLayout::fitToScreen(QMainWindow &window)
{
    const QScreen *screen = window.screen();
    if (!screen)
        return;
    const QSize available = screen->availableSize();
    window.resize(available * 0.9);
    if (available.height() < 900)
        window.setWindowState(window.windowState() | Qt::WindowMaximized);
}

} // namespace fg::app
