// SPDX-License-Identifier: MIT
#pragma once

#include "gis/geos_context.h"

#include <QDate>
#include <QRectF>
#include <QString>

#include <vector>

namespace fg::gis {

/// One approval (批复, 许可, 备案) as the site check sees it: what it is and where.
struct SiteApproval
{
    QString documentNumber; ///< 文号, e.g. 晋政地字〔2024〕12号
    QString kind; ///< display text of its kind (农用地转用, 临时用地, 设施农业用地备案, 宅基地审批 …)
    QString use; ///< approved use, as recorded
    QDate validFrom; ///< invalid: not recorded
    QDate validUntil; ///< invalid: no end date
    bool inForce = true; ///< valid on the day of the check (core::Approval::validOn)
    GeosGeometryPtr geometry; ///< polygonal, working CRS
};

/// Where the site check reads a project's approvals (issue 16 item 1 keeps them in the store).
/// The check only needs the approvals whose boxes meet the site; the implementation decides how
/// to read them. Used on the thread that runs the check.
class SiteApprovalSource
{
public:
    virtual ~SiteApprovalSource() = default;
    /// The approvals whose polygons may meet @p box (working CRS); more is harmless. Throws
    /// core::InputError naming the project when they cannot be read.
    virtual std::vector<SiteApproval> approvalsNear(const QRectF &box) const = 0;
};

class ProjectStore;

/// The project's own approvals (schema 9, ProjectStore::approvals), read through the store's
/// spatial index: kind by its display name, the approved use and the validity as recorded.
class StoreApprovals : public SiteApprovalSource
{
public:
    explicit StoreApprovals(const ProjectStore &store)
        : m_store(store)
    {
    }
    std::vector<SiteApproval> approvalsNear(const QRectF &box) const override;

private:
    const ProjectStore &m_store;
};

} // namespace fg::gis
