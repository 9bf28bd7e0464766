// SPDX-License-Identifier: MIT
#include "gis/usecases/incident_layer.h"

#include "gis/io/crs_detection.h"
#include "gis/patrol/cell_probes.h"
#include "gis/store/project_store.h"
#include "gis/store/project_tables.h"

#include <QCoreApplication>

namespace fg::gis {

namespace {

QVariant figure(const IncidentMeasures &m, double value)
{
    return m.measured ? QVariant(value) : QVariant();
}

std::vector<QVariant> values(const IncidentRecord &r)
{
    const IncidentMeasures &m = r.measures;
    return { r.id, incidentSourceCode(r.source), r.discoveryDate.isValid() ? QVariant(r.discoveryDate) : QVariant(),
        r.township, r.village, r.party, core::violationTypeCode(r.violationType), r.description, figure(m, m.areaM2),
        figure(m, m.basicFarmlandM2), figure(m, m.cultivatedM2), figure(m, m.cultivatedOutsideBasicFarmlandM2),
        figure(m, m.basicFarmlandMu), figure(m, m.cultivatedMu),
        m.measured ? QVariant(m.accountability ? QStringLiteral("accountability") : QStringLiteral("below")) : QVariant(),
        m.measured ? QVariant(m.method) : QVariant() };
}

} // namespace

VectorLayer IncidentLayer::fromRecords(const std::vector<IncidentRecord> &records, const ProjectStore &store)
{
    VectorLayer layer = projectLayer(store, QString::fromLatin1(ProjectTables::kIncidents));
    for (const char *name : { "incident_id", "source" })
        layer.fields.push_back({ QString::fromLatin1(name), FieldType::Text });
    layer.fields.push_back({ QStringLiteral("discovery_date"), FieldType::Date });
    for (const char *name : { "township", "village", "party", "violation_type", "description" })
        layer.fields.push_back({ QString::fromLatin1(name), FieldType::Text });
    for (const char *name : { "area_m2", "basic_farmland_m2", "cultivated_m2", "cultivated_outside_m2",
             "basic_farmland_mu", "cultivated_mu" })
        layer.fields.push_back({ QString::fromLatin1(name), FieldType::Real });
    for (const char *name : { "verdict", "area_method" })
        layer.fields.push_back({ QString::fromLatin1(name), FieldType::Text });
    for (const IncidentRecord &record : records) {
        if (record.geometry)
            layer.addFeature(record.fid, values(record), cloneGeometry(record.geometry.get()));
    }
    return layer;
}

VectorLayer IncidentLayer::read(const ProjectStore &store)
{
    return fromRecords(store.incidents(true), store);
}

VectorLayer IncidentLayer::projectLayer(const ProjectStore &store, const QString &name)
{
    const ProjectInfo info = store.info();
    VectorLayer layer;
    layer.name = name;
    layer.sourcePath = info.location;
    layer.driver = QStringLiteral("FarmGuard project");
    layer.geometryKind = GeometryKind::Polygon;
    layer.geometryTypeName = QStringLiteral("Multi Polygon");
    layer.encoding.encoding = QStringLiteral("UTF-8");
    layer.crs = identifyCrs(QStringLiteral("EPSG:%1").arg(info.workingEpsg),
        QCoreApplication::translate("fg::gis::IncidentLayer", "the project's working CRS"));
    return layer;
}

FeatureQuery IncidentLayer::near(const std::vector<IncidentRecord> &incidents)
{
    std::vector<const IncidentRecord *> records;
    for (const IncidentRecord &incident : incidents)
        records.push_back(&incident);
    return near(records);
}

FeatureQuery IncidentLayer::near(const std::vector<const IncidentRecord *> &incidents)
{
    FeatureQuery query;
    for (const IncidentRecord *incident : incidents)
        if (const QRectF box = envelopeOf(incident->geometry.get()); !box.isNull())
            query.boxes.push_back(box);
    if (query.boxes.empty())
        query.fids = { -1 }; // no row has it: nothing is near no incident
    return query;
}

} // namespace fg::gis
