// SPDX-License-Identifier: MIT
#include "app/project/selection_link.h"

#include "app/map/incident_list_dock.h"
#include "app/map/map_canvas.h"
#include "app/map/map_layer_set.h"
#include "app/map/map_workspace.h"
#include "app/map/select_tool.h"
#include "app/project/case_list_dock.h"
#include "app/project/project_session.h"
#include "gis/io/vector_layer.h"
#include "gis/render/geometry_path.h"

#include <algorithm>

namespace fg::app {

SelectionLink::SelectionLink(MapWorkspace *workspace, CaseListDock *caseList, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_caseList(caseList)
{
    connect(workspace->incidentList(), &IncidentListDock::featureClicked, this, &SelectionLink::onListClicked);
    connect(workspace->layers(), &MapLayerSet::selectionChanged, this, &SelectionLink::onMapSelection);
}

void SelectionLink::setSession(const ProjectSession *session, const QString &incidentLayerId)
{
    m_session = session;
    m_layerId = session ? incidentLayerId : QString();
}

QString SelectionLink::incidentAt(int row) const
{
    const MapLayer *layer = m_workspace->layers()->layer(m_layerId);
    const int field = layer ? layer->data->fieldIndex(QStringLiteral("incident_id")) : -1;
    if (field < 0 || row < 0 || row >= layer->data->featureCount())
        return {};
    return layer->data->value(row, field).toString();
}

QSet<int> SelectionLink::rowsOf(const QStringList &incidentIds) const
{
    QSet<int> rows;
    const MapLayer *layer = m_workspace->layers()->layer(m_layerId);
    const int field = layer ? layer->data->fieldIndex(QStringLiteral("incident_id")) : -1;
    for (int row = 0; field >= 0 && row < layer->data->featureCount(); ++row)
        if (incidentIds.contains(layer->data->value(row, field).toString()))
            rows.insert(row);
    return rows;
}

void SelectionLink::follow(const QString &incidentId)
{
    if (!m_session || m_layerId.isEmpty())
        return;
    const auto file = m_session->caseForIncident(incidentId);
    const QSet<int> rows = rowsOf(file ? file->incidentIds() : QStringList{ incidentId });
    const QSet<int> own = rowsOf({ incidentId });
    if (!own.isEmpty())
        m_workspace->incidentList()->setCurrentFeature(m_layerId, *own.begin());
    if (m_mapFollow == MapFollow::Nothing)
        return;
    m_following = true;
    m_workspace->layers()->setSelection(m_layerId, rows);
    m_following = false;
    QRectF all;
    const MapLayer *layer = m_workspace->layers()->layer(m_layerId);
    for (int row : rows) {
        QRectF envelope;
        if (gis::geometryEnvelope(layer->data->geometry(row), &envelope))
            all = all.isNull() ? envelope : all.united(envelope);
    }
    if (m_mapFollow == MapFollow::SelectAndZoom && !all.isNull()) {
        // Room around the incidents to see where they are (as the case list's double-click does).
        const double margin = std::max(all.width(), all.height()) * 2 + 50;
        m_workspace->canvas()->zoomToExtent(all.adjusted(-margin, -margin, margin, margin));
    }
}

QStringList SelectionLink::mapSelection() const
{
    QStringList ids;
    for (int row : m_workspace->layers()->selection(m_layerId))
        ids << incidentAt(row);
    ids.sort();
    return ids;
}

void SelectionLink::onListClicked(const QString &layerId, int row)
{
    if (layerId != m_layerId || m_layerId.isEmpty())
        return;
    const QString id = incidentAt(row);
    if (!id.isEmpty())
        m_caseList->selectIncident(id);
}

void SelectionLink::onMapSelection(const QString &layerId)
{
    // Only the user's pick with the select tool; not the overdue outline or a filter's selection.
    if (m_following || layerId != m_layerId || m_layerId.isEmpty()
        || m_workspace->canvas()->tool() != m_workspace->selectTool())
        return;
    // One incident picked on the map: the lists and the panel follow it.
    const QSet<int> rows = m_workspace->layers()->selection(layerId);
    if (rows.size() != 1)
        return;
    const QString id = incidentAt(*rows.begin());
    if (id.isEmpty())
        return;
    const MapFollow follow = m_mapFollow;
    m_mapFollow = MapFollow::Select; // the user is looking at it already
    m_caseList->selectIncident(id);
    m_mapFollow = follow;
}

} // namespace fg::app
