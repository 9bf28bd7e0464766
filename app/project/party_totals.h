// SPDX-License-Identifier: MIT
#pragma once

#include "gis/analysis/encroachment_analysis.h"

#include <QHash>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace fg::gis {
class VectorLayer;
}

namespace fg::app {

class ProjectSession;

/// What one measurement of the party totals reads: snapshots the UI thread takes of an open
/// session, so the worker reads nothing that can change (map layers are replaced, never edited).
struct PartyTotalsInput
{
    std::shared_ptr<const gis::VectorLayer> incidents;      ///< the project's incidents, working CRS
    std::shared_ptr<const gis::VectorLayer> basicFarmland;  ///< null when the project lacks it
    std::shared_ptr<const gis::VectorLayer> landUse;        ///< null when the project lacks it
    QHash<QString, QString> accumulatingParty;  ///< incident id → party, for incidents that still accumulate
    int workingEpsg = 0;
};

/// The outcome of one measurement.
struct PartyTotals
{
    std::vector<gis::PartyResult> parties;
    QString error;           ///< set when the measurement failed (file, feature, problem)
    bool cancelled = false;
};

/// Takes the snapshot of @p session (its map layers and, from the store, which incidents still
/// accumulate, DOMAIN.md §3). Throws core::InputError when the store cannot be read. UI thread.
PartyTotalsInput partyTotalsInput(const ProjectSession &session);

/// Unions and measures each party's accumulating incidents against basic farmland and cultivated
/// land (the engine of `farmguard-cli analyze`). progress(done, total) returning false cancels.
/// Any thread: GEOS and PROJ handles are the calling thread's own.
PartyTotals measurePartyTotals(const PartyTotalsInput &input, const std::function<bool(int, int)> &progress = {});

} // namespace fg::app
