// SPDX-License-Identifier: MIT
#pragma once

#include "core/rules.h"
#include "gis/analysis/encroachment_analysis.h"
#include "gis/geos_context.h"
#include "gis/io/vector_layer.h"
#include "gis/store/incident_record.h"
#include "gis/store/store_types.h"
#include "gis/usecases/approval_cover.h"
#include "gis/usecases/near_parcels.h"

#include <QSet>

#include <memory>
#include <optional>
#include <vector>

namespace fg::gis {

class ProjectStore;

/// What measuring one incident gives: its figures and verdict as the project judges them, and
/// where it lies.
struct IncidentMeasurement
{
    IncidentMeasures measures;
    QString
        township; ///< the township boundary holding its interior point; empty outside or without the layer
    QString village; ///< the same for the village boundaries
    /// 文号 of the approvals whose area was taken out (已批准) before the figures were measured.
    QStringList approvals;
    Areas approvedAreas; ///< the area of that part, m² by each method (zero when none)
};

/// What an incident is and when it was found: which approvals can make it lawful.
struct IncidentUse
{
    core::ViolationType type = core::ViolationType::Other;
    QDate day; ///< JCSJ / discovery date; null: judged as of today
};

/// Every feature of an incident layer measured in one overlay run.
struct LayerMeasurement
{
    EncroachmentReport report; ///< per feature (IncidentResult::row) and per party of the layer
    std::vector<IncidentMeasurement> incidents; ///< aligned with report.incidents
    QSet<QString> partiesOver; ///< parties whose incidents in the layer together reach a threshold
};

/// How to measure. The defaults are what every caller uses.
struct IncidentMeasureOptions
{
    std::optional<core::Rules> rules; ///< nullopt: the project's own (ProjectRules::read)
    AreaMethod method = AreaMethod::Ellipsoidal;
    /// Keeps what measureLayer() measures for a later ProjectAnalysis over the same parcels (the
    /// import's re-judging, OverlayMemo); null: none. Not owned; must outlive the measurer.
    OverlayMemo *memo = nullptr;
};

/// Measuring an incident (issue 11): the one use case behind `project import-incidents`, the
/// import dialog, new incidents typed or drawn in the GUI and reshaped ones. Reads through the
/// store only the basic-farmland and land-use parcels and the township and village boundaries
/// whose boxes meet the given area, once; measures polygons in the working CRS against them with
/// the overlay engine and judges them with the project's rules.
/// Holds its own copies of what it read; use it on one thread at a time.
class IncidentMeasurer
{
public:
    /// Reads the project's parcels and boundaries meeting @p near (boxes in the working CRS)
    /// and its rules. Throws core::InputError naming the project (unreadable store, invalid rules).
    IncidentMeasurer(
        const ProjectStore &store, const FeatureQuery &near, const IncidentMeasureOptions &options = {});

    /// Measures one polygon (working CRS; must lie within the boxes given) of an incident of
    /// @p use: the part inside the project's approvals valid for it (ApprovalCover) is taken out
    /// first, so every figure (but areaM2, the whole incident) and the verdict are of the
    /// unlawful part. Throws core::InputError naming @p id for a polygon the overlay cannot use.
    IncidentMeasurement measure(const GEOSGeometry *polygon, const QString &id, const IncidentUse &use) const;
    /// Measures every feature of @p layer (working CRS) at once; incidents sharing a value of
    /// @p partyField (empty: none) accumulate within the layer. @p uses, one per row (empty:
    /// none), say which approvals apply to each row as measure() does.
    LayerMeasurement measureLayer(const VectorLayer &layer, const QString &idField, const QString &partyField,
        const std::vector<IncidentUse> &uses = {}) const;

    const core::Rules &rules() const { return m_rules; }
    AreaMethod method() const { return m_method; }
    /// The parcels and approvals read for the boxes given, shared: the import hands them to its
    /// re-judging (ProjectAnalysisOptions::parcels), which would read the same rows again.
    const std::shared_ptr<const NearParcels> &parcels() const { return m_parcels; }

    /// Reads what lies around @p polygon and measures it: the shortcut for one new or reshaped
    /// incident.
    static IncidentMeasurement measure(const ProjectStore &store, const GEOSGeometry *polygon,
        const QString &id, const IncidentUse &use, const IncidentMeasureOptions &options = {});
    /// The boxes of @p layer's features: what measureLayer() needs read. Selects nothing for an
    /// empty layer.
    static FeatureQuery near(const VectorLayer &layer);

private:
    QString nameAt(const std::optional<VectorLayer> &layer, const std::vector<GeosPreparedPtr> &prepared,
        const GEOSGeometry *geometry) const;
    IncidentMeasures measuresOf(const IncidentResult &result) const;

    QString m_project;
    int m_workingEpsg = 0;
    core::Rules m_rules;
    AreaMethod m_method = AreaMethod::Ellipsoidal;
    OverlayMemo *m_memo = nullptr;
    std::shared_ptr<const NearParcels> m_parcels; ///< the parcels and approvals near what is measured
    std::optional<VectorLayer> m_townships;
    std::optional<VectorLayer> m_villages;
    /// The boundaries prepared once, row for row: a point's test against a prepared polygon
    /// does not rebuild the polygon's graph (GEOSIntersects did, per incident).
    std::vector<GeosPreparedPtr> m_preparedTownships;
    std::vector<GeosPreparedPtr> m_preparedVillages;
};

} // namespace fg::gis
