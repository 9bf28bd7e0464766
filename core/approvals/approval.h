// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/violation_type.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace fg::core {

/// The kinds of approval document that make an occupation of farmland lawful (DOMAIN.md §8).
/// Stored by code, so values may be added anywhere.
enum class ApprovalKind {
    Conversion, ///< 农用地转用 / 土地征收 批复: construction on the land, for its approved use
    Temporary, ///< 临时用地 批准: lawful until its end date, then the land must be restored
    FacilityAgriculture, ///< 设施农业用地 备案: greenhouses, sheds and their auxiliary land
    Homestead, ///< 宅基地 审批: a rural family's house
};

/// Every kind in declaration order.
QList<ApprovalKind> allApprovalKinds();
/// Stable storage code: "conversion", "temporary", "facility_agriculture", "homestead".
QString approvalKindCode(ApprovalKind kind);
/// Inverse of approvalKindCode(); also reads the Chinese words of county layers (农用地转用,
/// 土地征收, 转用, 征收, 临时用地, 设施农业, 设施农用地, 宅基地, with or without 批复 / 备案 /
/// 审批). Throws InputError naming the text on anything else.
ApprovalKind approvalKindFromText(const QString &text);
/// Display name through tr() (context fg::core::ApprovalKind).
QString approvalKindName(ApprovalKind kind);
/// The violation types (incident uses) an approval of @p kind makes lawful — the one mapping,
/// written down in docs/design/approvals.md:
///  - 农用地转用 / 土地征收: every construction occupation (rural housing, lake digging, graves,
///    mining, transport, municipal, government, enterprise, other); not 大棚房 / facility misuse
///    (a filing's matter), not afforestation (not construction), not building in a nature reserve
///    (forbidden whatever the land approval), never 非粮化 (not an occupation);
///  - 临时用地: temporary works (mining and quarrying, transport, municipal, government,
///    enterprise sites, other); never a house, a grave or a lake;
///  - 设施农业用地 备案: facility agriculture only;
///  - 宅基地 审批: rural housing only.
QList<ViolationType> lawfulUses(ApprovalKind kind);

/// One approval document (批准文件): its number (文号), kind, dates and approved use. Dates are
/// calendar days. Validity is a half-open or closed period by kind (see covers()).
struct Approval
{
    Q_DECLARE_TR_FUNCTIONS(fg::core::Approval)

public:
    QString documentNumber; ///< 文号, unique in a project, e.g. 晋政地字〔2023〕45号
    ApprovalKind kind = ApprovalKind::Conversion;
    QDate approvedOn; ///< date of the document
    QDate validFrom; ///< first day it covers; null: from approvedOn
    /// Last day it covers (inclusive) for a 批复, 备案 or 审批; null: no end. For 临时用地 this is
    /// the end date (到期日), which it no longer covers: the occupation is unlawful from it on.
    QDate validTo;
    QString approvedUse; ///< 批准用途, as the document words it
    QString township; ///< where it lies, as the layer names it (informational)

    /// The first day covered (validFrom, else approvedOn).
    QDate firstDay() const { return validFrom.isValid() ? validFrom : approvedOn; }
    /// True when the approval is in force on @p day: firstDay() ≤ day, and day ≤ validTo (a
    /// 临时用地: day < validTo). A null @p day is never covered.
    bool validOn(const QDate &day) const;
    /// True when it makes an occupation of type @p type found on @p day lawful: the type is one
    /// of lawfulUses(kind) and the approval is valid on that day.
    bool covers(ViolationType type, const QDate &day) const;
    /// Why the record cannot be stored, as sentences: no 文号, no approval date, a 临时用地 without
    /// its end date, an end before the start. Empty when it may be stored.
    QStringList problems() const;
};

} // namespace fg::core
