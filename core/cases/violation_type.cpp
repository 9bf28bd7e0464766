// SPDX-License-Identifier: MIT
#include "core/cases/violation_type.h"

#include "core/cases/enum_table.h"

#include <array>

namespace fg::core {

namespace {
using Entry = detail::EnumEntry<ViolationType>;
constexpr std::array<Entry, 13> kTypes = { {
    { ViolationType::RuralHousing, "rural_housing",
        QT_TRANSLATE_NOOP("fg::core::ViolationType", "Rural housing on cultivated land") },
    { ViolationType::FacilityAgriculture, "facility_agriculture",
        QT_TRANSLATE_NOOP("fg::core::ViolationType", "Greenhouse houses / facility agriculture misuse") },
    { ViolationType::NonGrainUse, "non_grain_use",
        QT_TRANSLATE_NOOP("fg::core::ViolationType", "Non-grain use or abandoned cultivated land") },
    { ViolationType::LakeDigging, "lake_digging",
        QT_TRANSLATE_NOOP("fg::core::ViolationType", "Digging fields for lakes or landscape") },
    { ViolationType::Afforestation, "afforestation",
        QT_TRANSLATE_NOOP("fg::core::ViolationType", "Afforestation or green belts on farmland") },
    { ViolationType::Graves, "graves",
        QT_TRANSLATE_NOOP("fg::core::ViolationType", "Graves and burial land") },
    { ViolationType::ReserveConstruction, "reserve_construction",
        QT_TRANSLATE_NOOP("fg::core::ViolationType", "Roads, dams or other construction in nature reserves") },
    { ViolationType::Mining, "mining", QT_TRANSLATE_NOOP("fg::core::ViolationType", "Mining on farmland") },
    { ViolationType::TransportWithoutApproval, "transport_unapproved",
        QT_TRANSLATE_NOOP("fg::core::ViolationType", "Transport project without land approval") },
    { ViolationType::MunicipalWorks, "municipal_works",
        QT_TRANSLATE_NOOP("fg::core::ViolationType", "Municipal or building works without approval") },
    { ViolationType::GovernmentProject, "government_project",
        QT_TRANSLATE_NOOP(
            "fg::core::ViolationType", "Government-invested project without land pre-approval") },
    { ViolationType::EnterpriseViolation, "enterprise",
        QT_TRANSLATE_NOOP("fg::core::ViolationType", "Enterprise violation") },
    { ViolationType::Other, "other", QT_TRANSLATE_NOOP("fg::core::ViolationType", "Other violation") },
} };
} // namespace

QList<ViolationType> allViolationTypes()
{
    return detail::enumValues(kTypes);
}

QString violationTypeCode(ViolationType type)
{
    return QLatin1String(detail::enumEntry(kTypes, type).code);
}

ViolationType violationTypeFromCode(const QString &code)
{
    return detail::enumFromCode(kTypes, code, QT_TRANSLATE_NOOP("fg::core::EnumTable", "violation type"));
}

bool isOccupation(ViolationType type)
{
    return type != ViolationType::NonGrainUse;
}

QString violationTypeName(ViolationType type)
{
    return QCoreApplication::translate("fg::core::ViolationType", detail::enumEntry(kTypes, type).name);
}

} // namespace fg::core
