// SPDX-License-Identifier: MIT
#include "core/patrol/route_planner.h"

#include <algorithm>
#include <cmath>

namespace fg::core {

namespace {

constexpr double kEpsilonM = 1e-9;

/// A cyclic tour over node ids, the base (id −1) fixed at position 0.
class TourWork
{
public:
    TourWork(QPointF base, const std::vector<QPointF> &stops)
        : m_base(base)
        , m_stops(stops)
    {
    }

    double dist(int a, int b) const
    {
        const QPointF d = point(a) - point(b);
        return std::hypot(d.x(), d.y());
    }

    std::vector<int> nearestNeighbour() const
    {
        std::vector<int> ids { -1 };
        std::vector<bool> used(m_stops.size(), false);
        for (size_t step = 0; step < m_stops.size(); ++step) {
            int best = -1;
            for (int i = 0; i < int(m_stops.size()); ++i)
                if (!used[size_t(i)]
                    && (best < 0 || dist(ids.back(), i) < dist(ids.back(), best) - kEpsilonM))
                    best = i;
            used[size_t(best)] = true;
            ids.push_back(best);
        }
        return ids;
    }

    /// One improving 2-opt move (reverse ids[i+1..j]); false when none exists.
    bool twoOpt(std::vector<int> &ids) const
    {
        const int n = int(ids.size());
        for (int i = 0; i + 2 < n; ++i) {
            for (int j = i + 2; j < n; ++j) {
                const int a = ids[size_t(i)], b = ids[size_t(i + 1)];
                const int c = ids[size_t(j)], d = ids[size_t((j + 1) % n)];
                if (d == a)
                    continue;
                if (dist(a, c) + dist(b, d) < dist(a, b) + dist(c, d) - kEpsilonM) {
                    std::reverse(ids.begin() + i + 1, ids.begin() + j + 1);
                    return true;
                }
            }
        }
        return false;
    }

    /// One improving or-opt move: a run of 1–3 stops moved elsewhere, possibly reversed.
    bool orOpt(std::vector<int> &ids) const
    {
        const int n = int(ids.size());
        for (int len = 1; len <= 3; ++len) {
            for (int i = 1; i + len <= n; ++i) {
                if (tryMove(ids, i, len))
                    return true;
            }
        }
        return false;
    }

private:
    QPointF point(int id) const { return id < 0 ? m_base : m_stops[size_t(id)]; }

    bool tryMove(std::vector<int> &ids, int i, int len) const
    {
        const int n = int(ids.size());
        const std::vector<int> seg(ids.begin() + i, ids.begin() + i + len);
        const int prev = ids[size_t(i - 1)];
        const int next = ids[size_t((i + len) % n)];
        const double gain = dist(prev, seg.front()) + dist(seg.back(), next) - dist(prev, next);
        std::vector<int> rest(ids.begin(), ids.begin() + i);
        rest.insert(rest.end(), ids.begin() + i + len, ids.end());
        const int m = int(rest.size());
        for (int k = 0; k < m; ++k) {
            const int a = rest[size_t(k)], b = rest[size_t((k + 1) % m)];
            if (a == prev && b == next)
                continue;
            const double forward = dist(a, seg.front()) + dist(seg.back(), b) - dist(a, b);
            const double backward = dist(a, seg.back()) + dist(seg.front(), b) - dist(a, b);
            if (std::min(forward, backward) < gain - kEpsilonM) {
                std::vector<int> moved = seg;
                if (backward < forward)
                    std::reverse(moved.begin(), moved.end());
                rest.insert(rest.begin() + k + 1, moved.begin(), moved.end());
                ids = std::move(rest);
                return true;
            }
        }
        return false;
    }

    QPointF m_base;
    const std::vector<QPointF> &m_stops;
};

} // namespace

double RoutePlanner::length(QPointF base, const std::vector<QPointF> &stops, const std::vector<int> &order)
{
    TourWork work(base, stops);
    double total = 0;
    int previous = -1;
    for (int id : order) {
        total += work.dist(previous, id);
        previous = id;
    }
    return total + work.dist(previous, -1);
}

Tour RoutePlanner::plan(QPointF base, const std::vector<QPointF> &stops)
{
    TourWork work(base, stops);
    std::vector<int> ids = work.nearestNeighbour();
    // Each move strictly shortens the tour, so this ends; the bound guards against float noise.
    for (int round = 0; round < 10000; ++round) {
        if (!work.twoOpt(ids) && !work.orOpt(ids))
            break;
    }
    Tour tour;
    tour.order.assign(ids.begin() + 1, ids.end());
    tour.lengthM = length(base, stops, tour.order);
    return tour;
}

} // namespace fg::core
