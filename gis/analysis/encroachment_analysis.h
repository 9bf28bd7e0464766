// SPDX-License-Identifier: MIT
#pragma once

#include "core/rules.h"
#include "gis/analysis/occupation.h"
#include "gis/analysis/overlay_engine.h"
#include "gis/analysis/verdict_edges.h"

#include <QStringList>

#include <functional>
#include <vector>

namespace fg::gis {

class VectorLayer;

/// Incidents measured together as one union beside the parties (e.g. the incidents of one case).
struct IncidentGroup
{
    QString name;
    QStringList incidentIds; ///< ids as the analysis reads them; unknown ids are ignored
};

/// Everything one analysis needs. All layers must already be in the working CRS.
struct EncroachmentRequest
{
    const VectorLayer *incidents = nullptr; ///< required
    const VectorLayer *basicFarmland = nullptr; ///< optional: left out gives zeros
    const VectorLayer *cultivated = nullptr; ///< optional: left out gives zeros
    int workingEpsg = 0; ///< CGCS2000 GK zone of the layers
    QString idField; ///< incident id field; empty = the source FID
    QString partyField; ///< party (当事人) field; empty = no accumulation
    OverlayOptions overlay;
    core::Rules rules;
    AreaMethod method = AreaMethod::Ellipsoidal; ///< the method verdicts are made on
    /// Called with (done, total) over all measurements; return false to cancel (OverlayCancelled).
    std::function<bool(int, int)> progress;
    /// Further unions to measure and judge (EncroachmentReport::groups, same order).
    std::vector<IncidentGroup> groups;
    /// 化整为零 (issue 16 item 4): how to find split plots (EncroachmentReport::splitPlots). The
    /// party field defaults to partyField when empty.
    SplitPlotOptions splitPlots;
    /// Per incident row (the incidents layer's order): the lawful cover to take out before
    /// anything is measured or judged — the union of the approvals that make that incident lawful
    /// on its date (gis/usecases ApprovalCover) — or nullptr. Empty: nothing is taken out. Not
    /// owned; must outlive the call.
    std::vector<const GEOSGeometry *> lawfulCover;
};

/// One incident (监测图斑) with what it occupies and its own verdict.
struct IncidentResult
{
    int row = -1;
    QString id;
    QString party; ///< empty when the incident has none
    /// What the incident occupies outside its lawful cover (the whole incident when it has none).
    Occupation occupation;
    /// The part inside its lawful cover (已批准), measured the same way (approved.area is its
    /// area); all zero when nothing was taken out.
    Occupation approved;
    core::Verdict verdict; ///< of `occupation`: the unlawful part alone
};

/// One party's incidents accumulated (累计计算): the union of their geometries (their unlawful
/// parts) measured again, so overlapping incidents never count twice.
struct PartyResult
{
    QString party;
    QStringList incidentIds;
    Occupation occupation;
    core::Verdict verdict;
};

/// The outcome of one analysis, in the incidents' source order; parties in order of first
/// appearance.
struct EncroachmentReport
{
    std::vector<IncidentResult> incidents;
    std::vector<PartyResult> parties;
    /// One per EncroachmentRequest::groups entry (PartyResult::party holds the group's name;
    /// incidentIds the members found).
    std::vector<PartyResult> groups;
    QStringList warnings; ///< repairs and fallbacks, each naming its file and feature
    /// 疑似化整为零: the groups of incidents below the thresholds that together reach one.
    std::vector<SplitPlotGroup> splitPlots;
};

/// The id of @p layer's row @p row: the trimmed text of field @p idField, or the feature id when
/// the field is absent (-1) or empty. What every report and the import call the incident.
QString incidentId(const VectorLayer &layer, int row, int idField);

/// Occupied areas of an Occupation by one method, as the rules judge them (net of 田坎 too when
/// the land-use layer gave KCXS).
core::OccupiedAreas occupiedAreas(const Occupation &occupation, AreaMethod method);

/// Runs the overlay for every incident and every party with incidents, then the verdicts, each
/// checked against the rules' digitising tolerance (临界, VerdictEdges::checkTolerance), then
/// the split-plot groups (VerdictEdges::splitPlots).
/// Invalid incident polygons are repaired (with a warning); an incident without a polygon, or
/// an id/party field the incident layer lacks, is an InputError naming file, feature, problem.
/// Uses all cores; call from a worker thread in a GUI.
EncroachmentReport analyzeEncroachment(const EncroachmentRequest &request);

} // namespace fg::gis
