// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

class QMenu;

namespace fg::app {

class MapWorkspace;
class PatrolController;
class ProjectController;

/// The FarmGuard main window: wires menus, toolbars and docks to the map workspace and other
/// controllers; holds no domain logic. Remembers its layout and recent files (QSettings).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    MapWorkspace *workspace() const { return m_workspace; }
    ProjectController *projects() const { return m_projects; }
    PatrolController *patrol() const { return m_patrol; }
    /// Opens a project (a GeoPackage file or a postgresql:// URI), asking who works on it
    /// (`farmguard --project FILE|URI`).
    bool openProject(const QString &path);
    /// Opens every layer of a directory (the sample county, `farmguard --sample DIR`).
    bool openDirectory(const QString &directory);
    /// Opens layer files (also what dropping files on the window does).
    bool openFiles(const QStringList &paths);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void createFileMenu();
    void createViewMenu();
    void createToolBars();
    void openLayersDialog();
    void openSampleCounty();
    void rememberRecent(const QStringList &paths);
    void rebuildRecentMenu();
    void rebuildRecentProjectsMenu();
    void showProblems(const QStringList &lines);
    void restoreLayout();

    MapWorkspace *m_workspace;
    ProjectController *m_projects;
    PatrolController *m_patrol = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_recentProjectsMenu = nullptr;
};

} // namespace fg::app
