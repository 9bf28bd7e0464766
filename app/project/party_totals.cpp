// SPDX-License-Identifier: MIT
#include "app/project/party_totals.h"

#include "core/input_error.h"
#include "gis/usecases/project_analysis.h"

namespace fg::app {

PartyTotals measurePartyTotals(const gis::ProjectStore &store, const std::function<bool(double)> &progress)
{
    PartyTotals totals;
    try {
        totals.parties = gis::ProjectAnalysis::run(store, {}, progress).report.parties;
    } catch (const core::InputError &error) {
        totals.error = error.message();
    } catch (const gis::OverlayCancelled &) {
        totals.cancelled = true;
    }
    return totals;
}

} // namespace fg::app
