// SPDX-License-Identifier: MIT
#include "core/site/site_kind.h"

#include "core/cases/enum_table.h"

#include <array>

namespace fg::core {

namespace {
using Entry = detail::EnumEntry<SiteKind>;
constexpr std::array<Entry, 5> kKinds = { {
    { SiteKind::Construction, "construction",
        QT_TRANSLATE_NOOP("fg::core::SiteKind", "Construction project") },
    { SiteKind::Homestead, "homestead", QT_TRANSLATE_NOOP("fg::core::SiteKind", "Homestead") },
    { SiteKind::FacilityAgriculture, "facility_agriculture",
        QT_TRANSLATE_NOOP("fg::core::SiteKind", "Facility agriculture") },
    { SiteKind::Burial, "burial", QT_TRANSLATE_NOOP("fg::core::SiteKind", "Burial site or cemetery") },
    { SiteKind::Other, "other", QT_TRANSLATE_NOOP("fg::core::SiteKind", "Other") },
} };

/// The words county officers write for each kind (the display names are checked too).
constexpr std::array<std::pair<const char *, SiteKind>, 9> kWords = { {
    { "建设项目", SiteKind::Construction },
    { "建设", SiteKind::Construction },
    { "宅基地", SiteKind::Homestead },
    { "设施农业", SiteKind::FacilityAgriculture },
    { "设施农用地", SiteKind::FacilityAgriculture },
    { "殡葬", SiteKind::Burial },
    { "墓地", SiteKind::Burial },
    { "公墓", SiteKind::Burial },
    { "其他", SiteKind::Other },
} };
} // namespace

QList<SiteKind> allSiteKinds()
{
    return detail::enumValues(kKinds);
}

QString siteKindCode(SiteKind kind)
{
    return QString::fromLatin1(detail::enumEntry(kKinds, kind).code);
}

SiteKind siteKindFromText(const QString &text)
{
    const QString t = text.trimmed();
    for (const Entry &entry : kKinds) {
        if (t.compare(QLatin1String(entry.code), Qt::CaseInsensitive) == 0 || t == siteKindName(entry.value))
            return entry.value;
    }
    for (const auto &[word, kind] : kWords) {
        if (t == QString::fromUtf8(word))
            return kind;
    }
    throw InputError(QString(),
        QCoreApplication::translate("fg::core::SiteKind",
            "unknown site kind '%1': use construction, homestead, facility_agriculture, burial or other")
            .arg(t));
}

QString siteKindName(SiteKind kind)
{
    return QCoreApplication::translate("fg::core::SiteKind", detail::enumEntry(kKinds, kind).name);
}

} // namespace fg::core
