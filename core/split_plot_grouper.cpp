// SPDX-License-Identifier: MIT
#include "core/split_plot_grouper.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <numeric>

namespace fg::core {

namespace {

/// Union-find over indexes; the root of a set is its smallest member, so the result does not
/// depend on the order in which pairs were joined.
struct Components
{
    explicit Components(int n)
        : parent(size_t(n))
    {
        std::iota(parent.begin(), parent.end(), 0);
    }
    int find(int i)
    {
        while (parent[size_t(i)] != i) {
            parent[size_t(i)] = parent[size_t(parent[size_t(i)])];
            i = parent[size_t(i)];
        }
        return i;
    }
    void join(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            parent[size_t(std::max(a, b))] = std::min(a, b);
    }
    std::vector<int> parent;
};

} // namespace

bool SplitPlotGrouper::related(const SplitPlotItem &a, const SplitPlotItem &b, int periodDays)
{
    if (!a.belowThresholds || !b.belowThresholds || a.party != b.party)
        return false;
    if (!a.date.isValid() || !b.date.isValid())
        return true;
    return std::llabs(a.date.daysTo(b.date)) <= periodDays;
}

std::vector<std::vector<int>> SplitPlotGrouper::groups(
    const QList<SplitPlotItem> &items, const std::vector<std::pair<int, int>> &nearPairs, int periodDays)
{
    const int n = int(items.size());
    Components components(n);
    for (const auto &[a, b] : nearPairs) {
        if (a < 0 || b < 0 || a >= n || b >= n || a == b)
            continue;
        if (related(items.at(a), items.at(b), periodDays))
            components.join(a, b);
    }
    std::map<int, std::vector<int>> byRoot; // ordered by root = first member
    for (int i = 0; i < n; ++i)
        byRoot[components.find(i)].push_back(i);
    std::vector<std::vector<int>> result;
    for (auto &[root, members] : byRoot)
        if (members.size() > 1)
            result.push_back(std::move(members));
    return result;
}

} // namespace fg::core
