// SPDX-License-Identifier: MIT
#include "memory_rights.h"

#include "core/store_errors.h"

#include <algorithm>

namespace fg::test {

using Scope = gis::StoreRights::Scope;

MemoryRights::MemoryRights(gis::StoreRights rights, QString location, QString login)
    : m_rights(std::move(rights))
    , m_location(std::move(location))
    , m_login(std::move(login))
{
}

bool MemoryRights::readsCase(const MemoryState &state, const CaseRow &row) const
{
    switch (m_rights.scope) {
    case Scope::All:
        return true;
    case Scope::Township:
        return row.township == m_rights.township;
    case Scope::Department:
        for (const TransferRow &t : state.transfers)
            if (t.caseId == row.id && core::departmentCode(t.transfer.department) == m_rights.department)
                return true;
        return false;
    }
    return false;
}

bool MemoryRights::readsIncident(const MemoryState &state, const IncidentRow &incident) const
{
    if (m_rights.scope == Scope::All)
        return true;
    if (m_rights.scope == Scope::Township)
        return incident.township == m_rights.township;
    for (const CaseIncidentRow &link : state.caseIncidents)
        if (link.incidentFid == incident.fid)
            for (const CaseRow &row : state.cases)
                if (row.id == link.caseId && readsCase(state, row))
                    return true;
    return false;
}

bool MemoryRights::readsTownship(const QString &township) const
{
    return m_rights.scope == Scope::All
        || (m_rights.scope == Scope::Township && township == m_rights.township);
}

bool MemoryRights::readsTransfer(const core::CaseTransfer &transfer) const
{
    return m_rights.scope != Scope::Department
        || core::departmentCode(transfer.department) == m_rights.department;
}

bool MemoryRights::readsEvent(const MemoryState &state, const core::AuditEvent &event) const
{
    if (m_rights.scope == Scope::All)
        return true;
    const QString &id = event.entityId;
    if (event.entity == QLatin1String("incident"))
        return std::any_of(state.incidents.begin(), state.incidents.end(),
            [&](const IncidentRow &i) { return i.incidentId == id && readsIncident(state, i); });
    if (event.entity == QLatin1String("case"))
        return std::any_of(state.cases.begin(), state.cases.end(),
            [&](const CaseRow &c) { return c.id == id && readsCase(state, c); });
    if (event.entity == QLatin1String("transfer"))
        return std::any_of(state.transfers.begin(), state.transfers.end(), [&](const TransferRow &t) {
            const auto c = std::find_if(
                state.cases.begin(), state.cases.end(), [&](const CaseRow &r) { return r.id == t.caseId; });
            return t.caseId + QLatin1Char('/') + t.transfer.id == id && readsTransfer(t.transfer)
                && c != state.cases.end() && readsCase(state, *c);
        });
    if (event.entity == QLatin1String("patrol_officer"))
        return std::any_of(
            state.patrolOfficers.begin(), state.patrolOfficers.end(), [&](const PatrolOfficerRow &o) {
                return o.officer.name == id && readsTownship(o.officer.township);
            });
    if (event.entity == QLatin1String("village_patroller"))
        return std::any_of(state.villagePatrollers.begin(), state.villagePatrollers.end(),
            [&](const VillagePatrollerRow &v) {
                return v.patroller.village == id && readsTownship(v.patroller.township);
            });
    return false;
}

void MemoryRights::requireWritable() const
{
    if (m_rights.readOnly)
        throw core::ProjectReadOnly(m_location, tr("the project is open read-only: nothing was written"));
}

void MemoryRights::deny(const QString &record, const QString &what) const
{
    throw core::PermissionDenied(
        m_location, tr("%1 may not change this record; %2").arg(m_login, what), record);
}

void MemoryRights::requireBureau(const QString &record) const
{
    requireWritable();
    if (m_rights.scope != Scope::All)
        deny(record, tr("only the bureau may"));
}

void MemoryRights::requireTownship(const QString &township, const QString &record) const
{
    requireWritable();
    if (m_rights.scope == Scope::Department)
        deny(record, tr("a department may only reply to the transfers it received"));
    if (m_rights.scope == Scope::Township && township != m_rights.township)
        deny(record, tr("it acts for %1 only").arg(m_rights.township));
}

void MemoryRights::requireCase(const CaseRow &row) const
{
    requireTownship(row.township, row.id);
}

void MemoryRights::requireReply(const CaseRow &row, const core::CaseTransfer &transfer) const
{
    requireWritable();
    if (m_rights.scope == Scope::Department) {
        if (core::departmentCode(transfer.department) != m_rights.department)
            deny(row.id + QLatin1Char('/') + transfer.id, tr("the transfer went to another department"));
        return;
    }
    requireTownship(row.township, row.id + QLatin1Char('/') + transfer.id);
}

} // namespace fg::test
