// SPDX-License-Identifier: MIT
#include "gis/analysis/overlay_memo.h"

namespace fg::gis {

std::optional<MemoEntry> OverlayMemo::find(const QByteArray &key) const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = m_entries.find(key);
    if (it == m_entries.end()) {
        ++m_misses;
        return std::nullopt;
    }
    ++m_hits;
    return it->second;
}

void OverlayMemo::store(const QByteArray &key, MemoEntry entry)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_entries.insert_or_assign(key, std::move(entry));
}

int OverlayMemo::hits() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_hits;
}

int OverlayMemo::misses() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_misses;
}

} // namespace fg::gis
