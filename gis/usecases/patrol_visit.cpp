// SPDX-License-Identifier: MIT
#include "gis/usecases/patrol_visit.h"

#include "core/input_error.h"
#include "gis/store/patrol_records.h"
#include "gis/store/project_store.h"

namespace fg::gis {

namespace {

bool knownOfficer(const PatrolRecords &records, const QString &name)
{
    for (const PatrolOfficerRecord &r : records.officers())
        if (r.officer.name == name)
            return true;
    for (const core::VillagePatroller &p : records.villagePatrollers())
        if (p.name == name)
            return true;
    return false;
}

} // namespace

void PatrolVisit::mark(ProjectStore &store, const QString &cellId, const QString &officer, QDate day)
{
    if (!knownOfficer(store.patrol(), officer))
        throw core::InputError(
            store.info().location, tr("no officer or village patroller named %1").arg(officer), officer);
    store.patrol().markVisit(cellId, officer, day);
}

} // namespace fg::gis
