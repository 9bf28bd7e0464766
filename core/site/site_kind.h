// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace fg::core {

/// What a proposed site is for (选址核查): it decides which procedures the site needs and which
/// departments must wait for them (DOMAIN.md §8, 源头严控).
enum class SiteKind {
    Construction, ///< 建设项目 (government-invested or enterprise)
    Homestead, ///< 宅基地 (a rural household's house)
    FacilityAgriculture, ///< 设施农业 (greenhouses, livestock sheds, their auxiliary land)
    Burial, ///< 殡葬 / 墓地 (cemeteries, graves)
    Other, ///< 其他
};

/// Every kind in declaration order.
QList<SiteKind> allSiteKinds();
/// Stable code: "construction", "homestead", "facility_agriculture", "burial", "other".
QString siteKindCode(SiteKind kind);
/// Reads a code or the Chinese words officers use (建设项目, 宅基地, 设施农业, 殡葬, 墓地, 其他);
/// throws InputError naming the text for anything else.
SiteKind siteKindFromText(const QString &text);
/// Display name through tr() (context fg::core::SiteKind).
QString siteKindName(SiteKind kind);

} // namespace fg::core
