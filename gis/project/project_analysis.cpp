// SPDX-License-Identifier: MIT
#include "gis/project/project_analysis.h"

#include "gis/io/layer_reader.h"
#include "gis/project/project_layers.h"
#include "gis/project/project_store.h"

#include <QHash>

namespace fg::gis {

namespace {
VectorLayer projectLayer(const QString &path, const char *table)
{
    ReadOptions options;
    options.layerName = QString::fromLatin1(table);
    options.expectedKind = GeometryKind::Polygon;
    return readLayer(path, options);
}
} // namespace

ProjectAnalysisLayers loadProjectAnalysisLayers(const ProjectStore &store, core::AccumulationPolicy policy)
{
    const ProjectInfo info = store.info();
    ProjectAnalysisLayers layers { projectLayer(info.path, ProjectLayers::kIncidents),
        projectLayer(info.path, ProjectLayers::kBasicFarmland), projectLayer(info.path, ProjectLayers::kLandUse),
        info.workingEpsg };
    const core::AccumulationSelection selection = core::AccumulationSelector::select(store.partyIncidents(), policy);
    QHash<QString, QString> accumulating;
    for (auto it = selection.byParty.cbegin(); it != selection.byParty.cend(); ++it) {
        for (const QString &id : it.value())
            accumulating.insert(id, it.key());
    }
    VectorLayer &incidents = layers.incidents;
    const int idField = incidents.fieldIndex(QStringLiteral("incident_id"));
    VectorLayer selected;
    selected.name = incidents.name;
    selected.sourcePath = incidents.sourcePath;
    selected.driver = incidents.driver;
    selected.geometryKind = incidents.geometryKind;
    selected.crs = incidents.crs;
    selected.fields = { { QStringLiteral("incident_id"), FieldType::Text }, { QStringLiteral("accumulating_party"), FieldType::Text } };
    for (int row = 0; row < incidents.featureCount(); ++row) {
        const QString id = incidents.value(row, idField).toString();
        selected.addFeature(incidents.fid(row), { id, accumulating.value(id) }, cloneGeometry(incidents.geometry(row)));
    }
    layers.incidents = std::move(selected);
    return layers;
}

} // namespace fg::gis
