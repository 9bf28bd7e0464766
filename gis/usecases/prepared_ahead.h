// SPDX-License-Identifier: MIT
#pragma once

#include "gis/store/incident_record.h"
#include "gis/store/prepared_incident.h"

#include <atomic>
#include <condition_variable>
#include <exception>
#include <functional>
#include <future>
#include <mutex>
#include <optional>
#include <utility>
#include <vector>

namespace fg::gis {

/// The import's writes' pure part made ahead on a second thread (docs/design/import-prepared-writes.md):
/// prepareIncident() for each incident in order, while the calling thread writes the ones before.
/// at(i) waits for the i-th and gives it, or rethrows what preparing it threw, at that point of
/// the writes and not before. The incidents must outlive this and stay unchanged. Destroying it
/// (a cancel, a failed write) stops the thread after the incident it is preparing.
class PreparedAhead
{
public:
    using Incidents = std::vector<std::pair<IncidentRecord, std::optional<core::CaseFile>>>;

    using Prepare
        = std::function<PreparedIncident(const IncidentRecord &, const std::optional<core::CaseFile> &)>;

    /// Starts preparing @p incidents with @p prepare (prepareIncident; another in tests), which
    /// runs on the second thread.
    explicit PreparedAhead(const Incidents &incidents, Prepare prepare = prepareIncident);
    ~PreparedAhead();
    PreparedAhead(const PreparedAhead &) = delete;
    PreparedAhead &operator=(const PreparedAhead &) = delete;

    /// The i-th incident's preparation (0 ≤ @p i < incidents.size()); call in increasing order
    /// from one thread. Valid until the next call or the destruction.
    const PreparedIncident &at(size_t i);

private:
    struct Slot
    {
        PreparedIncident prepared;
        std::exception_ptr failure;
    };
    void prepareAll();

    const Incidents &m_incidents;
    const Prepare m_prepare;
    std::vector<Slot> m_slots;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    size_t m_done = 0; ///< slots ready, under m_mutex
    std::atomic<bool> m_stop { false };
    bool m_inline = false; ///< no thread could be started: at() prepares

    std::future<void> m_thread;
};

} // namespace fg::gis
