// SPDX-License-Identifier: MIT
#include "app/project/project_controller.h"

#include "app/map/attribute_table_dock.h"
#include "app/map/identify_dock.h"
#include "app/map/incident_list_dock.h"
#include "app/map/layer_loader.h"
#include "app/map/map_canvas.h"
#include "app/map/map_layer_set.h"
#include "app/map/map_status_widgets.h"
#include "app/map/map_workspace.h"
#include "app/project/boundary_point_parser.h"
#include "app/project/case_list_dock.h"
#include "app/project/case_panel.h"
#include "app/project/import_incidents_dialog.h"
#include "app/project/incident_dialog.h"
#include "app/project/incident_draw_tool.h"
#include "app/project/incident_edit_tool.h"
#include "app/project/incident_factory.h"
#include "app/project/judged_verdict.h"
#include "app/project/log_warning_bar.h"
#include "app/project/new_project_dialog.h"
#include "app/project/operator_dialog.h"
#include "app/project/party_panel.h"
#include "app/project/project_creator.h"
#include "app/project/project_opener.h"
#include "app/project/project_rights.h"
#include "app/project/project_session.h"
#include "app/project/recent_projects.h"
#include "app/project/selection_link.h"
#include "app/project/session_watcher.h"
#include "app/project/shared_project_dialog.h"
#include "core/cases/deadline_countdown.h"
#include "core/input_error.h"
#include "gis/io/layer_reader.h"
#include "gis/io/vector_layer.h"
#include "gis/render/geometry_path.h"
#include "gis/store/project_stores.h"
#include "gis/store/project_tables.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>

namespace fg::app {

namespace {
const QString kIncidents = QString::fromLatin1(gis::ProjectTables::kIncidents);
const char *const kLastProjectKey = "project/lastDirectory";

/// A project's name for progress messages: the file's name or the schema.
QString shortName(const QString &path)
{
    try {
        return gis::ProjectLocation::parse(path).name();
    } catch (const core::InputError &) {
        return QFileInfo(path).fileName();
    }
}

/// The map layer id holding @p data, empty when it is not on the map.
QString layerIdOf(const MapLayerSet &layers, const gis::VectorLayer *data)
{
    for (const MapLayer &layer : layers.layers()) {
        if (layer.data.get() == data)
            return layer.id;
    }
    return {};
}
} // namespace

ProjectController::ProjectController(QMainWindow *window, MapWorkspace *workspace)
    : QObject(window)
    , m_window(window)
    , m_workspace(workspace)
    , m_opener(new ProjectOpener(this))
    , m_watcher(new SessionWatcher(this))
    , m_changeNotice(new QLabel(window))
    , m_logWarning(new LogWarningBar(window))
    , m_creator(new ProjectCreator(this))
    , m_caseList(new CaseListDock(window))
    , m_casePanel(new CasePanel(window))
    , m_link(new SelectionLink(workspace, m_caseList, this))
    , m_partyPanel(new PartyPanel(window))
    , m_drawTool(new IncidentDrawTool(workspace->canvas()))
    , m_editTool(new IncidentEditTool(workspace->canvas()))
{
    createActions();
    // Cases share the bottom with the attribute table; the case and party panels share the
    // right side with identify results, so the map keeps its width.
    window->addDockWidget(Qt::BottomDockWidgetArea, m_caseList);
    window->tabifyDockWidget(workspace->attributeDock(), m_caseList);
    window->addDockWidget(Qt::RightDockWidgetArea, m_casePanel);
    window->tabifyDockWidget(workspace->identifyDock(), m_casePanel);
    window->tabifyDockWidget(m_casePanel, m_partyPanel);
    for (QDockWidget *dock : docks())
        dock->hide();
    connect(m_caseList, &CaseListDock::incidentSelected, this, &ProjectController::onIncidentSelected);
    connect(m_caseList, &CaseListDock::incidentActivated, this, &ProjectController::zoomToIncident);
    connect(m_casePanel, &CasePanel::caseOpened, this, [this](const QString &caseId) {
        emit message(tr("Recorded the clue: case %1 opened.").arg(caseId));
    });
    connect(m_drawTool, &IncidentDrawTool::polygonFinished, this, &ProjectController::askIncident);
    connect(m_opener, &ProjectOpener::progress, this, [this](double fraction, const QString &what) {
        setProgress(fraction, tr("Opening the project: %1").arg(what));
    });
    connect(m_opener, &ProjectOpener::finished, this, &ProjectController::onOpened);
    connect(m_watcher, &SessionWatcher::changedElsewhere, this, &ProjectController::onChangedElsewhere);
    m_changeNotice->setObjectName(QStringLiteral("changeNotice"));
    window->statusBar()->addPermanentWidget(m_changeNotice);
    m_changeNotice->hide(); // until another user changes the open project
    window->addToolBarBreak(Qt::TopToolBarArea); // the warning spans the window's width
    window->addToolBar(Qt::TopToolBarArea, m_logWarning);
    m_watcher->addBusy([this] { // workers on the store (F5 judges the cases on its worker)
        return m_partyPanel->isBusy() || m_opener->isBusy() || m_workspace->analysisRunner()->isBusy();
    });
    connect(m_creator, &ProjectCreator::progress, this, [this](double fraction, const QString &what) {
        setProgress(fraction, tr("Building the new project: %1").arg(what));
    });
    connect(m_creator, &ProjectCreator::finished, this, &ProjectController::onCreated);
    connect(m_partyPanel, &PartyPanel::progress, this, [this](double fraction) { setProgress(fraction, tr("Party totals")); });
    connect(m_partyPanel, &PartyPanel::refreshed, this, &ProjectController::onPartiesRefreshed);
    connect(m_partyPanel, &PartyPanel::refreshCancelled, this, [this] {
        m_warnNewlyOver = false;
        setProgress(-1, {});
    });
    connect(workspace->actions().cancelWork, &QAction::triggered, this, &ProjectController::cancelWork);
    connect(workspace, &MapWorkspace::projectAnalysed, this, &ProjectController::rejudgeCases);
    m_editTool->setCommitter([this](const QString &incidentId, const IncidentRings &rings) -> QString {
        try {
            IncidentReshaper::reshape(*m_session, incidentId, rings);
            return {};
        } catch (const core::InputError &error) {
            return error.message();
        }
    });
    connect(m_editTool, &IncidentEditTool::saved, this, [this](const QString &incidentId) {
        incidentsChanged();
        m_casePanel->showIncident(incidentId);
        emit message(tr("Saved the new boundary of %1; areas and verdict recomputed.").arg(incidentId));
    });
    connect(m_editTool, &IncidentEditTool::refused, this, [this](const QString &reason) {
        failed(tr("Edit incident vertices"), reason);
    });
}

ProjectController::~ProjectController()
{
    m_caseList->setSession(nullptr);
    m_link->setSession(nullptr, {});
    m_casePanel->setSession(nullptr);
    m_partyPanel->setSession(nullptr);
}

QList<QDockWidget *> ProjectController::docks() const
{
    return { m_caseList, m_casePanel, m_partyPanel };
}

void ProjectController::createActions()
{
    auto make = [this](const QString &text, const char *name) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        return action;
    };
    m_actions.open = make(tr("Open &project..."), "actionOpenProject");
    m_actions.open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_actions.openShared = make(tr("Open &shared project..."), "actionOpenSharedProject");
    m_actions.create = make(tr("&New project from layers..."), "actionNewProject");
    m_actions.saveCopy = make(tr("Save a &copy of the project..."), "actionSaveCopy");
    m_actions.overdue = make(tr("&Overdue steps"), "actionOverdue");
    m_actions.newByCoordinates = make(tr("New incident from &coordinates..."), "actionIncidentCoordinates");
    m_actions.drawIncident = make(tr("&Draw new incident"), "actionDrawIncident");
    m_actions.drawIncident->setCheckable(true);
    m_actions.editIncident = make(tr("&Edit incident vertices"), "actionEditIncident");
    m_actions.editIncident->setCheckable(true);
    m_actions.importIncidents = make(tr("&Import incidents..."), "actionImportIncidents");
    m_actions.importApprovals = make(tr("Import &approvals..."), "actionImportApprovals");
    connect(m_actions.editIncident, &QAction::toggled, this, [this](bool on) {
        if (on && !startEditing())
            m_actions.editIncident->setChecked(false);
        else if (!on && m_workspace->canvas()->tool() == m_editTool)
            m_workspace->canvas()->setTool(nullptr);
    });
    connect(m_actions.importIncidents, &QAction::triggered, this, &ProjectController::askImportIncidents);
    connect(m_actions.importApprovals, &QAction::triggered, this, &ProjectController::askImportApprovals);
    connect(m_actions.open, &QAction::triggered, this, &ProjectController::askOpen);
    connect(m_actions.openShared, &QAction::triggered, this, &ProjectController::askOpenShared);
    connect(m_actions.create, &QAction::triggered, this, &ProjectController::askCreate);
    connect(m_actions.saveCopy, &QAction::triggered, this, &ProjectController::askSaveCopy);
    connect(m_actions.overdue, &QAction::triggered, this, &ProjectController::showOverdue);
    connect(m_actions.newByCoordinates, &QAction::triggered, this, &ProjectController::newIncidentByCoordinates);
    connect(m_actions.drawIncident, &QAction::toggled, this, [this](bool on) {
        if (on)
            startDrawing();
        else if (m_workspace->canvas()->tool() == m_drawTool)
            m_workspace->canvas()->setTool(nullptr);
    });
    for (QAction *action : { m_actions.saveCopy, m_actions.overdue, m_actions.newByCoordinates, m_actions.drawIncident,
             m_actions.editIncident, m_actions.importIncidents, m_actions.importApprovals })
        action->setEnabled(false);
}

void ProjectController::failed(const QString &title, const QString &text)
{
    emit message(text);
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ProjectController::askOpen()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open project"),
        settings.value(QLatin1String(kLastProjectKey), QDir::homePath()).toString(), tr("FarmGuard project (*.gpkg)"));
    if (path.isEmpty())
        return;
    settings.setValue(QLatin1String(kLastProjectKey), QFileInfo(path).absolutePath());
    openProjectAsking(path);
}

bool ProjectController::openProjectAsking(const QString &path)
{
    const auto who = OperatorDialog::ask(path, m_window);
    return who && openProject(path, *who);
}

bool ProjectController::openProject(const QString &path, const gis::OperatorIdentity &who)
{
    if (m_creator->isBusy() || !m_opener->open(path, who)) {
        emit message(tr("A project is already being opened."));
        return false;
    }
    setBusy(true);
    setProgress(0, tr("Opening the project: %1").arg(shortName(path)));
    return true;
}

bool ProjectController::isOpening() const
{
    return m_opener->isBusy();
}

bool ProjectController::createProject(const QString &path, const gis::ProjectSources &sources, const gis::OperatorIdentity &who)
{
    if (m_opener->isBusy() || !m_creator->create(path, sources, who)) {
        emit message(tr("A project is already being opened."));
        return false;
    }
    setBusy(true);
    setProgress(0, tr("Building the new project: %1").arg(shortName(path)));
    return true;
}

bool ProjectController::isCreating() const
{
    return m_creator->isBusy();
}

void ProjectController::showStore(std::unique_ptr<gis::ProjectStore> store)
{
    const gis::OperatorIdentity who = store->operatorIdentity();
    auto session = std::make_unique<ProjectSession>(std::move(store));
    session->setMapLayers(readProjectMapLayers(session->store()));
    const QString location = session->path();
    showSession(std::move(session), location, who);
}

void ProjectController::setBusy(bool busy)
{
    m_actions.open->setEnabled(!busy);
    m_actions.openShared->setEnabled(!busy);
    m_actions.create->setEnabled(!busy);
}

void ProjectController::cancelWork()
{
    m_opener->cancel();
    m_creator->cancel();
    m_partyPanel->cancel();
}

void ProjectController::setProgress(double fraction, const QString &what)
{
    // The map's status widgets own the one progress bar and cancel button of the window.
    if (auto *status = m_window->findChild<MapStatusWidgets *>())
        status->setProgress(fraction, what);
}

void ProjectController::onOpened(const std::shared_ptr<OpenedProject> &result)
{
    emit openFinished(showOpened(result, tr("Open project"), tr("Opening %1 cancelled.")));
}

void ProjectController::onCreated(const std::shared_ptr<CreatedProject> &result)
{
    const bool opened = showOpened(result->opened, tr("New project"), tr("Building %1 cancelled; no file was left behind."));
    if (opened && !result->warnings.isEmpty())
        failed(tr("New project"), result->warnings.join(QLatin1Char('\n')));
    emit createFinished(opened);
}

bool ProjectController::showOpened(const std::shared_ptr<OpenedProject> &result, const QString &title, const QString &cancelled)
{
    setProgress(-1, {});
    setBusy(false);
    if (result->cancelled || !result->store) {
        if (result->cancelled)
            emit message(cancelled.arg(QDir::toNativeSeparators(result->path)));
        else
            failed(title, result->error);
        return false;
    }
    auto session = std::make_unique<ProjectSession>(
        std::move(result->store), std::move(result->incidents), std::move(result->cases));
    session->setMapLayers(std::move(result->mapLayers));
    showSession(std::move(session), result->path, result->who);
    return true;
}

void ProjectController::onPartiesRefreshed(const QStringList &newlyOver)
{
    setProgress(-1, {});
    const bool warn = m_warnNewlyOver;
    m_warnNewlyOver = false;
    if (warn && !newlyOver.isEmpty())
        failed(tr("Accumulation"), tr("With the new incident these parties are over an accountability threshold: %1")
                                       .arg(newlyOver.join(QStringLiteral("、"))));
}

void ProjectController::showSession(std::unique_ptr<ProjectSession> session, const QString &path, const gis::OperatorIdentity &who)
{
    emit sessionAboutToChange();
    m_watcher->setSession(nullptr);
    m_changeNotice->hide(); // it spoke of the project before
    m_caseList->setSession(nullptr);
    m_link->setSession(nullptr, {});
    m_casePanel->setSession(nullptr);
    m_partyPanel->setSession(nullptr);
    m_workspace->setAnalysisProject(nullptr, {}); // a run on the old store ends before it closes
    m_session = std::move(session);
    connect(m_session.get(), &ProjectSession::changed, this, &ProjectController::styleIncidents);
    showProjectLayers();
    m_caseList->setSession(m_session.get());
    m_casePanel->setSession(m_session.get());
    m_partyPanel->setSession(m_session.get());
    m_warnNewlyOver = false;
    m_partyPanel->refresh();
    applyRights(path, who);
    for (QDockWidget *dock : docks())
        dock->show();
    m_caseList->raise();
    m_casePanel->raise();
    m_window->resizeDocks({ m_caseList }, { m_window->height() / 3 }, Qt::Vertical);
    // Start on the most pressing case: the first overdue one, else the first case opened.
    const QStringList overdue = markOverdueIncidents();
    m_link->setMapFollow(SelectionLink::MapFollow::Nothing);
    if (!overdue.isEmpty())
        m_caseList->selectIncident(overdue.first());
    else if (!m_session->cases().isEmpty() && !m_session->cases().first().incidentIds().isEmpty())
        m_caseList->selectIncident(m_session->cases().first().incidentIds().first());
    m_link->setMapFollow(SelectionLink::MapFollow::SelectAndZoom);
    emit message(tr("Opened %1: %2 incidents, %3 cases.")
                     .arg(QDir::toNativeSeparators(m_session->path()))
                     .arg(m_session->incidents().size())
                     .arg(m_session->cases().size()));
    if (!m_session->path().startsWith(QLatin1String("memory:")))
        RecentProjects::remember(path);
    m_watcher->setSession(m_session.get());
    emit sessionChanged(m_session.get());
}

void ProjectController::showProjectLayers()
{
    MapLayerSet *layers = m_workspace->layers();
    layers->clear();
    LoadedLayers loaded;
    loaded.workingEpsg = m_session->workingEpsg();
    loaded.crsHow = tr("the project's working CRS");
    for (const ProjectMapLayer &layer : m_session->mapLayers()) {
        loaded.layers.push_back(layer.layer);
        loaded.extents.push_back(layer.layer->extent());
    }
    m_workspace->addLoadedLayers(loaded);
    m_incidentLayerId = layerIdOf(*layers, m_session->mapLayer(kIncidents).get());
    m_workspace->setAnalysisProject(&m_session->store(), m_incidentLayerId);
    m_link->setSession(m_session.get(), m_incidentLayerId);
    styleIncidents();
}

void ProjectController::styleIncidents()
{
    MapLayerSet *layers = m_workspace->layers();
    const MapLayer *layer = m_session ? layers->layer(m_incidentLayerId) : nullptr;
    if (!layer)
        return;
    // One verdict (gis::CaseJudgement, judged again after every change) for the map and the list.
    auto verdicts = std::make_shared<QHash<qint64, gis::VerdictClass>>();
    QHash<qint64, ListedVerdict> listed;
    for (const gis::IncidentRecord &incident : m_session->incidents()) {
        const ListedVerdict judged = JudgedVerdict::of(*m_session, incident.id);
        listed.insert(incident.fid, judged);
        if (judged.verdict != gis::VerdictClass::NotAnalysed)
            verdicts->insert(incident.fid, judged.verdict);
    }
    m_workspace->incidentList()->setVerdicts(m_incidentLayerId, listed);
    gis::LayerStyle style = layer->style;
    style.kind = gis::StyleKind::Incident;
    style.labelField = QStringLiteral("incident_id");
    style.verdicts = verdicts;
    layers->setStyle(m_incidentLayerId, style);
}

void ProjectController::askCreate()
{
    NewProjectDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto who = OperatorDialog::ask(dialog.projectPath(), m_window);
    if (who)
        createProject(dialog.projectPath(), dialog.sources(), *who);
}

QStringList ProjectController::markOverdueIncidents()
{
    QStringList ids;
    if (!m_session)
        return ids;
    const QDateTime now = QDateTime::currentDateTime();
    for (const core::Obligation &late : m_session->lateObligations(now)) {
        const auto file = late.stateAt(now) == core::Obligation::State::Overdue ? m_session->caseFile(late.caseId) : std::nullopt;
        if (file)
            ids += file->incidentIds();
    }
    ids.removeDuplicates();
    const MapLayer *layer = m_workspace->layers()->layer(m_incidentLayerId);
    if (!layer)
        return ids;
    QSet<int> rows;
    const int idField = layer->data->fieldIndex(QStringLiteral("incident_id"));
    for (int row = 0; idField >= 0 && row < layer->data->featureCount(); ++row) {
        if (ids.contains(layer->data->value(row, idField).toString()))
            rows.insert(row);
    }
    m_workspace->layers()->setSelection(m_incidentLayerId, rows);
    return ids;
}

void ProjectController::showOverdue()
{
    if (!m_session)
        return;
    const QDateTime now = QDateTime::currentDateTime();
    QStringList lines;
    for (const core::Obligation &late : m_session->lateObligations(now)) {
        const bool overdue = late.stateAt(now) == core::Obligation::State::Overdue;
        lines << tr("%1: %2, due %3 (%4)")
                     .arg(late.caseId, late.description(), late.dueText(),
                         overdue ? core::DeadlineCountdown::of(late, now).text()
                                 : tr("%1 on %2").arg(core::DeadlineCountdown::of(late, now).text(),
                                       late.metAt.toString(QStringLiteral("yyyy-MM-dd"))));
    }
    const QStringList ids = markOverdueIncidents();
    m_caseList->overdueFilter()->setChecked(true);
    auto *box = new QMessageBox(QMessageBox::Information, tr("Overdue steps"),
        lines.isEmpty() ? tr("No step is overdue.") : lines.join(QLatin1Char('\n')), QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    emit message(tr("%1 overdue incident(s) outlined on the map.").arg(ids.size()));
}

int ProjectController::incidentRow(const QString &incidentId) const
{
    const MapLayer *layer = m_workspace->layers()->layer(m_incidentLayerId);
    const int idField = layer ? layer->data->fieldIndex(QStringLiteral("incident_id")) : -1;
    for (int row = 0; idField >= 0 && row < layer->data->featureCount(); ++row) {
        if (layer->data->value(row, idField).toString() == incidentId)
            return row;
    }
    return -1;
}

void ProjectController::onIncidentSelected(const QString &incidentId)
{
    m_selectedIncident = incidentId;
    if (m_workspace->canvas()->tool() == m_editTool && m_editTool->incidentId() != incidentId)
        startEditing();
    m_casePanel->showIncident(incidentId);
    m_casePanel->raise(); // the panel may sit behind 识别结果 or 当事人 in its tab group
    m_link->follow(incidentId);
    m_workspace->canvas()->setHighlight(m_incidentLayerId, incidentRow(incidentId));
}

void ProjectController::zoomToIncident(const QString &incidentId)
{
    const int row = incidentRow(incidentId);
    QRectF envelope;
    if (row < 0 || !gis::geometryEnvelope(m_workspace->layers()->layer(m_incidentLayerId)->data->geometry(row), &envelope))
        return;
    const double margin = std::max(envelope.width(), envelope.height()) * 2 + 50;
    m_workspace->canvas()->zoomToExtent(envelope.adjusted(-margin, -margin, margin, margin));
    m_workspace->canvas()->setHighlight(m_incidentLayerId, row);
}

} // namespace fg::app
