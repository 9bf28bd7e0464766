// SPDX-License-Identifier: MIT
#include "app/patrol/patrol_controller.h"

#include "app/map/map_canvas.h"
#include "app/map/map_workspace.h"
#include "app/patrol/officers_dialog.h"
#include "app/patrol/patrol_view.h"
#include "app/project/project_controller.h"
#include "app/project/project_session.h"
#include "core/input_error.h"
#include "gis/store/patrol_records.h"

#include <QActionGroup>
#include <QMenu>
#include <QMessageBox>

namespace fg::app {

PatrolController::PatrolController(QMenu *menu, MapWorkspace *workspace, ProjectController *projects)
    : QObject(menu)
    , m_workspace(workspace)
    , m_projects(projects)
{
    QAction *show = menu->addAction(tr("Show Patrol &Plan"), this, &PatrolController::show);
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    menu->addAction(tr("&Next Day"), QKeySequence(Qt::CTRL | Qt::Key_BracketRight), this, [this] { step(1); });
    menu->addAction(tr("P&revious Day"), QKeySequence(Qt::CTRL | Qt::Key_BracketLeft), this, [this] { step(-1); });
    menu->addSeparator();
    auto *group = new QActionGroup(this);
    const std::pair<QString, PatrolColouring> modes[] = { { tr("Colour Grid by &Risk"), PatrolColouring::Risk },
        { tr("Colour Grid by &Overdue"), PatrolColouring::Overdue },
        { tr("Colour Grid by O&fficer"), PatrolColouring::Officer } };
    for (const auto &[text, mode] : modes) {
        QAction *action = group->addAction(text);
        action->setCheckable(true);
        action->setChecked(mode == PatrolColouring::Risk);
        connect(action, &QAction::triggered, this, [this, mode = mode] {
            if (m_view) {
                m_view->setColouring(mode);
                emit m_workspace->message(m_view->summary());
            }
        });
        menu->addAction(action);
    }
    menu->addSeparator();
    menu->addAction(tr("&Hide Patrol"), this, &PatrolController::hide);
    menu->addSeparator();
    menu->addAction(tr("Grid &Officers…"), this, [this] {
        ProjectSession *session = m_projects->session();
        QWidget *window = m_workspace->canvas()->window();
        if (!session) {
            QMessageBox::information(window, tr("Grid Officers"), tr("Open a project first (File → Open Project)."));
            return;
        }
        try {
            OfficersDialog(session->store(), window).exec();
        } catch (const core::InputError &error) {
            QMessageBox::warning(window, tr("Grid Officers"), error.message());
        }
    });
}

void PatrolController::show()
{
    ProjectSession *session = m_projects->session();
    QWidget *window = m_workspace->canvas()->window();
    if (!session) {
        QMessageBox::information(window, tr("Patrol plan"), tr("Open a project first (File → Open Project)."));
        return;
    }
    try {
        gis::ProjectStore &store = session->store();
        if (!store.patrol().hasGrid()) {
            QMessageBox::information(window, tr("Patrol plan"),
                tr("The project has no patrol grid yet: make one with 'farmguard-cli grid PROJECT --cell-size 1000'."));
            return;
        }
        if (!m_view)
            m_view = new PatrolView(m_workspace->canvas());
        m_view->load(store);
    } catch (const core::InputError &error) {
        QMessageBox::warning(window, tr("Patrol plan"), error.message());
        return;
    }
    m_workspace->canvas()->setTool(m_view);
    m_workspace->canvas()->zoomToExtent(m_view->extent().adjusted(-800, -800, 800, 800));
    emit m_workspace->message(m_view->summary());
}

void PatrolController::step(int days)
{
    if (!m_view)
        return;
    m_view->setDay(m_view->day().addDays(days));
    emit m_workspace->message(m_view->summary());
}

void PatrolController::hide()
{
    if (m_view && m_workspace->canvas())
        m_workspace->canvas()->setTool(nullptr);
}

} // namespace fg::app
