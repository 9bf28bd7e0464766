// SPDX-License-Identifier: MIT
#include "gis/usecases/approval_cover.h"

#include "gis/analysis/robust_overlay.h"
#include "gis/store/project_store.h"

namespace fg::gis {

ApprovalCover::ApprovalCover(std::vector<ApprovalRecord> approvals)
    : m_approvals(std::move(approvals))
{
}

ApprovalCover ApprovalCover::read(const ProjectStore &store, const FeatureQuery &near)
{
    return ApprovalCover(store.approvals(near));
}

IncidentCover ApprovalCover::coverFor(
    const GEOSGeometry *polygon, core::ViolationType type, const QDate &day, const QDate &today) const
{
    IncidentCover result;
    if (!polygon || m_approvals.empty())
        return result;
    const QDate when = day.isValid() ? day : today;
    GEOSContextHandle_t ctx = geosContext();
    std::vector<GeosGeometryPtr> pieces;
    for (const ApprovalRecord &record : m_approvals) {
        if (!record.geometry || !record.approval.covers(type, when))
            continue;
        // Interiors sharing area ("2" in the DE-9IM's first cell): a neighbour touching the
        // incident along an edge covers nothing of it.
        if (GEOSRelatePattern_r(ctx, polygon, record.geometry.get(), "2********") != 1)
            continue;
        result.documentNumbers << record.approval.documentNumber;
        pieces.push_back(cloneGeometry(record.geometry.get()));
    }
    bool snapped = false;
    result.cover = robust::unionOf(std::move(pieces), &snapped);
    return result;
}

const ApprovalRecord *ApprovalCover::find(const QString &number) const
{
    for (const ApprovalRecord &record : m_approvals)
        if (record.approval.documentNumber == number)
            return &record;
    return nullptr;
}

} // namespace fg::gis
