// SPDX-License-Identifier: MIT
#include "core/approvals/approval.h"

#include "core/cases/enum_table.h"
#include "core/input_error.h"

#include <array>

namespace fg::core {

namespace {

using Entry = detail::EnumEntry<ApprovalKind>;
constexpr std::array<Entry, 4> kKinds = { {
    { ApprovalKind::Conversion, "conversion",
        QT_TRANSLATE_NOOP("fg::core::ApprovalKind", "Farmland conversion / land expropriation approval") },
    { ApprovalKind::Temporary, "temporary",
        QT_TRANSLATE_NOOP("fg::core::ApprovalKind", "Temporary land use permit") },
    { ApprovalKind::FacilityAgriculture, "facility_agriculture",
        QT_TRANSLATE_NOOP("fg::core::ApprovalKind", "Facility agriculture land filing") },
    { ApprovalKind::Homestead, "homestead",
        QT_TRANSLATE_NOOP("fg::core::ApprovalKind", "Homestead approval") },
} };

/// Chinese words of county approval layers, tried in this order (a phrase such as
/// 农用地转用批复 or 设施农用地备案 contains one of them).
struct Word
{
    const char *text;
    ApprovalKind kind;
};
const Word kWords[] = { { "农用地转用", ApprovalKind::Conversion }, { "土地征收", ApprovalKind::Conversion },
    { "征收", ApprovalKind::Conversion }, { "转用", ApprovalKind::Conversion },
    { "临时用地", ApprovalKind::Temporary }, { "临时", ApprovalKind::Temporary },
    { "设施农用地", ApprovalKind::FacilityAgriculture }, { "设施农业", ApprovalKind::FacilityAgriculture },
    { "宅基地", ApprovalKind::Homestead } };

} // namespace

QList<ApprovalKind> allApprovalKinds()
{
    return detail::enumValues(kKinds);
}

QString approvalKindCode(ApprovalKind kind)
{
    return QLatin1String(detail::enumEntry(kKinds, kind).code);
}

ApprovalKind approvalKindFromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    for (const Entry &entry : kKinds)
        if (trimmed == QLatin1String(entry.code))
            return entry.value;
    for (const Word &word : kWords)
        if (trimmed.contains(QString::fromUtf8(word.text)))
            return word.kind;
    throw InputError(QString(),
        QCoreApplication::translate("fg::core::ApprovalKind",
            "unknown approval kind '%1' (农用地转用, 土地征收, 临时用地, 设施农业用地 or 宅基地; or "
            "conversion, "
            "temporary, facility_agriculture, homestead)")
            .arg(trimmed));
}

QString approvalKindName(ApprovalKind kind)
{
    return QCoreApplication::translate("fg::core::ApprovalKind", detail::enumEntry(kKinds, kind).name);
}

QList<ViolationType> lawfulUses(ApprovalKind kind)
{
    switch (kind) {
    case ApprovalKind::Conversion:
        return { ViolationType::RuralHousing, ViolationType::LakeDigging, ViolationType::Graves,
            ViolationType::Mining, ViolationType::TransportWithoutApproval, ViolationType::MunicipalWorks,
            ViolationType::GovernmentProject, ViolationType::EnterpriseViolation, ViolationType::Other };
    case ApprovalKind::Temporary:
        return { ViolationType::Mining, ViolationType::TransportWithoutApproval,
            ViolationType::MunicipalWorks, ViolationType::GovernmentProject,
            ViolationType::EnterpriseViolation, ViolationType::Other };
    case ApprovalKind::FacilityAgriculture:
        return { ViolationType::FacilityAgriculture };
    case ApprovalKind::Homestead:
        return { ViolationType::RuralHousing };
    }
    return {};
}

bool Approval::validOn(const QDate &day) const
{
    if (!day.isValid() || !firstDay().isValid() || day < firstDay())
        return false;
    if (!validTo.isValid())
        return kind != ApprovalKind::Temporary; // a 临时用地 without an end is never stored
    return kind == ApprovalKind::Temporary ? day < validTo : day <= validTo;
}

bool Approval::covers(ViolationType type, const QDate &day) const
{
    return lawfulUses(kind).contains(type) && validOn(day);
}

QStringList Approval::problems() const
{
    QStringList problems;
    if (documentNumber.trimmed().isEmpty())
        problems << tr("the approval has no document number (文号)");
    if (!approvedOn.isValid())
        problems << tr("the approval has no valid approval date");
    if (kind == ApprovalKind::Temporary && !validTo.isValid())
        problems << tr("a temporary land use permit needs its end date");
    if (validTo.isValid() && firstDay().isValid() && validTo < firstDay())
        problems << tr("the approval ends (%1) before it starts (%2)")
                        .arg(validTo.toString(Qt::ISODate), firstDay().toString(Qt::ISODate));
    return problems;
}

} // namespace fg::core
