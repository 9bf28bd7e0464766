// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <functional>

class QAction;
class QDate;
class QMenu;

namespace fg::app {

class MapWorkspace;
class ProjectController;
class ProjectSession;
struct PreparedReport;

/// The Report menu: the case report (of the chosen incident, from the open project, else from
/// the layers on the map), the township statistics report, the public basic-farmland map and
/// the patrol plan report, a case's major-case report (重大案件报告) and joint-discipline notice
/// (联合惩戒; these five need a project). Each is measured and laid out with a
/// wait cursor and a status message, then shown in the print preview (print, PDF, Export PDF…).
/// Actions without what they need are disabled with a tooltip saying why. UI thread only.
class ReportController : public QObject
{
    Q_OBJECT

public:
    /// Fills @p menu (and is owned by it).
    ReportController(QMenu *menu, MapWorkspace *workspace, ProjectController *projects);

    struct Actions
    {
        QAction *caseReport, *majorCase, *township, *publicMap, *patrol, *jointDiscipline;
    };
    const Actions &actions() const { return m_actions; }
    /// Enables the actions that have what they need (also done whenever the menu opens).
    void updateActions();
    /// Prepares and shows the major-case report of @p caseId (the case panel's button).
    void previewMajorCase(const QString &caseId);

private:
    void previewCase();
    void askMajorCase();
    void previewTownship();
    void previewPublicMap();
    void previewPatrol();
    void previewJointDiscipline();
    using TownshipReportMaker = PreparedReport (*)(const ProjectSession &, const QString &, QDate);
    /// Asks for a township, then prepares and shows the report `make` makes of it.
    void previewForTownship(const QString &title, const QString &titleOf, TownshipReportMaker make, bool patrolGridOnly);
    /// Asks for a township of the open project; empty when cancelled or there is none.
    QString askTownship(const QString &title, bool patrolGridOnly);
    /// Builds the report with a wait cursor, reports failures, then opens the preview.
    void prepareAndShow(const QString &title, const std::function<PreparedReport()> &build);
    QWidget *window() const;

    MapWorkspace *m_workspace;
    ProjectController *m_projects;
    Actions m_actions{};
    QString m_selectedIncident;
};

} // namespace fg::app
