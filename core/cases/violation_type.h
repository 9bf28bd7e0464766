// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace fg::core {

/// The violation categories of the notice's department duties (DOMAIN.md §5). Stored by code,
/// so values may be added anywhere; the table in the .cpp gives the display order.
enum class ViolationType {
    RuralHousing, ///< 农村乱占耕地建房 ("八不准")
    FacilityAgriculture, ///< "大棚房", facility agriculture misuse (an occupation)
    LakeDigging, ///< 挖田造湖、挖湖造景, water projects
    Afforestation, ///< 违规造林、超标准绿化带
    Graves, ///< 殡葬用地
    ReserveConstruction, ///< roads, dams and other construction in nature reserves
    TransportWithoutApproval, ///< transport projects without land approval
    MunicipalWorks, ///< municipal / building works without approval
    GovernmentProject, ///< government-invested projects without land pre-approval
    EnterpriseViolation, ///< enterprise violations (credit record made public)
    Other, ///< anything else
    Mining, ///< 采矿 (mining, quarrying, taking sand or soil): 自然资源局; 生态环境局 inside reserves
    /// 非粮化 / 撂荒: cultivated land kept from grain or left idle. Not an occupation: never judged
    /// against the occupation thresholds, never accumulated with a party's occupations.
    NonGrainUse,
};

/// Every violation type in declaration order.
QList<ViolationType> allViolationTypes();
/// Stable storage code, e.g. "rural_housing".
QString violationTypeCode(ViolationType type);
/// Inverse of violationTypeCode(); throws InputError on an unknown code.
ViolationType violationTypeFromCode(const QString &code);
/// Display name through tr() (context fg::core::ViolationType).
QString violationTypeName(ViolationType type);
/// True for the occupations of land the thresholds of the notice's 三(三) judge ("非法占用"); false
/// for NonGrainUse, a matter of how cultivated land is used (农业农村局), not of occupying it.
bool isOccupation(ViolationType type);

} // namespace fg::core
