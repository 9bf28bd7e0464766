// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/case_status.h"
#include "core/cases/chain_report.h"
#include "core/site/site_procedures.h"
#include "gis/analysis/occupation.h"
#include "gis/geometry/area_calculator.h"
#include "gis/geos_context.h"
#include "gis/report/case_map.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>
#include <vector>

namespace fg::gis {

class ProjectStore;
class SiteApprovalSource;

/// An open case whose incidents the site overlaps.
struct SiteCaseOverlap
{
    QString caseId;
    core::CaseStatus status = core::CaseStatus::Clue;
    QStringList incidentIds; ///< the case's incidents the site meets
    double overlapM2 = 0; ///< site ∩ union of those incidents, by the check's method
};

/// An approval the site overlaps.
struct SiteApprovalOverlap
{
    QString documentNumber;
    QString kind;
    QString use;
    QDate validUntil; ///< invalid: no end date
    bool inForce = true; ///< valid on the day of the check
    double overlapM2 = 0; ///< site ∩ approval, by the check's method
};

/// What to check.
struct SiteCheckRequest
{
    const GEOSGeometry *site = nullptr; ///< one valid polygon in the project's working CRS (SiteInput)
    QString siteName; ///< what it is called in the result and the PDF (file name, "drawn", …)
    core::SiteKind kind = core::SiteKind::Construction;
    AreaMethod method = AreaMethod::Ellipsoidal;
    /// Where the approvals come from; null: the project's own (StoreApprovals).
    const SiteApprovalSource *approvals = nullptr;
};

/// The answer of a site check: figures in m² by `method` (亩 through core::roundedMu when printed).
struct SiteCheckResult
{
    QString siteName;
    core::SiteKind kind = core::SiteKind::Construction;
    AreaMethod method = AreaMethod::Ellipsoidal;
    int workingEpsg = 0;
    GeosGeometryPtr site; ///< the site checked (working CRS), for maps
    double areaM2 = 0;
    double basicFarmlandM2 = 0;
    double cultivatedM2 = 0; ///< all cultivated land, basic farmland included
    double cultivatedOutsideBasicFarmlandM2 = 0;
    bool netKnown = false; ///< the land-use layer gave 田坎 coefficients
    double cultivatedNetM2 = 0;
    std::vector<ClassArea> cultivatedByClass;
    std::vector<ClassArea> otherByClass;
    QString township;
    QString village;
    std::vector<SiteCaseOverlap> cases;
    bool approvalsChecked = false; ///< false: the approvals could not be read (a warning says why)
    std::vector<SiteApprovalOverlap> approvals;
    QList<core::SiteProcedure> procedures;
    QString rulesText; ///< the project's rules and their SHA-256
    std::optional<core::ChainAnchor> logHead;
    QString logNote; ///< what a report footer prints about the log (ReportInputs::logNote)
    QStringList warnings; ///< repairs of the project's parcels the overlay made, each named
};

/// The pre-approval site check (选址核查, 源头严控; issue 16 item 2): the one use case behind
/// `farmguard-cli site-check` and the GUI's 选址核查. Measures a proposed site against the
/// project's basic farmland and land use with the analysis' own overlay and area code
/// (IncidentMeasurer: parcels near the site only), finds the open cases (core::isTerminal false)
/// whose incidents it overlaps and the approvals it meets, and chooses the procedures and
/// departments from core::SiteProcedures. Reads only; writes nothing to the project.
/// Seconds on a county: everything is read through the store's spatial index around the site.
/// Any thread the store may be used on; one check at a time per store.
class SiteCheck
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::SiteCheck)

public:
    /// Throws core::InputError naming the project (unreadable store or rules) or the site (an
    /// overlay that cannot use it).
    static SiteCheckResult run(const ProjectStore &store, const SiteCheckRequest &request);
    /// The layers the opinion's map shows around @p site (its box grown by three times its size,
    /// at least 500 m: more than the map frame shows at the scale it chooses), indexed; every
    /// township, for the inset. Throws core::InputError naming the project when unreadable.
    static CaseMapLayers mapLayers(const ProjectStore &store, const GEOSGeometry *site);
};

} // namespace fg::gis
