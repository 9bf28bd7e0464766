// SPDX-License-Identifier: MIT
#pragma once

#include "app/map/analysis_runner.h"

#include <QObject>
#include <QStringList>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMainWindow;

namespace fg::gis {
class ProjectStore;
}

namespace fg::app {

class AnalysisRunner;
class AttributeTableDock;
class IdentifyDock;
class IdentifyTool;
class IncidentListDock;
class ReviewListDock;
class FirstPicture;
class LayerLoader;
class LayerTreeDock;
class MapCanvas;
class MapLayerSet;
class MapStatusWidgets;
class MeasureTool;
class MessageBar;
class SelectTool;
struct LoadedLayers;
struct ReadOverrides;

/// The map workspace inside a main window: canvas in the centre, docks for layers, incidents,
/// attributes, identify and measure results, the map tools and navigation actions, background
/// loading and the status bar widgets. The main window puts the actions into menus and toolbars.
class MapWorkspace : public QObject
{
    Q_OBJECT

public:
    explicit MapWorkspace(QMainWindow *window);
    ~MapWorkspace() override;

    /// Actions for menus and toolbars (owned by the workspace).
    struct Actions
    {
        QAction *pan, *identify, *select, *measureDistance, *measureArea;
        QAction *zoomIn, *zoomOut, *zoomFull, *zoomAll, *zoomLayer, *zoomSelection, *previousExtent, *nextExtent;
        QAction *clearSelection, *removeLayer, *layerStyle, *attributeTable, *runAnalysis, *cancelWork;
    };
    const Actions &actions() const { return m_actions; }
    QList<QDockWidget *> docks() const;

    /// Loads layer files in the background and adds them on top of the map, zooms to them and says
    /// in the message bar what was found (encoding, CRS, repairs, GCJ-02, a CRS that does not fit).
    bool openPaths(const QStringList &paths);
    bool openPaths(const QStringList &paths, const ReadOverrides &overrides);
    /// Opens every shapefile (else GeoPackage) of a directory; false when it has none.
    bool openDirectory(const QString &directory);
    bool isLoading() const;
    /// Adds layers loaded elsewhere (a project's tables) as a finished load would; their joint
    /// extent becomes the project's area, which 全图 shows.
    void addLoadedLayers(const LoadedLayers &result);
    /// Starts the overlay analysis (F5): of the project set by setAnalysisProject(), else of the
    /// map's incident layer; false (with a message) when it cannot.
    bool runAnalysis();
    /// Makes F5 analyse an open project (gis::ProjectAnalysisJob: its rules, accumulation by case
    /// status, then its cases' flags judged again when writable) for its incidents' map layer
    /// @p incidentLayerId; null: the map's layers again. A run on the previous store is
    /// cancelled and waited for, so that store may be closed next.
    void setAnalysisProject(gis::ProjectStore *store, const QString &incidentLayerId);
    AnalysisRunner *analysisRunner() const { return m_analysis; }

    MapLayerSet *layers() const { return m_layers; }
    MapCanvas *canvas() const { return m_canvas; }
    IdentifyTool *identifyTool() const { return m_identify; }
    SelectTool *selectTool() const { return m_select; }
    MeasureTool *measureTool(bool area) const { return area ? m_measureArea : m_measureDistance; }
    IdentifyDock *identifyDock() const { return m_identifyDock; }
    AttributeTableDock *attributeDock() const { return m_attributes; }
    LayerTreeDock *layerTree() const { return m_tree; }
    IncidentListDock *incidentList() const { return m_incidents; }
    ReviewListDock *reviewList() const { return m_review; }
    QLabel *measureLabel() const { return m_measureLabel; }
    MessageBar *messageBar() const { return m_messageBar; }

signals:
    /// Files that loaded (for recent files).
    void loaded(const QStringList &paths);
    /// Problems worth a dialog: one line per file.
    void loadProblems(const QStringList &lines);
    void message(const QString &text);
    /// An analysis of the open project (F5) finished, its cases' flags judged again on the worker
    /// (@p result's judging): the views that show flags follow.
    void projectAnalysed(const fg::app::MapAnalysis &result);

private:
    void createActions();
    void createDocks(QMainWindow *window);
    void onLoaded(const LoadedLayers &result, const QStringList &paths);
    void postLoadNotices(const LoadedLayers &result, const QStringList &ids);
    /// Asks for the source CRS of a layer's file, then opens it again in place of the layer.
    void fixLayerCrs(const QString &layerId);
    void onAnalysed(const MapAnalysis &result);
    void updateNavigation();
    void zoomToSelection();

    QMainWindow *m_window;
    MapLayerSet *m_layers;
    MapCanvas *m_canvas;
    LayerLoader *m_loader;
    FirstPicture *m_firstPicture; ///< the picture drawn from the files' scans while they load
    AnalysisRunner *m_analysis;
    gis::ProjectStore *m_analysisProject = nullptr;
    QString m_analysisLayerId;
    MapStatusWidgets *m_status;
    IdentifyTool *m_identify;
    SelectTool *m_select;
    MeasureTool *m_measureDistance;
    MeasureTool *m_measureArea;
    LayerTreeDock *m_tree = nullptr;
    IncidentListDock *m_incidents = nullptr;
    ReviewListDock *m_review = nullptr;
    AttributeTableDock *m_attributes = nullptr;
    IdentifyDock *m_identifyDock = nullptr;
    QDockWidget *m_measureDock = nullptr;
    QLabel *m_measureLabel = nullptr;
    MessageBar *m_messageBar = nullptr;
    QString m_replacingLayerId; ///< the layer a reload with a chosen CRS replaces
    QActionGroup *m_toolGroup = nullptr;
    Actions m_actions{};
    QStringList m_loadingPaths;
};

} // namespace fg::app
