// SPDX-License-Identifier: MIT
#include "gis/usecases/site_approvals.h"

#include "gis/store/project_store.h"

namespace fg::gis {

std::vector<SiteApproval> StoreApprovals::approvalsNear(const QRectF &box) const
{
    FeatureQuery near;
    near.boxes.push_back(box);
    std::vector<SiteApproval> found;
    for (ApprovalRecord &record : m_store.approvals(near)) {
        const core::Approval &a = record.approval;
        found.push_back({ a.documentNumber, core::approvalKindName(a.kind), a.approvedUse, a.firstDay(),
            a.validTo, a.validOn(QDate::currentDate()), std::move(record.geometry) });
    }
    return found;
}

} // namespace fg::gis
