// SPDX-License-Identifier: MIT
#pragma once

#include "core/approvals/approval.h"
#include "gis/geos_context.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace fg::gis {

/// An approval (批准文件, core::Approval) with its area, as a project stores it (schema 9, the
/// approvals layer). Move-only (owns its geometry).
struct ApprovalRecord
{
    qint64 fid = 0; ///< row id in the approvals layer (0 before it is stored)
    core::Approval approval;
    QString source; ///< the file it was imported from (name only); empty when typed in
    QDateTime addedAt; ///< UTC, set by the store
    QString addedBy; ///< operator who stored it, set by the store
    GeosGeometryPtr geometry; ///< polygonal, in the project's working CRS

    /// The attributes (not the geometry, not who and when) as the audit log and exports keep
    /// them: document_no, kind (code), approved_on, valid_from, valid_to (ISO dates or null),
    /// approved_use, township, source.
    QJsonObject attributesJson() const;
    /// A copy of everything but the geometry (lists, JSON, reports).
    ApprovalRecord withoutGeometry() const;
};

} // namespace fg::gis
