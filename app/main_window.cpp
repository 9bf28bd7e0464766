// SPDX-License-Identifier: MIT
#include "app/main_window.h"

#include "app/main_window_layout.h"
#include "app/map/map_workspace.h"
#include "app/map/open_layers_dialog.h"
#include "app/patrol/patrol_controller.h"
#include "app/project/assessment_dialog.h"
#include "app/project/project_controller.h"
#include "app/project/project_session.h"
#include "app/project/recent_projects.h"
#include "app/project/site_check_controller.h"
#include "app/report/report_controller.h"
#include "app/translations.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

namespace fg::app {

namespace {
constexpr int kMaxRecent = 10;
const char *const kRecentKey = "files/recent";
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("FarmGuard - Farmland Protection Patrol and Enforcement"));
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    resize(1400, 900);
    m_workspace = new MapWorkspace(this);
    m_projects = new ProjectController(this, m_workspace);
    connect(m_projects, &ProjectController::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    createMenus();
    createToolBars();
    connect(m_workspace, &MapWorkspace::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_workspace, &MapWorkspace::loaded, this, &MainWindow::rememberRecent);
    connect(m_workspace, &MapWorkspace::loadProblems, this, &MainWindow::showProblems);
    statusBar()->showMessage(tr("Open the sample county or your layers from the File menu."));
    MainWindowLayout::arrange(*this);
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    const MapWorkspace::Actions &a = m_workspace->actions();
    createFileMenu();
    createViewMenu();
    QMenu *layer = menuBar()->addMenu(tr("&Layer"));
    layer->addActions({a.zoomLayer, a.zoomSelection, a.layerStyle, a.attributeTable});
    layer->addSeparator();
    layer->addActions({a.select, a.clearSelection});
    layer->addSeparator();
    layer->addAction(a.removeLayer);
    QMenu *analysis = menuBar()->addMenu(tr("&Analysis"));
    analysis->setToolTipsVisible(true); // incident actions the login's rights refuse say why
    analysis->addAction(a.runAnalysis);
    analysis->addSeparator();
    analysis->addActions({a.identify, a.measureDistance, a.measureArea});
    analysis->addSeparator();
    analysis->addAction(m_projects->actions().overdue);
    analysis->addActions({m_projects->actions().newByCoordinates, m_projects->actions().drawIncident,
        m_projects->actions().editIncident, m_projects->actions().importIncidents,
        m_projects->actions().importApprovals});
    analysis->addSeparator();
    QAction *assessment = analysis->addAction(tr("Township &Assessment (考核)…"), this, [this] {
        if (ProjectSession *session = m_projects->session()) {
            AssessmentDialog dialog(session->store(), this);
            dialog.exec();
        }
    });
    connect(analysis, &QMenu::aboutToShow, assessment, [this, assessment] {
        assessment->setEnabled(m_projects->session() != nullptr);
        assessment->setToolTip(m_projects->session() ? tr("Targets, gaps, one-vote veto and measures of every township")
                                                     : tr("Needs an open project (File → Open Project)."));
    });
    new SiteCheckController(analysis, m_workspace, m_projects);
    m_patrol = new PatrolController(menuBar()->addMenu(tr("&Patrol")), m_workspace, m_projects);
    new ReportController(menuBar()->addMenu(tr("&Report")), m_workspace, m_projects);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About FarmGuard"), this, [this] {
        QMessageBox::about(this, tr("About FarmGuard"),
                           tr("FarmGuard %1\nFarmland protection patrol and enforcement analysis.")
                               .arg(QStringLiteral(FARMGUARD_VERSION)));
    });
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_projects->actions().open, m_projects->actions().openShared, m_projects->actions().create,
                      m_projects->actions().saveCopy});
    m_recentProjectsMenu = file->addMenu(tr("Recent &projects"));
    connect(m_projects, &ProjectController::sessionChanged, this, &MainWindow::rebuildRecentProjectsMenu);
    rebuildRecentProjectsMenu();
    file->addSeparator();
    QAction *open = file->addAction(tr("&Open layers..."), this, &MainWindow::openLayersDialog);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open layers with o&ptions..."), this, [this] {
        OpenLayersDialog dialog({}, this);
        if (dialog.exec() == QDialog::Accepted)
            m_workspace->openPaths(dialog.paths(), dialog.overrides());
    });
    file->addAction(tr("Open &sample county"), this, &MainWindow::openSampleCounty);
    m_recentMenu = file->addMenu(tr("&Recent files"));
    rebuildRecentMenu();
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::createViewMenu()
{
    const MapWorkspace::Actions &a = m_workspace->actions();
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({a.pan, a.zoomIn, a.zoomOut, a.zoomFull, a.previousExtent, a.nextExtent});
    view->addSeparator();
    QMenu *panels = view->addMenu(tr("&Panels"));
    for (QDockWidget *dock : m_workspace->docks() + m_projects->docks())
        panels->addAction(dock->toggleViewAction());
    QMenu *language = view->addMenu(tr("&Language"));
    auto *group = new QActionGroup(language);
    const std::pair<QString, QString> languages[] = {{QStringLiteral("zh_CN"), QStringLiteral("中文")},
                                                     {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto &[code, label] : languages) {
        QAction *action = language->addAction(label);
        action->setCheckable(true);
        action->setChecked(chosenLanguage() == code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            setSavedLanguage(code);
            statusBar()->showMessage(tr("The language changes at the next start."), 8000);
        });
    }
}

void MainWindow::createToolBars()
{
    const MapWorkspace::Actions &a = m_workspace->actions();
    QToolBar *navigation = addToolBar(tr("Navigation"));
    navigation->setObjectName(QStringLiteral("NavigationToolBar"));
    navigation->addActions({a.pan, a.zoomIn, a.zoomOut, a.zoomFull, a.previousExtent, a.nextExtent});
    QToolBar *tools = addToolBar(tr("Tools"));
    tools->setObjectName(QStringLiteral("ToolsToolBar"));
    tools->addActions({a.identify, a.select, a.measureDistance, a.measureArea, a.attributeTable});
    for (QToolBar *bar : {navigation, tools})
        bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
}

bool MainWindow::openDirectory(const QString &directory)
{
    if (m_workspace->openDirectory(directory))
        return true;
    statusBar()->showMessage(tr("No layers found in %1").arg(QDir::toNativeSeparators(directory)), 8000);
    return false;
}

bool MainWindow::openProject(const QString &path)
{
    return m_projects->openProjectAsking(path);
}

bool MainWindow::openFiles(const QStringList &paths)
{
    return m_workspace->openPaths(paths);
}

void MainWindow::openLayersDialog()
{
    QSettings settings;
    const QString start = settings.value(QStringLiteral("files/lastDirectory"), QDir::homePath()).toString();
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open layers"), start,
        tr("Vector layers (*.shp *.gpkg *.geojson *.json *.kml *.gml *.tab *.mif *.sqlite);;All files (*)"));
    if (paths.isEmpty())
        return;
    settings.setValue(QStringLiteral("files/lastDirectory"), QFileInfo(paths.front()).absolutePath());
    openFiles(paths);
}

void MainWindow::openSampleCounty()
{
    const QString directory = QStringLiteral(FARMGUARD_SAMPLE_DIR);
    if (!openDirectory(directory))
        QMessageBox::warning(this, tr("Sample county"),
                             tr("The sample county is not in %1.").arg(QDir::toNativeSeparators(directory)));
}

void MainWindow::rememberRecent(const QStringList &paths)
{
    QSettings settings;
    QStringList recent = settings.value(QLatin1String(kRecentKey)).toStringList();
    for (const QString &path : paths) {
        recent.removeAll(path);
        recent.prepend(path);
    }
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QLatin1String(kRecentKey), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QLatin1String(kRecentKey)).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openFiles({path}); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::rebuildRecentProjectsMenu()
{
    m_recentProjectsMenu->clear();
    const QStringList recent = RecentProjects::list();
    for (const QString &location : recent)
        m_recentProjectsMenu->addAction(location.startsWith(QLatin1String("postgres")) ? location
                                                                                       : QDir::toNativeSeparators(location),
                                        this, [this, location] { openProject(location); });
    m_recentProjectsMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showProblems(const QStringList &lines)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Some layers could not be used"), lines.join('\n'),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (geometry.isEmpty())
        MainWindowLayout::fitToScreen(*this);
    else
        restoreGeometry(geometry);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), MainWindowLayout::kStateVersion);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState(MainWindowLayout::kStateVersion));
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (!paths.isEmpty() && openFiles(paths))
        event->acceptProposedAction();
}

} // namespace fg::app
