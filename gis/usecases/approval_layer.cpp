// SPDX-License-Identifier: MIT
#include "gis/usecases/approval_layer.h"

#include "gis/store/project_store.h"
#include "gis/usecases/incident_layer.h"

namespace fg::gis {

namespace {

QVariant day(const QDate &date)
{
    return date.isValid() ? QVariant(date) : QVariant();
}

} // namespace

VectorLayer ApprovalLayer::read(const ProjectStore &store)
{
    VectorLayer layer = IncidentLayer::projectLayer(store, QStringLiteral("approvals"));
    layer.fields = { { QStringLiteral("WH"), FieldType::Text }, { QStringLiteral("PZLX"), FieldType::Text },
        { QStringLiteral("PZRQ"), FieldType::Date }, { QStringLiteral("QSRQ"), FieldType::Date },
        { QStringLiteral("ZZRQ"), FieldType::Date }, { QStringLiteral("PZYT"), FieldType::Text },
        { QStringLiteral("XZMC"), FieldType::Text } };
    for (ApprovalRecord &record : store.approvals()) {
        const core::Approval &a = record.approval;
        layer.addFeature(record.fid,
            { a.documentNumber, core::approvalKindName(a.kind), day(a.approvedOn), day(a.firstDay()),
                day(a.validTo), a.approvedUse, a.township },
            std::move(record.geometry));
    }
    return layer;
}

} // namespace fg::gis
