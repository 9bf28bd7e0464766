// SPDX-License-Identifier: MIT
#include "gis/store/approval_record.h"

namespace fg::gis {

namespace {

QJsonValue day(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QJsonObject ApprovalRecord::attributesJson() const
{
    return { { QStringLiteral("document_no"), approval.documentNumber },
        { QStringLiteral("kind"), core::approvalKindCode(approval.kind) },
        { QStringLiteral("approved_on"), day(approval.approvedOn) },
        { QStringLiteral("valid_from"), day(approval.validFrom) },
        { QStringLiteral("valid_to"), day(approval.validTo) },
        { QStringLiteral("approved_use"), approval.approvedUse },
        { QStringLiteral("township"), approval.township }, { QStringLiteral("source"), source } };
}

ApprovalRecord ApprovalRecord::withoutGeometry() const
{
    ApprovalRecord copy;
    copy.fid = fid;
    copy.approval = approval;
    copy.source = source;
    copy.addedAt = addedAt;
    copy.addedBy = addedBy;
    return copy;
}

} // namespace fg::gis
