// SPDX-License-Identifier: MIT
#include "app/project/party_totals.h"

#include "core/input_error.h"
#include "gis/usecases/project_analysis.h"

namespace fg::app {

PartyTotals measurePartyTotals(const gis::ProjectStore &store, const std::function<bool(double)> &progress)
{
    PartyTotals totals;
    try {
        gis::ProjectAnalysisResult result = gis::ProjectAnalysis::run(store, {}, progress);
        totals.parties = std::move(result.report.parties);
        totals.possible = result.possibleSameParties;
        totals.accumulation = result.rules.accumulationText();
    } catch (const core::InputError &error) {
        totals.error = error.message();
    } catch (const gis::OverlayCancelled &) {
        totals.cancelled = true;
    }
    return totals;
}

} // namespace fg::app
