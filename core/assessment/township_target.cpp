// SPDX-License-Identifier: MIT
#include "core/assessment/township_target.h"

#include "core/input_error.h"
#include "core/units.h"

#include <cmath>

namespace fg::core {

const char *targetUnitCode(TargetUnit unit)
{
    return unit == TargetUnit::Hectare ? "ha" : "mu";
}

bool parseTargetUnit(const QString &text, TargetUnit *unit)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("mu") || t == QStringLiteral("亩"))
        *unit = TargetUnit::Mu;
    else if (t == QLatin1String("ha") || t == QStringLiteral("公顷") || t == QLatin1String("hectare"))
        *unit = TargetUnit::Hectare;
    else
        return false;
    return true;
}

double targetToSquareMetres(double value, TargetUnit unit)
{
    return muToSquareMetres(unit == TargetUnit::Hectare ? value * kMuPerHectare : value);
}

void TownshipTarget::validate(const QString &source) const
{
    if (township.trimmed().isEmpty())
        throw InputError(source, tr("a target needs its township"));
    if (year < 2000 || year > 2100)
        throw InputError(
            source, tr("the year of a target must lie between 2000 and 2100, not %1").arg(year), township);
    if (!cultivatedM2 && !basicFarmlandM2)
        throw InputError(
            source, tr("give the cultivated-land target, the basic-farmland target or both"), township);
    for (const std::optional<double> &value : { cultivatedM2, basicFarmlandM2 })
        if (value && (!std::isfinite(*value) || *value <= 0))
            throw InputError(source, tr("a target must be an area greater than 0"), township);
}

} // namespace fg::core
