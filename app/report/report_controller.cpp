// SPDX-License-Identifier: MIT
#include "app/report/report_controller.h"

#include "app/map/map_canvas.h"
#include "app/map/map_layer_set.h"
#include "app/map/map_workspace.h"
#include "app/patrol/patrol_report_dialog.h"
#include "app/project/case_list_dock.h"
#include "app/project/case_panel.h"
#include "app/project/project_controller.h"
#include "app/project/project_session.h"
#include "app/report/report_factory.h"
#include "app/report/report_preview.h"
#include "core/input_error.h"
#include "gis/io/vector_layer.h"

#include <QAction>
#include <QDate>
#include <QApplication>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>

namespace fg::app {

ReportController::ReportController(QMenu *menu, MapWorkspace *workspace, ProjectController *projects)
    : QObject(menu)
    , m_workspace(workspace)
    , m_projects(projects)
{
    menu->setToolTipsVisible(true);
    m_actions.caseReport = menu->addAction(tr("&Case Report…"), this, &ReportController::previewCase);
    m_actions.majorCase = menu->addAction(tr("&Major Case Report…"), this, &ReportController::askMajorCase);
    m_actions.township = menu->addAction(tr("&Township Assessment Report…"), this, &ReportController::previewTownship);
    m_actions.publicMap = menu->addAction(tr("&Public Basic Farmland Map…"), this, &ReportController::previewPublicMap);
    m_actions.patrol = menu->addAction(tr("P&atrol Plan Report…"), this, &ReportController::previewPatrol);
    m_actions.jointDiscipline
        = menu->addAction(tr("&Joint Discipline Notice…"), this, &ReportController::previewJointDiscipline);
    connect(menu, &QMenu::aboutToShow, this, &ReportController::updateActions);
    connect(workspace->layers(), &MapLayerSet::layersChanged, this, &ReportController::updateActions);
    if (CasePanel *panel = projects->casePanel())
        connect(panel, &CasePanel::majorReportRequested, this, &ReportController::previewMajorCase);
    if (CaseListDock *cases = projects->caseList())
        connect(cases, &CaseListDock::incidentSelected, this, [this](const QString &id) { m_selectedIncident = id; });
    updateActions();
}

void ReportController::updateActions()
{
    const bool project = m_projects->session() != nullptr;
    const bool incidents = !ReportFactory::incidentIds(m_projects->session(), *m_workspace->layers()).isEmpty();
    m_actions.caseReport->setEnabled(incidents);
    m_actions.caseReport->setToolTip(incidents ? tr("Case report (案件图斑分析报告) of an incident: preview, print, PDF")
                                               : tr("Open a project or an incident layer first."));
    const QString needsProject = tr("Needs an open project (File → Open Project).");
    const std::pair<QAction *, QString> projectActions[] = {
        { m_actions.majorCase, tr("Report of a major case to the county (重大案件报告): preview, print, PDF") },
        { m_actions.township, tr("Statistics of every township (考核): preview, print, PDF") },
        { m_actions.publicMap, tr("Basic farmland map of a township for public notice: preview, print, PDF") },
        { m_actions.patrol, tr("A township's patrol plan over the plan period: preview, print, PDF") },
        { m_actions.jointDiscipline,
            tr("A case's joint-discipline notice (联合惩戒) to the departments and companies: preview, print, PDF") },
    };
    for (const auto &[action, tip] : projectActions) {
        action->setEnabled(project);
        action->setToolTip(project ? tip : needsProject);
    }
}

QWidget *ReportController::window() const
{
    return m_workspace->canvas()->window();
}

void ReportController::prepareAndShow(const QString &title, const std::function<PreparedReport()> &build)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    emit m_workspace->message(tr("Preparing %1…").arg(title));
    QElapsedTimer timer;
    timer.start();
    PreparedReport report;
    try {
        report = build();
    } catch (const core::InputError &error) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(window(), title, error.message());
        return;
    }
    QApplication::restoreOverrideCursor();
    emit m_workspace->message(tr("%1 prepared in %2 s.").arg(title).arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    ReportPreview::show(report, window());
}

void ReportController::previewCase()
{
    const ProjectSession *session = m_projects->session();
    const QStringList ids = ReportFactory::incidentIds(session, *m_workspace->layers());
    if (ids.isEmpty())
        return;
    bool ok = false;
    const QString id = QInputDialog::getItem(window(), tr("Case report"), tr("Incident:"), ids,
                                             std::max(0, int(ids.indexOf(m_selectedIncident))), false, &ok);
    if (!ok || id.isEmpty())
        return;
    prepareAndShow(tr("Case report %1").arg(id), [this, session, id] {
        return session ? ReportFactory::caseReport(*session, id) : ReportFactory::caseReport(*m_workspace->layers(), id);
    });
}

void ReportController::askMajorCase()
{
    const ProjectSession *session = m_projects->session();
    const QStringList ids = session ? ReportFactory::majorCases(*session) : QStringList();
    if (ids.isEmpty()) {
        QMessageBox::information(window(), tr("Major case report"),
            tr("No case of the project is major: none reaches a threshold or was declared major."));
        return;
    }
    bool ok = false;
    const QString id = QInputDialog::getItem(window(), tr("Major case report"), tr("Case:"), ids, 0, false, &ok);
    if (ok && !id.isEmpty())
        previewMajorCase(id);
}

void ReportController::previewMajorCase(const QString &caseId)
{
    const ProjectSession *session = m_projects->session();
    if (session && !caseId.isEmpty())
        prepareAndShow(tr("Major case report %1").arg(caseId),
            [session, caseId] { return ReportFactory::majorCaseReport(*session, caseId); });
}

void ReportController::previewJointDiscipline()
{
    const ProjectSession *session = m_projects->session();
    if (!session)
        return;
    QStringList ids;
    int selected = 0;
    for (const core::CaseFile &file : session->cases())
        if (file.status() != core::CaseStatus::Dismissed && core::isOccupation(file.violationType())) {
            if (file.incidentIds().contains(m_selectedIncident))
                selected = int(ids.size());
            ids << file.id();
        }
    if (ids.isEmpty()) {
        QMessageBox::information(window(), tr("Joint discipline notice"),
            tr("No open case calls for one: a notice needs a case of illegal land use that was not dismissed."));
        return;
    }
    bool ok = false;
    const QString id = QInputDialog::getItem(window(), tr("Joint discipline notice"), tr("Case:"), ids, selected, false, &ok);
    if (ok && !id.isEmpty())
        prepareAndShow(tr("Joint discipline notice %1").arg(id), [session, id] {
            return ReportFactory::jointDiscipline(*session, id);
        });
}

void ReportController::previewTownship()
{
    const ProjectSession *session = m_projects->session();
    if (session)
        prepareAndShow(tr("Township statistics report"), [session] { return ReportFactory::townshipReport(*session); });
}

QString ReportController::askTownship(const QString &title, bool patrolGridOnly)
{
    const ProjectSession *session = m_projects->session();
    QStringList names;
    if (session)
        names = patrolGridOnly ? ReportFactory::patrolTownships(*session) : ReportFactory::townships(*session);
    if (names.isEmpty()) {
        if (session)
            QMessageBox::information(window(), title,
                                     patrolGridOnly ? tr("The project's patrol grid has no cells in any township.")
                                                    : tr("The project has no township boundaries."));
        return {};
    }
    bool ok = false;
    const QString name = QInputDialog::getItem(window(), title, tr("Township:"), names, 0, false, &ok);
    return ok ? name : QString();
}

void ReportController::previewPublicMap()
{
    previewForTownship(tr("Public basic farmland map"), tr("Public basic farmland map of %1"), &ReportFactory::publicMap,
                       false);
}

void ReportController::previewPatrol()
{
    const ProjectSession *session = m_projects->session();
    if (!session)
        return;
    const auto [start, end] = ReportFactory::patrolPeriod(*session);
    const QStringList townships = ReportFactory::patrolTownships(*session);
    if (!start.isValid() || townships.isEmpty()) {
        QMessageBox::information(window(), tr("Patrol plan report"),
                                 start.isValid() ? tr("The project's patrol grid has no cells in any township.")
                                                 : tr("The project has no patrol plan yet: Patrol → Plan Patrols…"));
        return;
    }
    PatrolReportDialog dialog(townships, start, end, QDate::currentDate(), window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString township = dialog.township();
    const QDate from = dialog.from(), to = dialog.to();
    prepareAndShow(tr("Patrol plan report of %1").arg(township), [session, township, from, to] {
        return ReportFactory::patrolReport(*session, township, from, to);
    });
}

void ReportController::previewForTownship(const QString &title, const QString &titleOf, TownshipReportMaker make,
                                          bool patrolGridOnly)
{
    const QString township = askTownship(title, patrolGridOnly);
    const ProjectSession *session = m_projects->session();
    if (!township.isEmpty() && session)
        prepareAndShow(titleOf.arg(township), [session, township, make] { return make(*session, township, QDate()); });
}

} // namespace fg::app
