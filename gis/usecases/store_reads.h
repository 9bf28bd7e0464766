// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/case_file.h"
#include "core/cases/chain_report.h"
#include "core/cases/party_matcher.h"
#include "gis/store/incident_record.h"
#include "gis/usecases/near_parcels.h"

#include <memory>
#include <optional>
#include <vector>

namespace fg::gis {

class ProjectStore;

/// The reads one job makes of a project, kept for the job's later steps while nothing has been
/// written: an analysis hands its party matching, incidents and parcels to the judging that
/// follows (`analyze --project`, the GUI's F5); an import's re-judging reads the cases and
/// parties once for `affectedBy`, `rejudge` and the judgement (docs/design/judging-reuse.md).
///
/// Everything written to a project is logged, and every logged write moves the log head
/// (sequence and hash). So each read is kept with the head as it was *before* the read, and is
/// given back only while the head is still that: a write by this job or another user in between
/// (a case's status changed, a party decision, an incident reshaped) drops everything, and the
/// caller reads the store again. A rolled-back write leaves the head — and the data — as they were.
/// Not thread-safe: one job's thread.
class StoreReads
{
public:
    /// PartyIdentities::match(@p store), read once per head.
    const core::PartyMatching &parties(const ProjectStore &store);
    /// store.cases(), read once per head.
    const QList<core::CaseFile> &cases(const ProjectStore &store);
    /// Every incident with its geometry (store.incidents(true)) when some step of this job read
    /// them at the present head (keep()), else null: the caller reads what it needs.
    std::shared_ptr<const std::vector<IncidentRecord>> incidents(const ProjectStore &store);
    /// The parcels and approvals near a query some step read at the present head (keep()), else
    /// null. The caller still checks NearParcels::answers for its own query.
    std::shared_ptr<const NearParcels> parcels(const ProjectStore &store);

    /// The log head before a step's own reads; pass it to keep() with what the step read.
    static std::optional<core::ChainAnchor> headOf(const ProjectStore &store);
    /// Keeps every incident with geometry, read at @p head.
    void keepIncidents(
        const std::optional<core::ChainAnchor> &head, std::shared_ptr<const std::vector<IncidentRecord>> incidents);
    /// Keeps the parcels near a query, read at @p head.
    void keepParcels(const std::optional<core::ChainAnchor> &head, std::shared_ptr<const NearParcels> parcels);

    /// How many reads were given back instead of read (each of parties(), cases(), incidents(),
    /// parcels() that found its value): for tests.
    int hits() const { return m_hits; }

private:
    /// Drops everything kept at another head than the store's now; true when nothing was dropped.
    bool current(const ProjectStore &store);
    /// Drops everything kept at another head than @p head, which becomes the head kept.
    void at(const std::optional<core::ChainAnchor> &head);

    std::optional<core::ChainAnchor> m_head; ///< the head everything below was read at
    bool m_haveHead = false;
    std::optional<core::PartyMatching> m_parties;
    std::optional<QList<core::CaseFile>> m_cases;
    std::shared_ptr<const std::vector<IncidentRecord>> m_incidents;
    std::shared_ptr<const NearParcels> m_parcels;
    int m_hits = 0;
};

} // namespace fg::gis
