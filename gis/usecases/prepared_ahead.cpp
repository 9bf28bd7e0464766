// SPDX-License-Identifier: MIT
#include "gis/usecases/prepared_ahead.h"

#include <stdexcept>
#include <system_error>

namespace fg::gis {

PreparedAhead::PreparedAhead(const Incidents &incidents, Prepare prepare)
    : m_incidents(incidents)
    , m_prepare(std::move(prepare))
    , m_slots(incidents.size())
{
    if (m_slots.empty())
        return;
    try {
        m_thread = std::async(std::launch::async, [this] { prepareAll(); });
    } catch (const std::system_error &) {
        m_inline = true; // no second thread to be had: each is prepared at its write, as before
    }
}

PreparedAhead::~PreparedAhead()
{
    m_stop = true;
    if (m_thread.valid())
        m_thread.wait();
}

void PreparedAhead::prepareAll()
{
    for (size_t i = 0; i < m_slots.size() && !m_stop; ++i) {
        Slot &slot = m_slots[i];
        try {
            slot.prepared = m_prepare(m_incidents[i].first, m_incidents[i].second);
        } catch (...) {
            slot.failure = std::current_exception(); // given at the i-th write, as without the thread
        }
        {
            const std::lock_guard lock(m_mutex);
            m_done = i + 1;
        }
        m_ready.notify_one();
    }
}

const PreparedIncident &PreparedAhead::at(size_t i)
{
    if (i >= m_slots.size())
        throw std::out_of_range("PreparedAhead::at: past the last incident");
    if (i > 0)
        m_slots[i - 1].prepared = {}; // written: its JSON is not held for the whole file
    if (m_inline)
        return m_slots[i].prepared = m_prepare(m_incidents[i].first, m_incidents[i].second);
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [&] { return m_done > i; });
    }
    if (m_slots[i].failure)
        std::rethrow_exception(m_slots[i].failure);
    return m_slots[i].prepared;
}

} // namespace fg::gis
