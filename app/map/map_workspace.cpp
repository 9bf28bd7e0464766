// SPDX-License-Identifier: MIT
#include "app/map/map_workspace.h"

#include "app/map/analysis_runner.h"
#include "app/map/attribute_table_dock.h"
#include "app/map/identify_dock.h"
#include "app/map/identify_tool.h"
#include "app/map/layer_events.h"
#include "app/map/incident_list_dock.h"
#include "app/map/review_list_dock.h"
#include "app/map/first_picture.h"
#include "app/map/layer_loader.h"
#include "app/map/layer_tree_dock.h"
#include "app/map/map_canvas.h"
#include "app/map/map_layer_set.h"
#include "app/map/map_status_widgets.h"
#include "app/map/measure_tool.h"
#include "app/map/message_bar.h"
#include "app/map/open_layers_dialog.h"
#include "app/map/select_tool.h"
#include "gis/io/vector_layer.h"
#include "gis/io/working_crs.h"
#include "gis/render/geometry_path.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QVBoxLayout>

namespace fg::app {

MapWorkspace::MapWorkspace(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_layers(new MapLayerSet(this))
    , m_canvas(new MapCanvas(m_layers, window))
    , m_loader(new LayerLoader(this))
    , m_firstPicture(new FirstPicture(m_canvas, this))
    , m_analysis(new AnalysisRunner(this))
    , m_status(new MapStatusWidgets(m_canvas, window->statusBar()))
    , m_identify(new IdentifyTool(m_canvas))
    , m_select(new SelectTool(m_canvas))
    , m_measureDistance(new MeasureTool(m_canvas, MeasureTool::Mode::Distance))
    , m_measureArea(new MeasureTool(m_canvas, MeasureTool::Mode::Area))
{
    // The message bar sits above the map, so it never covers what it talks about.
    auto *centre = new QWidget(window);
    auto *column = new QVBoxLayout(centre);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    m_messageBar = new MessageBar(centre);
    column->addWidget(m_messageBar);
    column->addWidget(m_canvas, 1);
    window->setCentralWidget(centre);
    m_canvas->setDecorationTexts({tr("%1 m"), tr("%1 km"), tr("N"), QStringLiteral("Noto Sans CJK SC")});
    createActions();
    createDocks(window);
    connect(m_loader, &LayerLoader::progress, this,
            [this](double fraction, const QString &file) { m_status->setProgress(fraction, file); });
    connect(m_loader, &LayerLoader::finished, this,
            [this](const LoadedLayers &result) { onLoaded(result, m_loadingPaths); });
    connect(m_analysis, &AnalysisRunner::progress, this,
            [this](double fraction) { m_status->setProgress(fraction, tr("Analysis")); });
    connect(m_analysis, &AnalysisRunner::finished, this, &MapWorkspace::onAnalysed);
    connect(m_status, &MapStatusWidgets::cancelRequested, m_actions.cancelWork, &QAction::trigger);
    connect(m_canvas, &MapCanvas::transformChanged, this, &MapWorkspace::updateNavigation);
    // No status message per render ("map drawn in N ms"): it wiped the analysis summary and the
    // patrol line at the next redraw.
    connect(m_identify, &IdentifyTool::identified, m_identifyDock, &IdentifyDock::showHits);
    for (MeasureTool *tool : {m_measureDistance, m_measureArea})
        connect(tool, &MeasureTool::measured, this, [this](const QString &text) {
            m_measureLabel->setText(text);
            m_measureDock->show();
            m_measureDock->raise();
        });
    connect(m_tree, &LayerTreeDock::currentLayerChanged, m_select, &SelectTool::setTargetLayer);
    updateNavigation();
}

MapWorkspace::~MapWorkspace() = default;

void MapWorkspace::createActions()
{
    const auto make = [this](const QString &text, const QKeySequence &key, const QString &name) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setObjectName(name);
        return action;
    };
    Actions &a = m_actions;
    a.pan = make(tr("&Pan"), QKeySequence(Qt::Key_P), QStringLiteral("actionPan"));
    a.identify = make(tr("&Identify"), QKeySequence(Qt::Key_I), QStringLiteral("actionIdentify"));
    a.select = make(tr("&Select"), QKeySequence(Qt::Key_S), QStringLiteral("actionSelect"));
    a.measureDistance = make(tr("Measure &distance"), QKeySequence(Qt::Key_D), QStringLiteral("actionMeasureLine"));
    a.measureArea = make(tr("Measure &area"), QKeySequence(Qt::Key_A), QStringLiteral("actionMeasureArea"));
    m_toolGroup = new QActionGroup(this);
    const std::pair<QAction *, MapTool *> tools[] = {{a.pan, nullptr},           {a.identify, m_identify},
                                                     {a.select, m_select},       {a.measureDistance, m_measureDistance},
                                                     {a.measureArea, m_measureArea}};
    for (const auto &[action, tool] : tools) {
        action->setCheckable(true);
        m_toolGroup->addAction(action);
        MapTool *target = tool;
        connect(action, &QAction::triggered, this, [this, target] { m_canvas->setTool(target); });
    }
    a.pan->setChecked(true);
    a.zoomIn = make(tr("Zoom &in"), QKeySequence::ZoomIn, QStringLiteral("actionZoomIn"));
    a.zoomOut = make(tr("Zoom &out"), QKeySequence::ZoomOut, QStringLiteral("actionZoomOut"));
    a.zoomFull = make(tr("&Full extent"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), QStringLiteral("actionZoomFull"));
    a.zoomFull->setToolTip(tr("The project's area (or the layers' when no project is open)"));
    a.zoomAll = make(tr("Zoom to &all layers"), QKeySequence(), QStringLiteral("actionZoomAll"));
    a.zoomLayer = make(tr("Zoom to &layer"), QKeySequence(), QStringLiteral("actionZoomLayer"));
    a.zoomSelection = make(tr("Zoom to se&lection"), QKeySequence(Qt::CTRL | Qt::Key_J), QStringLiteral("actionZoomSelection"));
    a.previousExtent = make(tr("&Previous extent"), QKeySequence(Qt::ALT | Qt::Key_Left), QStringLiteral("actionPrevExtent"));
    a.nextExtent = make(tr("&Next extent"), QKeySequence(Qt::ALT | Qt::Key_Right), QStringLiteral("actionNextExtent"));
    a.clearSelection = make(tr("&Clear selection"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), QStringLiteral("actionClearSelection"));
    a.removeLayer = make(tr("&Remove layer"), QKeySequence(), QStringLiteral("actionRemoveLayer"));
    a.layerStyle = make(tr("Layer st&yle..."), QKeySequence(), QStringLiteral("actionLayerStyle"));
    a.attributeTable = make(tr("Open &attribute table"), QKeySequence(Qt::Key_F6), QStringLiteral("actionAttributeTable"));
    a.runAnalysis = make(tr("Run &overlay analysis"), QKeySequence(Qt::Key_F5), QStringLiteral("actionRunAnalysis"));
    a.cancelWork = make(tr("Cancel"), QKeySequence(), QStringLiteral("actionCancel"));
    connect(a.zoomIn, &QAction::triggered, this, [this] { m_canvas->zoomBy(2.0); });
    connect(a.zoomOut, &QAction::triggered, this, [this] { m_canvas->zoomBy(0.5); });
    connect(a.zoomFull, &QAction::triggered, m_canvas, &MapCanvas::zoomFull);
    connect(a.zoomAll, &QAction::triggered, this, [this] { m_canvas->zoomToExtent(m_layers->extent()); });
    connect(a.zoomLayer, &QAction::triggered, this, [this] { m_canvas->zoomToLayer(m_tree->currentLayerId()); });
    connect(a.zoomSelection, &QAction::triggered, this, &MapWorkspace::zoomToSelection);
    connect(a.previousExtent, &QAction::triggered, m_canvas, &MapCanvas::previousExtent);
    connect(a.nextExtent, &QAction::triggered, m_canvas, &MapCanvas::nextExtent);
    connect(a.clearSelection, &QAction::triggered, m_layers, &MapLayerSet::clearSelection);
    connect(a.removeLayer, &QAction::triggered, this, [this] { m_layers->removeLayer(m_tree->currentLayerId()); });
    connect(a.attributeTable, &QAction::triggered, this, [this] {
        m_attributes->showLayer(m_tree->currentLayerId().isEmpty() ? m_attributes->layerId() : m_tree->currentLayerId());
        m_attributes->show();
        m_attributes->raise();
    });
    connect(a.layerStyle, &QAction::triggered, this, [this] { m_tree->editStyle(); });
    connect(a.runAnalysis, &QAction::triggered, this, &MapWorkspace::runAnalysis);
    connect(a.cancelWork, &QAction::triggered, m_loader, &LayerLoader::cancel);
    connect(a.cancelWork, &QAction::triggered, m_analysis, &AnalysisRunner::cancel);
}

void MapWorkspace::createDocks(QMainWindow *window)
{
    m_tree = new LayerTreeDock(m_layers, m_canvas, window);
    m_incidents = new IncidentListDock(m_layers, m_canvas, window);
    m_review = new ReviewListDock(m_layers, m_canvas, window);
    m_attributes = new AttributeTableDock(m_layers, m_canvas, window);
    m_identifyDock = new IdentifyDock(m_layers, m_canvas, window);
    m_measureDock = new QDockWidget(tr("Measure"), window);
    m_measureDock->setObjectName(QStringLiteral("MeasureDock"));
    m_measureLabel = new QLabel(tr("Choose a measure tool, click vertices, double-click to finish."), m_measureDock);
    m_measureLabel->setWordWrap(true);
    m_measureLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_measureLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_measureLabel->setMargin(6);
    m_measureDock->setWidget(m_measureLabel);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_tree);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_incidents);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_review);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_attributes);
    window->addDockWidget(Qt::RightDockWidgetArea, m_identifyDock);
    window->addDockWidget(Qt::RightDockWidgetArea, m_measureDock);
    window->resizeDocks({m_tree, m_identifyDock}, {280, 300}, Qt::Horizontal);
    window->resizeDocks({m_attributes}, {200}, Qt::Vertical);
}

QList<QDockWidget *> MapWorkspace::docks() const
{
    return {m_tree, m_incidents, m_review, m_attributes, m_identifyDock, m_measureDock};
}

bool MapWorkspace::openPaths(const QStringList &paths)
{
    return openPaths(paths, ReadOverrides());
}

bool MapWorkspace::openPaths(const QStringList &paths, const ReadOverrides &overrides)
{
    if (paths.isEmpty() || m_loader->isBusy())
        return false;
    m_loadingPaths = paths;
    m_status->setProgress(0, {});
    emit message(tr("Loading %1 layer(s)...").arg(paths.size()));
    if (!m_loader->load(paths, m_layers->workingEpsg(), overrides))
        return false;
    m_firstPicture->start(paths, m_layers->workingEpsg(), overrides);
    return true;
}

bool MapWorkspace::openDirectory(const QString &directory)
{
    const QDir dir(directory);
    QStringList files = dir.entryList({QStringLiteral("*.shp")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        files = dir.entryList({QStringLiteral("*.gpkg")}, QDir::Files, QDir::Name);
    QStringList paths;
    for (const QString &file : files)
        paths << dir.absoluteFilePath(file);
    return !paths.isEmpty() && openPaths(paths);
}

bool MapWorkspace::isLoading() const
{
    return m_loader->isBusy();
}

void MapWorkspace::addLoadedLayers(const LoadedLayers &result)
{
    onLoaded(result, {});
    m_layers->setHomeExtent(m_layers->extent());
    m_canvas->zoomFull();
}

void MapWorkspace::onLoaded(const LoadedLayers &result, const QStringList &paths)
{
    m_status->setProgress(-1, {});
    m_firstPicture->stop();
    if (result.cancelled) {
        emit message(tr("Loading cancelled."));
        return;
    }
    const bool first = m_layers->layers().empty();
    if (first && !result.layers.empty()) {
        const gis::CrsDecision &crs = result.layers.front()->crs;
        const QString definition = result.workingEpsg ? QStringLiteral("EPSG:%1").arg(result.workingEpsg) : crs.wkt;
        const QString name = crs.name.isEmpty() ? definition : crs.name;
        m_layers->setWorkingCrs(result.workingEpsg, name, crs.geographic);
        m_status->setCrs(definition, result.workingEpsg
                                         ? QStringLiteral("EPSG:%1 %2").arg(result.workingEpsg).arg(gis::displayCrsName(crs.name))
                                         : name);
        m_measureDistance->setCrs(result.workingEpsg, definition);
        m_measureArea->setCrs(result.workingEpsg, definition);
    }
    if (!m_replacingLayerId.isEmpty() && !result.layers.empty())
        m_layers->removeLayer(m_replacingLayerId);
    m_replacingLayerId.clear();
    QStringList ids;
    QRectF placed;
    for (size_t i = 0; i < result.layers.size(); ++i) {
        ids << m_layers->addLayer(result.layers[i], i < result.extents.size() ? result.extents[i] : QRectF());
        const bool misplaced = i < result.facts.size() && !result.facts[i].crsMismatch.isEmpty();
        m_layers->setMisplaced(ids.back(), misplaced);
        if (!misplaced && !m_layers->layer(ids.back())->extent.isNull())
            placed = placed.isNull() ? m_layers->layer(ids.back())->extent : placed.united(m_layers->layer(ids.back())->extent);
    }
    // Show what was opened; a layer that is not where its CRS says is not worth a trip to 0°N.
    if (!placed.isNull())
        m_canvas->zoomToExtent(placed);
    else if (first)
        m_canvas->zoomFull();
    if (!ids.isEmpty())
        m_tree->setCurrentLayer(ids.back());
    postLoadNotices(result, ids);
    emit message(tr("Loaded %1 layer(s). %2").arg(result.layers.size()).arg(result.crsHow));
    if (!result.errors.isEmpty())
        emit loadProblems(result.errors);
    if (!result.layers.empty())
        emit loaded(paths);
}

void MapWorkspace::postLoadNotices(const LoadedLayers &result, const QStringList &ids)
{
    using Level = MessageBar::Level;
    QStringList opened;
    for (int i = 0; i < ids.size() && size_t(i) < result.facts.size(); ++i) {
        const MapLayer *layer = m_layers->layer(ids[i]);
        const QString id = ids[i];
        for (const LayerNotice &notice : LayerEvents::notices(*layer->data, result.facts[size_t(i)], layer->title)) {
            if (notice.kind == LayerNotice::Kind::Opened && ids.size() > 1) {
                opened << tr("%1 (%2 features)").arg(layer->title).arg(layer->data->featureCount());
                continue;
            }
            QList<MessageBar::Action> actions;
            if (notice.kind == LayerNotice::Kind::CrsMismatch)
                actions << MessageBar::Action{tr("Set coordinate system…"), [this, id] { fixLayerCrs(id); }};
            if (notice.kind == LayerNotice::Kind::CrsMismatch || notice.kind == LayerNotice::Kind::Gcj02)
                actions << MessageBar::Action{tr("Remove layer"), [this, id] { m_layers->removeLayer(id); }};
            m_messageBar->post(notice.level, notice.text, actions, id + QLatin1Char('/') + QString::number(int(notice.kind)));
        }
    }
    if (!opened.isEmpty())
        m_messageBar->post(Level::Success, tr("Opened %1 layers: %2. Working coordinates: %3.")
                                               .arg(opened.size())
                                               .arg(opened.join(tr(", ")), result.crsHow),
                           {}, QStringLiteral("opened"));
}

void MapWorkspace::fixLayerCrs(const QString &layerId)
{
    const MapLayer *layer = m_layers->layer(layerId);
    if (!layer || m_loader->isBusy())
        return;
    OpenLayersDialog dialog({layer->data->sourcePath}, m_window);
    dialog.setWindowTitle(tr("Set the coordinate system of %1").arg(layer->title));
    if (dialog.exec() != QDialog::Accepted || dialog.paths().isEmpty())
        return;
    m_replacingLayerId = layerId;
    if (!openPaths(dialog.paths(), dialog.overrides()))
        m_replacingLayerId.clear();
}

bool MapWorkspace::runAnalysis()
{
    const QString problem = m_analysisProject ? m_analysis->start(*m_analysisProject, m_analysisLayerId)
                                              : m_analysis->start(*m_layers);
    if (!problem.isEmpty()) {
        emit message(problem);
        return false;
    }
    m_status->setProgress(0, tr("Analysis"));
    emit message(m_analysisProject ? tr("Analysing the project's incidents with its rules...")
                                   : tr("Analysing the incidents against basic farmland and cultivated land..."));
    return true;
}

void MapWorkspace::setAnalysisProject(gis::ProjectStore *store, const QString &incidentLayerId)
{
    if (m_analysisProject && m_analysisProject != store && m_analysis->isBusy()) {
        m_analysis->cancel();
        m_analysis->wait();
    }
    m_analysisProject = store;
    m_analysisLayerId = store ? incidentLayerId : QString();
}

void MapWorkspace::onAnalysed(const MapAnalysis &result)
{
    m_status->setProgress(-1, {});
    if (result.cancelled || !result.error.isEmpty()) {
        emit message(result.cancelled ? tr("Analysis cancelled.") : result.error);
        if (!result.error.isEmpty())
            emit loadProblems({result.error});
        return;
    }
    const MapLayer *layer = m_layers->layer(result.incidentLayerId);
    if (!layer)
        return;
    auto verdicts = std::make_shared<QHash<qint64, gis::VerdictClass>>();
    int flagged = 0;
    for (auto it = result.figures.constBegin(); it != result.figures.constEnd(); ++it) {
        verdicts->insert(it.key(), it->verdict);
        flagged += it->verdict == gis::VerdictClass::Accountability;
    }
    gis::LayerStyle style = layer->style;
    style.verdicts = verdicts;
    m_incidents->setAnalysis(result);
    m_review->setAnalysis(result);
    m_layers->setStyle(result.incidentLayerId, style);
    m_incidents->show();
    m_incidents->raise();
    const QString reading = result.rules.reading() == core::Reading::Judicial ? tr("judicial reading") : tr("notice reading");
    const QString summary = result.project
            ? tr("Analysed the project's %1 incidents with its rules (%2): %3 reach the accountability thresholds "
                 "alone or with their party; %4 warnings.")
                  .arg(result.figures.size())
                  .arg(reading)
                  .arg(flagged)
                  .arg(result.warnings.size())
            : tr("Analysed %1 incidents: %2 reach the accountability thresholds; %3 warnings.")
                  .arg(result.figures.size())
                  .arg(flagged)
                  .arg(result.warnings.size());
    emit message(summary);
    m_messageBar->post(MessageBar::Level::Success, summary, {}, QStringLiteral("analysis"));
    if (result.project)
        emit projectAnalysed(result);
}

void MapWorkspace::updateNavigation()
{
    m_actions.previousExtent->setEnabled(m_canvas->hasPreviousExtent());
    m_actions.nextExtent->setEnabled(m_canvas->hasNextExtent());
}

void MapWorkspace::zoomToSelection()
{
    QRectF all;
    for (const MapLayer &layer : m_layers->layers())
        for (int row : m_layers->selection(layer.id)) {
            QRectF envelope;
            if (gis::geometryEnvelope(layer.data->geometry(row), &envelope))
                all = all.isNull() ? envelope : all.united(envelope);
        }
    if (!all.isNull())
        m_canvas->zoomToExtent(all.adjusted(-20, -20, 20, 20));
}

} // namespace fg::app
