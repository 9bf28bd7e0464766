// SPDX-License-Identifier: MIT
#include "gis/store/assessment_json.h"

namespace fg::gis {

namespace {

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

} // namespace

QJsonObject AssessmentJson::target(const core::TownshipTarget &target)
{
    return { { QStringLiteral("township"), target.township }, { QStringLiteral("year"), target.year },
        { QStringLiteral("cultivated_m2"), optionalNumber(target.cultivatedM2) },
        { QStringLiteral("basic_farmland_m2"), optionalNumber(target.basicFarmlandM2) },
        { QStringLiteral("unit"), QString::fromLatin1(core::targetUnitCode(target.unit)) } };
}

QJsonObject AssessmentJson::measure(const core::TownshipMeasure &measure)
{
    return { { QStringLiteral("township"), measure.township },
        { QStringLiteral("kind"), core::measureKindCode(measure.kind) },
        { QStringLiteral("date"), measure.date.toString(Qt::ISODate) },
        { QStringLiteral("issued_by"), measure.issuedBy },
        { QStringLiteral("document_no"), measure.documentNo }, { QStringLiteral("note"), measure.note } };
}

} // namespace fg::gis
