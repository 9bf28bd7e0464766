// SPDX-License-Identifier: MIT
// The rules' keys of issue 16: 化整为零 (split plots) and the digitising tolerance (临界).
#include "core/input_error.h"
#include "core/rules.h"

#include <QJsonObject>

namespace fg::core {

namespace {

const QString kDistanceKey = QStringLiteral("split_plot_distance_m");
const QString kPeriodKey = QStringLiteral("split_plot_period_days");
const QString kToleranceKey = QStringLiteral("digitising_tolerance_m");

// A tolerance beyond this is no digitising error but another boundary: refuse a misplaced unit.
constexpr double kMaxToleranceM = 10;

} // namespace

QStringList Rules::edgeKeys()
{
    return { kDistanceKey, kPeriodKey, kToleranceKey };
}

bool Rules::readEdgeKey(const QString &key, const QJsonValue &value, const QString &source)
{
    const double number = value.toDouble(-1);
    if (key == kDistanceKey) {
        if (!value.isDouble() || number < 0 || number > 100000)
            throw InputError(source, tr("key \"%1\" must be a distance in metres, 0 or more").arg(key));
        m_splitPlotDistanceM = number;
    } else if (key == kPeriodKey) {
        if (!value.isDouble() || number < 0 || number > 36500 || number != double(int(number)))
            throw InputError(source, tr("key \"%1\" must be a whole number of days, 0 or more").arg(key));
        m_splitPlotPeriodDays = int(number);
    } else if (key == kToleranceKey) {
        if (!value.isDouble() || number < 0 || number > kMaxToleranceM)
            throw InputError(source, tr("key \"%1\" must be a distance in metres from 0 to 10").arg(key));
        m_digitisingToleranceM = number;
    } else {
        return false;
    }
    return true;
}

void Rules::insertEdgeKeys(QJsonObject *object) const
{
    object->insert(kDistanceKey, m_splitPlotDistanceM);
    object->insert(kPeriodKey, m_splitPlotPeriodDays);
    object->insert(kToleranceKey, m_digitisingToleranceM);
}

} // namespace fg::core
