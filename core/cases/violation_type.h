// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace fg::core {

/// The violation categories of the notice's department duties (DOMAIN.md §5).
enum class ViolationType {
    RuralHousing, ///< 农村乱占耕地建房 ("八不准")
    FacilityAgriculture, ///< "大棚房", facility agriculture misuse, 非粮化, abandonment
    LakeDigging, ///< 挖田造湖、挖湖造景, water projects
    Afforestation, ///< 违规造林、超标准绿化带
    Graves, ///< 殡葬用地
    ReserveConstruction, ///< mining, roads, dams in nature reserves
    TransportWithoutApproval, ///< transport projects without land approval
    MunicipalWorks, ///< municipal / building works without approval
    GovernmentProject, ///< government-invested projects without land pre-approval
    EnterpriseViolation, ///< enterprise violations (credit record made public)
    Other, ///< anything else
};

/// Every violation type in declaration order.
QList<ViolationType> allViolationTypes();
/// Stable storage code, e.g. "rural_housing".
QString violationTypeCode(ViolationType type);
/// Inverse of violationTypeCode(); throws InputError on an unknown code.
ViolationType violationTypeFromCode(const QString &code);
/// Display name through tr() (context fg::core::ViolationType).
QString violationTypeName(ViolationType type);

} // namespace fg::core
