// SPDX-License-Identifier: MIT
#include "gis/usecases/store_reads.h"

#include "gis/store/project_store.h"
#include "gis/usecases/party_identities.h"

namespace fg::gis {

namespace {

bool sameHead(const std::optional<core::ChainAnchor> &a, const std::optional<core::ChainAnchor> &b)
{
    if (!a || !b)
        return !a && !b;
    return a->seq == b->seq && a->hash == b->hash;
}

} // namespace

std::optional<core::ChainAnchor> StoreReads::headOf(const ProjectStore &store)
{
    return store.logHead();
}

bool StoreReads::current(const ProjectStore &store)
{
    // Read before whatever the caller reads next: a write after this moves the head, and the
    // next call drops what is kept (the value read now may be newer than its head: never older).
    const std::optional<core::ChainAnchor> now = headOf(store);
    if (m_haveHead && sameHead(m_head, now))
        return true;
    at(now);
    return false;
}

const core::PartyMatching &StoreReads::parties(const ProjectStore &store)
{
    if (current(store) && m_parties) {
        ++m_hits;
        return *m_parties;
    }
    m_parties = PartyIdentities::match(store);
    return *m_parties;
}

const QList<core::CaseFile> &StoreReads::cases(const ProjectStore &store)
{
    if (current(store) && m_cases) {
        ++m_hits;
        return *m_cases;
    }
    m_cases = store.cases();
    return *m_cases;
}

std::shared_ptr<const std::vector<IncidentRecord>> StoreReads::incidents(const ProjectStore &store)
{
    if (!current(store) || !m_incidents)
        return nullptr;
    ++m_hits;
    return m_incidents;
}

std::shared_ptr<const NearParcels> StoreReads::parcels(const ProjectStore &store)
{
    if (!current(store) || !m_parcels)
        return nullptr;
    ++m_hits;
    return m_parcels;
}

void StoreReads::at(const std::optional<core::ChainAnchor> &head)
{
    if (m_haveHead && sameHead(m_head, head))
        return;
    m_head = head;
    m_haveHead = true;
    m_parties.reset();
    m_cases.reset();
    m_incidents.reset();
    m_parcels.reset();
}

void StoreReads::keepIncidents(
    const std::optional<core::ChainAnchor> &head, std::shared_ptr<const std::vector<IncidentRecord>> incidents)
{
    at(head);
    m_incidents = std::move(incidents);
}

void StoreReads::keepParcels(const std::optional<core::ChainAnchor> &head, std::shared_ptr<const NearParcels> parcels)
{
    at(head);
    m_parcels = std::move(parcels);
}

} // namespace fg::gis
