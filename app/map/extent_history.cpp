// SPDX-License-Identifier: MIT
#include "app/map/extent_history.h"

namespace fg::app {

namespace {
constexpr size_t kMaxEntries = 100;
}

void ExtentHistory::push(const gis::MapTransform &leaving)
{
    if (!leaving.isValid() || (!m_back.empty() && m_back.back() == leaving))
        return;
    m_back.push_back(leaving);
    if (m_back.size() > kMaxEntries)
        m_back.erase(m_back.begin());
    m_forward.clear();
}

gis::MapTransform ExtentHistory::back(const gis::MapTransform &current)
{
    if (m_back.empty())
        return current;
    const gis::MapTransform target = m_back.back();
    m_back.pop_back();
    m_forward.push_back(current);
    return target.resized(current.size());
}

gis::MapTransform ExtentHistory::forward(const gis::MapTransform &current)
{
    if (m_forward.empty())
        return current;
    const gis::MapTransform target = m_forward.back();
    m_forward.pop_back();
    m_back.push_back(current);
    return target.resized(current.size());
}

void ExtentHistory::clear()
{
    m_back.clear();
    m_forward.clear();
}

} // namespace fg::app
