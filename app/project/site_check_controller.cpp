// SPDX-License-Identifier: MIT
#include "app/project/site_check_controller.h"

#include "app/map/map_canvas.h"
#include "app/map/map_workspace.h"
#include "app/project/incident_draw_tool.h"
#include "app/project/project_controller.h"
#include "app/project/site_check_dialog.h"
#include "gis/store/project_tables.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>

namespace fg::app {

SiteCheckController::SiteCheckController(QMenu *menu, MapWorkspace *workspace, ProjectController *projects)
    : QObject(projects)
    , m_workspace(workspace)
    , m_projects(projects)
    , m_action(menu->addAction(tr("&Site check (选址核查)...")))
    , m_drawTool(new IncidentDrawTool(workspace->canvas()))
{
    m_action->setObjectName(QStringLiteral("actionSiteCheck"));
    m_action->setStatusTip(
        tr("Check a proposed site before approval: the farmland it would take, the cases and "
           "approvals it meets, the procedures and departments"));
    m_drawTool->setParent(this);
    connect(m_action, &QAction::triggered, this, &SiteCheckController::open);
    connect(projects, &ProjectController::sessionChanged, this, [this] {
        if (m_dialog)
            m_dialog->close(); // it holds the old session
        updateAction();
    });
    connect(m_drawTool, &IncidentDrawTool::polygonFinished, this, [this](const QList<QPointF> &ring) {
        m_workspace->canvas()->setTool(nullptr);
        if (m_dialog)
            m_dialog->setDrawnRing(ring);
    });
    updateAction();
}

void SiteCheckController::updateAction()
{
    const bool open = m_projects->session() != nullptr;
    m_action->setEnabled(open);
    m_action->setToolTip(
        open ? m_action->statusTip() : tr("Open a project first: the site is checked against it"));
}

bool SiteCheckController::open()
{
    if (!m_projects->session())
        return false;
    if (!m_dialog) {
        m_dialog = new SiteCheckDialog(m_projects->session(), m_workspace->canvas()->window());
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &SiteCheckDialog::drawRequested, this, &SiteCheckController::startDrawing);
    }
    m_dialog->show();
    m_dialog->raise();
    return true;
}

void SiteCheckController::startDrawing()
{
    std::vector<std::shared_ptr<const gis::VectorLayer>> targets;
    for (const char *table : { gis::ProjectTables::kLandUse, gis::ProjectTables::kBasicFarmland }) {
        if (auto layer
            = m_projects->session() ? m_projects->session()->mapLayer(QString::fromLatin1(table)) : nullptr)
            targets.push_back(layer);
    }
    m_drawTool->snapper().setLayers(std::move(targets));
    m_workspace->canvas()->setTool(m_drawTool);
    emit m_projects->message(tr("Click the vertices of the proposed site (snapping to parcels); Backspace "
                                "undoes, double-click finishes."));
}

} // namespace fg::app
