// SPDX-License-Identifier: MIT
// ProjectController's incident work: new incidents (typed or drawn), vertex editing, import,
// and refreshing the map and party totals after any of them.
#include "app/project/project_controller.h"
#include "app/project/selection_link.h"

#include "app/map/map_canvas.h"
#include "app/map/map_layer_set.h"
#include "app/map/map_workspace.h"
#include "app/project/boundary_point_parser.h"
#include "app/project/import_incidents_dialog.h"
#include "app/project/incident_dialog.h"
#include "app/project/incident_draw_tool.h"
#include "app/project/incident_edit_tool.h"
#include "app/project/incident_factory.h"
#include "app/project/party_panel.h"
#include "app/project/project_session.h"
#include "core/input_error.h"
#include "gis/io/vector_layer.h"
#include "gis/store/project_tables.h"

#include <QAction>
#include <QMainWindow>

namespace fg::app {

namespace {
const QString kIncidents = QString::fromLatin1(gis::ProjectTables::kIncidents);
} // namespace

void ProjectController::incidentsChanged()
{
    if (!m_session)
        return;
    reloadIncidentLayer();
    m_warnNewlyOver = true;
    m_partyPanel->refresh();
}

void ProjectController::reloadIncidentLayer()
{
    try {
        std::shared_ptr<gis::VectorLayer> incidents = readIncidentMapLayer(m_session->store());
        std::vector<ProjectMapLayer> layers = m_session->mapLayers();
        for (ProjectMapLayer &layer : layers) {
            if (layer.table == kIncidents)
                layer.layer = incidents;
        }
        m_session->setMapLayers(std::move(layers));
        MapLayerSet *mapLayers = m_workspace->layers();
        const gis::LayerStyle style = mapLayers->layer(m_incidentLayerId) ? mapLayers->layer(m_incidentLayerId)->style : gis::LayerStyle();
        mapLayers->removeLayer(m_incidentLayerId);
        m_incidentLayerId = mapLayers->addLayer(incidents, incidents->extent());
        mapLayers->setStyle(m_incidentLayerId, style);
        m_workspace->setAnalysisProject(&m_session->store(), m_incidentLayerId);
        m_link->setSession(m_session.get(), m_incidentLayerId);
        styleIncidents();
    } catch (const core::InputError &error) {
        failed(tr("Incidents"), error.message());
    }
}

void ProjectController::newIncidentByCoordinates()
{
    askIncident({});
}

void ProjectController::askIncident(const QList<QPointF> &drawnRing)
{
    if (!m_session)
        return;
    const bool typed = drawnRing.isEmpty();
    IncidentDialog dialog(IncidentFactory::nextId(*m_session), typed,
        [this, drawnRing, typed](const IncidentDraft &draft, const QString &coordinates) -> QString {
            try {
                const QList<QPointF> ring = typed ? BoundaryPointParser::parse(coordinates, m_session->workingEpsg()) : drawnRing;
                IncidentFactory::create(*m_session, draft, ring);
                return {};
            } catch (const core::InputError &error) {
                return error.message();
            }
        },
        m_window);
    if (dialog.exec() == QDialog::Accepted)
        incidentsChanged();
}

void ProjectController::startDrawing()
{
    std::vector<std::shared_ptr<const gis::VectorLayer>> targets;
    for (const char *table : { gis::ProjectTables::kLandUse, gis::ProjectTables::kBasicFarmland }) {
        if (auto layer = m_session ? m_session->mapLayer(QString::fromLatin1(table)) : nullptr)
            targets.push_back(layer);
    }
    m_drawTool->snapper().setLayers(std::move(targets));
    m_workspace->canvas()->setTool(m_drawTool);
    emit message(tr("Click the vertices of the new incident (snapping to parcels); Backspace undoes, double-click finishes."));
}

bool ProjectController::startEditing()
{
    const MapLayer *layer = m_workspace->layers()->layer(m_incidentLayerId);
    const int row = incidentRow(m_selectedIncident);
    if (!m_session || row < 0 || !layer) {
        failed(tr("Edit incident vertices"), tr("Select an incident in the case list first."));
        return false;
    }
    std::vector<std::shared_ptr<const gis::VectorLayer>> targets;
    for (const char *table : { gis::ProjectTables::kLandUse, gis::ProjectTables::kBasicFarmland }) {
        if (auto target = m_session->mapLayer(QString::fromLatin1(table)))
            targets.push_back(target);
    }
    m_editTool->snapper().setLayers(std::move(targets));
    m_workspace->canvas()->setTool(m_editTool);
    m_editTool->edit(m_selectedIncident, layer->data->geometry(row));
    emit message(tr("Drag a vertex to move it, double-click an edge to add one, right-click a vertex to delete it; "
                    "Ctrl+Z undoes. Every edit is saved and logged."));
    return true;
}

void ProjectController::askImportIncidents()
{
    if (!m_session)
        return;
    ImportIncidentsDialog dialog(m_session->store(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_session->reload();
    incidentsChanged();
    emit message(dialog.summary());
}

} // namespace fg::app
