// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/party_matcher.h"
#include "gis/analysis/encroachment_analysis.h"

#include <QString>

#include <functional>
#include <vector>

namespace fg::gis {
class ProjectStore;
}

namespace fg::app {

/// The outcome of one measurement of the party totals.
struct PartyTotals
{
    std::vector<gis::PartyResult> parties;
    QList<core::PossibleSameParty> possible; ///< recorded parties that may be one, for a person
    QString accumulation; ///< how incidents accumulate (the rules' policy and window), as printed
    QString error; ///< set when the measurement failed (file, feature, problem)
    bool cancelled = false;
};

/// Each party's incidents not yet dealt with, unioned and measured against basic farmland and
/// cultivated land with the project's rules: the parties of gis::ProjectAnalysis, the use case
/// behind `farmguard-cli analyze --project`. progress(0..1) returning false cancels. Never
/// throws. Any thread the store may be used on (the caller keeps the store alive).
PartyTotals measurePartyTotals(
    const gis::ProjectStore &store, const std::function<bool(double)> &progress = {});

} // namespace fg::app
