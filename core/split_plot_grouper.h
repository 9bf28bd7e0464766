// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <utility>
#include <vector>

namespace fg::core {

/// One incident as the split-plot grouping sees it.
struct SplitPlotItem
{
    QString id;
    QString party; ///< the matched party; empty when no party is known
    QDate date; ///< when it was found; invalid when not recorded
    bool belowThresholds = true; ///< its own verdict reaches no threshold (only these group)
};

/// 化整为零 (issue 16 item 4): which incidents may be one occupation split into pieces, each
/// below a threshold. Two incidents are related when gis/ found them within the rules' distance
/// (a near pair), both are below the thresholds alone, they are of one party — the same matched
/// party, or both without a party (an incident of a party never links to one without, so a
/// group never mixes parties) — and their dates lie within the period (an undated incident
/// matches any date: nothing shows it to be older). Groups are the connected components of that
/// relation with two or more members (so a chain may reach farther than the distance end to end;
/// every link is within it). Deterministic: members in input order, groups ordered by their first
/// member, whatever the order of the pairs. Pure and thread-safe.
class SplitPlotGrouper
{
public:
    /// Indexes into @p items of each group. Pairs naming an index out of range are ignored.
    static std::vector<std::vector<int>> groups(
        const QList<SplitPlotItem> &items, const std::vector<std::pair<int, int>> &nearPairs, int periodDays);
    /// The relation above for two items already found near each other.
    static bool related(const SplitPlotItem &a, const SplitPlotItem &b, int periodDays);
};

} // namespace fg::core
