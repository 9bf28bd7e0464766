// SPDX-License-Identifier: MIT
#include "core/assessment/assessment_rules.h"

#include "core/input_error.h"

#include <QStringList>

namespace fg::core {

namespace {

const QString kBasic = QStringLiteral("veto_basic_farmland_below_target");
const QString kCultivated = QStringLiteral("veto_cultivated_below_target");
const QString kOverdue = QStringLiteral("veto_overdue_threshold_case");
const QString kGrace = QStringLiteral("veto_overdue_grace_days");
const QString kWithoutCase = QStringLiteral("veto_threshold_without_case");

} // namespace

AssessmentRules AssessmentRules::fromJson(const QJsonValue &value, const QString &source)
{
    if (!value.isObject())
        throw InputError(source, tr("key \"assessment\" must be an object"));
    AssessmentRules rules;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        bool *flag = key == kBasic ? &rules.basicFarmlandBelowTarget
            : key == kCultivated   ? &rules.cultivatedBelowTarget
            : key == kOverdue      ? &rules.overdueThresholdCase
            : key == kWithoutCase  ? &rules.thresholdWithoutCase
                                   : nullptr;
        if (flag) {
            if (!it.value().isBool())
                throw InputError(source, tr("key \"assessment.%1\" must be true or false").arg(key));
            *flag = it.value().toBool();
        } else if (key == kGrace) {
            const double days = it.value().toDouble(-1);
            if (!it.value().isDouble() || days < 0 || days > 3650 || days != double(int(days)))
                throw InputError(
                    source, tr("key \"assessment.%1\" must be a whole number of days, 0 or more").arg(key));
            rules.overdueGraceDays = int(days);
        } else {
            throw InputError(source,
                tr("unknown key \"assessment.%1\" (known: %2)")
                    .arg(key,
                        QStringList { kBasic, kCultivated, kOverdue, kGrace, kWithoutCase }.join(
                            QStringLiteral(", "))));
        }
    }
    return rules;
}

QJsonObject AssessmentRules::toJson() const
{
    return { { kBasic, basicFarmlandBelowTarget }, { kCultivated, cultivatedBelowTarget },
        { kOverdue, overdueThresholdCase }, { kGrace, overdueGraceDays },
        { kWithoutCase, thresholdWithoutCase } };
}

bool AssessmentRules::operator==(const AssessmentRules &other) const
{
    return basicFarmlandBelowTarget == other.basicFarmlandBelowTarget
        && cultivatedBelowTarget == other.cultivatedBelowTarget
        && overdueThresholdCase == other.overdueThresholdCase && overdueGraceDays == other.overdueGraceDays
        && thresholdWithoutCase == other.thresholdWithoutCase;
}

} // namespace fg::core
