// SPDX-License-Identifier: MIT
#include "gis/usecases/case_departments.h"

#include "gis/store/project_store.h"
#include "gis/store/project_tables.h"
#include "gis/usecases/incident_layer.h"

#include <algorithm>

namespace fg::gis {

core::ReserveCheck CaseDepartments::reserveCheck(const ProjectStore &store, const core::CaseFile &file)
{
    const QString table = QString::fromLatin1(ProjectTables::kNatureReserves);
    const std::vector<ReferenceLayerInfo> layers = store.referenceLayersUncounted();
    if (std::none_of(layers.begin(), layers.end(), [&](const ReferenceLayerInfo &l) { return l.table == table; }))
        return core::ReserveCheck::Unknown;
    FeatureQuery own;
    for (const IncidentRecord &record : store.incidents())
        if (file.incidentIds().contains(record.id))
            own.fids.push_back(record.fid);
    if (own.fids.empty())
        return core::ReserveCheck::Outside;
    const std::vector<IncidentRecord> incidents = store.incidents(true, own);
    const VectorLayer reserves = store.readReference(table, IncidentLayer::near(incidents));
    GEOSContextHandle_t ctx = geosContext();
    for (const IncidentRecord &incident : incidents)
        for (int row = 0; incident.geometry && row < reserves.featureCount(); ++row)
            // Interiors meet: a site only touching a reserve's edge lies outside it.
            if (reserves.geometry(row)
                && GEOSRelatePattern_r(ctx, incident.geometry.get(), reserves.geometry(row), "T********") == 1)
                return core::ReserveCheck::Inside;
    return core::ReserveCheck::Outside;
}

core::DepartmentAdvice CaseDepartments::advise(const ProjectStore &store, const core::CaseFile &file)
{
    const core::ReserveCheck check = file.violationType() == core::ViolationType::Mining
        ? reserveCheck(store, file)
        : core::ReserveCheck::Unknown;
    return core::DepartmentAdvisor::advise(file, check);
}

QList<core::Department> CaseDepartments::transferOrder(const ProjectStore &store, const core::CaseFile &file)
{
    const core::ReserveCheck check = file.violationType() == core::ViolationType::Mining
        ? reserveCheck(store, file)
        : core::ReserveCheck::Unknown;
    QList<core::Department> order = core::DepartmentAdvisor::transferOrder(file, check);
    order.removeAll(core::Department::NaturalResources); // the bureau keeps the record: it does not transfer to itself
    return order;
}

} // namespace fg::gis
