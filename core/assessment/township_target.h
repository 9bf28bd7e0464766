// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace fg::core {

/// The unit a target was entered in (the responsibility letter's own unit).
enum class TargetUnit {
    Mu, ///< 亩 (10000/15 m²)
    Hectare, ///< 公顷 (15 亩)
};

/// "mu" / "ha"; parse also reads 亩 / 公顷 and returns false for anything else.
const char *targetUnitCode(TargetUnit unit);
bool parseTargetUnit(const QString &text, TargetUnit *unit);
/// m² of @p value given in @p unit.
double targetToSquareMetres(double value, TargetUnit unit);

/// One township's targets for one year from its responsibility letter (责任状, DOMAIN.md §7–8):
/// 耕地保有量 (cultivated land to keep) and 永久基本农田保护面积 (basic farmland to protect).
/// Kept in m² at full precision; the unit they were entered in is kept so a report can say so.
/// Either target may be missing (not yet entered): its gap is then not judged.
struct TownshipTarget
{
    Q_DECLARE_TR_FUNCTIONS(fg::core::TownshipTarget)

public:
    TownshipTarget() = default;
    TownshipTarget(QString townshipName, int targetYear)
        : township(std::move(townshipName))
        , year(targetYear)
    {
    }

    QString township;
    int year = 0;
    std::optional<double> cultivatedM2;
    std::optional<double> basicFarmlandM2;
    TargetUnit unit = TargetUnit::Mu;
    QDateTime setAt; ///< UTC, when stored (the store fills it)
    QString setBy; ///< the operator who stored it (the store fills it)

    /// The id of the record in the store and the log: "TOWNSHIP/YEAR".
    QString key() const { return township + QLatin1Char('/') + QString::number(year); }
    /// Throws InputError naming @p source when the township is empty, the year outside
    /// 2000–2100, no target is given, or a target is not a finite number > 0.
    void validate(const QString &source) const;
};

} // namespace fg::core
