// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>

namespace fg::app {

class CaseListDock;
class MapWorkspace;
class ProjectSession;

/// Keeps one incident selected across the desk: the case list, the incident list, the map and
/// (through CaseListDock::incidentSelected, which the controller sends to the case panel) the
/// case panel. Selecting in any of them selects the same incident in the others; on the map
/// the incidents of its case are selected and, when asked, zoomed to. UI thread only.
class SelectionLink : public QObject
{
    Q_OBJECT

public:
    SelectionLink(MapWorkspace *workspace, CaseListDock *caseList, QObject *parent = nullptr);

    /// The open session and the map layer of its incidents (null and empty: nothing to link).
    void setSession(const ProjectSession *session, const QString &incidentLayerId);
    /// What following a selection does on the map.
    enum class MapFollow {
        Nothing, ///< a project opening on its first case: the extent and the overdue outline stay
        Select, ///< select the case's incidents (a pick on the map: the user sees them already)
        SelectAndZoom, ///< and zoom to them (a choice in a list; the default)
    };
    void setMapFollow(MapFollow follow) { m_mapFollow = follow; }
    MapFollow mapFollow() const { return m_mapFollow; }
    /// Follows @p incidentId chosen in the case list: the incident list row, and on the map its
    /// case's incidents (or the incident alone when it has no case).
    void follow(const QString &incidentId);
    /// The incidents selected on the map for the incident followed last.
    QStringList mapSelection() const;

private:
    void onListClicked(const QString &layerId, int row);
    void onMapSelection(const QString &layerId);
    QString incidentAt(int row) const;
    QSet<int> rowsOf(const QStringList &incidentIds) const;

    MapWorkspace *m_workspace;
    CaseListDock *m_caseList;
    const ProjectSession *m_session = nullptr;
    QString m_layerId;
    MapFollow m_mapFollow = MapFollow::SelectAndZoom;
    bool m_following = false; ///< our own changes to the map selection are not the user's
};

} // namespace fg::app
