// SPDX-License-Identifier: MIT
#include "gis/project/project_analysis.h"

#include "gis/project/incident_layer.h"
#include "gis/store/project_store.h"
#include "gis/store/project_tables.h"

#include <QHash>

namespace fg::gis {

ProjectAnalysisLayers loadProjectAnalysisLayers(const ProjectStore &store, core::AccumulationPolicy policy)
{
    const std::vector<IncidentRecord> records = store.incidents(true);
    // Only the parcels whose boxes meet an incident's can overlap one: read those alone.
    const FeatureQuery query = IncidentLayer::near(records);
    ProjectAnalysisLayers layers { VectorLayer(), store.readReference(QString::fromLatin1(ProjectTables::kBasicFarmland), query),
        store.readReference(QString::fromLatin1(ProjectTables::kLandUse), query), store.info().workingEpsg };
    const core::AccumulationSelection selection = core::AccumulationSelector::select(store.partyIncidents(), policy);
    QHash<QString, QString> accumulating;
    for (auto it = selection.byParty.cbegin(); it != selection.byParty.cend(); ++it) {
        for (const QString &id : it.value())
            accumulating.insert(id, it.key());
    }
    const VectorLayer all = IncidentLayer::fromRecords({}, store);
    VectorLayer &selected = layers.incidents;
    selected.name = all.name;
    selected.sourcePath = all.sourcePath;
    selected.driver = all.driver;
    selected.geometryKind = all.geometryKind;
    selected.crs = all.crs;
    selected.fields = { { QStringLiteral("incident_id"), FieldType::Text }, { QStringLiteral("accumulating_party"), FieldType::Text } };
    for (const IncidentRecord &record : records)
        if (record.geometry)
            selected.addFeature(record.fid, { record.id, accumulating.value(record.id) }, cloneGeometry(record.geometry.get()));
    return layers;
}

} // namespace fg::gis
