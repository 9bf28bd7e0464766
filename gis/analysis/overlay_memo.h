// SPDX-License-Identifier: MIT
#pragma once

#include "gis/analysis/occupation.h"
#include "gis/analysis/tolerance_buffers.h"

#include <QByteArray>
#include <QString>

#include <map>
#include <mutex>
#include <optional>
#include <utility>
#include <vector>

namespace fg::gis {

/// What one OverlayEngine::measure() gave, kept for a later engine over the same parcels: the
/// figures and the repair warnings the measuring raised (key, text as OverlayEngine warns once).
struct MemoEntry
{
    Occupation occupation;
    std::vector<std::pair<QString, QString>> warnings;
};

/// Measurements shared between overlay engines of one job (issue 15: an import measures its
/// incidents, then judges their cases again through ProjectAnalysis — the same polygons against
/// the same parcels). OverlayEngine::measure() looks a target up here before measuring and stores
/// what it measured. The key (OverlayEngine builds it) holds everything the result depends on:
/// the engine's options and layers, the target's exact WKB, and the feature ids of every parcel
/// candidate of both layers in the order the engine visits them — so a hit is provably what a
/// fresh measurement would give; any difference (another polygon, a parcel more or less, other
/// cultivated classes) is a miss and is measured. Only for one job over parcels nobody edits
/// meanwhile (feature ids name the same parcels). Thread-safe.
class OverlayMemo
{
public:
    std::optional<MemoEntry> find(const QByteArray &key) const;
    void store(const QByteArray &key, MemoEntry entry);
    int hits() const; ///< find() calls that found an entry
    int misses() const; ///< find() calls that did not
    /// The tolerance pass's buffers of the same job (VerdictEdges::checkTolerance), kept beside
    /// the measurements: the re-judging checks the same polygons again.
    ToleranceBufferMemo &toleranceBuffers() { return m_buffers; }

private:
    mutable std::mutex m_mutex;
    // Not a QHash: with QHash<QByteArray> (keys of about a kilobyte) the import's own overlay took
    // 0.8 s more CPU at p150k, spent in the area calculation of the other worker (measured
    // repeatedly, docs/design/performance.md); an ordered map only compares keys.
    std::map<QByteArray, MemoEntry> m_entries;
    mutable int m_hits = 0;
    mutable int m_misses = 0;
    ToleranceBufferMemo m_buffers;
};

} // namespace fg::gis
