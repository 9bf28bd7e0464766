// SPDX-License-Identifier: MIT
#include "gis/io/validity_reason.h"

#include <QCoreApplication>

#include <utility>

namespace fg::gis {

namespace {

/// GEOS's TopologyValidationError messages (geos/operation/valid), in order of their codes.
constexpr std::pair<const char *, const char *> kReasons[] = {
    { "Topology Validation Error", QT_TRANSLATE_NOOP("fg::gis::ValidityReason", "topology error") },
    { "Repeated Point", QT_TRANSLATE_NOOP("fg::gis::ValidityReason", "repeated point") },
    { "Hole lies outside shell", QT_TRANSLATE_NOOP("fg::gis::ValidityReason", "hole outside its shell") },
    { "Holes are nested", QT_TRANSLATE_NOOP("fg::gis::ValidityReason", "nested holes") },
    { "Interior is disconnected", QT_TRANSLATE_NOOP("fg::gis::ValidityReason", "interior cut in two") },
    { "Ring Self-intersection", QT_TRANSLATE_NOOP("fg::gis::ValidityReason", "ring touches itself") },
    { "Self-intersection", QT_TRANSLATE_NOOP("fg::gis::ValidityReason", "self-intersection") },
    { "Nested shells", QT_TRANSLATE_NOOP("fg::gis::ValidityReason", "nested shells") },
    { "Duplicate Rings", QT_TRANSLATE_NOOP("fg::gis::ValidityReason", "duplicate rings") },
    { "Too few points in geometry component", QT_TRANSLATE_NOOP("fg::gis::ValidityReason", "too few points") },
    { "Invalid Coordinate", QT_TRANSLATE_NOOP("fg::gis::ValidityReason", "invalid coordinate") },
    { "Ring is not closed", QT_TRANSLATE_NOOP("fg::gis::ValidityReason", "ring not closed") },
};

} // namespace

QString validityReasonText(const QString &geosReason)
{
    const qsizetype open = geosReason.indexOf(QLatin1Char('['));
    const QString name = (open < 0 ? geosReason : geosReason.left(open)).trimmed();
    QString where = open < 0 ? QString() : geosReason.mid(open + 1);
    if (where.endsWith(QLatin1Char(']')))
        where.chop(1);
    for (const auto &[geos, words] : kReasons) {
        if (name.compare(QLatin1String(geos), Qt::CaseInsensitive) != 0)
            continue;
        const QString what = QCoreApplication::translate("fg::gis::ValidityReason", words);
        return where.isEmpty() ? what
                               : QCoreApplication::translate("fg::gis::ValidityReason", "%1 near %2").arg(what, where.trimmed());
    }
    return geosReason;
}

} // namespace fg::gis
