// SPDX-License-Identifier: MIT
#include "app/main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace fg::app {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("FarmGuard - Farmland Protection Patrol and Enforcement"));
    setObjectName(QStringLiteral("MainWindow"));
    auto *placeholder = new QLabel(tr("Open the sample county or your layers from the File menu."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    createMenus();
    statusBar()->showMessage(tr("Ready"));
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    menuBar()->addMenu(tr("&View"));
    menuBar()->addMenu(tr("&Layer"));
    menuBar()->addMenu(tr("&Analysis"));
    menuBar()->addMenu(tr("&Patrol"));
    menuBar()->addMenu(tr("&Report"));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About FarmGuard"), this, [this] {
        QMessageBox::about(this, tr("About FarmGuard"),
                           tr("FarmGuard %1\nFarmland protection patrol and enforcement analysis.")
                               .arg(QStringLiteral(FARMGUARD_VERSION)));
    });
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace fg::app
