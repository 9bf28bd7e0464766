// SPDX-License-Identifier: MIT
#pragma once

#include "core/land_class.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace fg::core {

/// Which land counts against the cultivated-land threshold (DOMAIN.md §3).
enum class Reading {
    Notice, ///< the notice's wording: all occupied cultivated land, basic farmland included
    Judicial, ///< Criminal Law art. 342 interpretation: cultivated land outside basic farmland
};

/// "notice" / "judicial"; parse returns false for anything else.
const char *readingName(Reading reading);
bool parseReading(const QString &text, Reading *reading);

/// Occupied areas of one incident or one party, in m², by one area method.
struct OccupiedAreas
{
    double basicFarmlandM2 = 0;
    double cultivatedM2 = 0; ///< all cultivated land, basic farmland included
    double cultivatedOutsideBasicFarmlandM2 = 0;
};

/// The verdict on one incident or party. Flags are decided on the mu value rounded to 0.01,
/// i.e. on the figure a report prints, so "5.00 亩" is never shown beside "below threshold".
struct Verdict
{
    double basicFarmlandMu = 0; ///< rounded to 0.01, as printed
    double cultivatedMu = 0; ///< the value the reading compares, rounded to 0.01
    bool basicFarmland = false; ///< basic farmland ≥ threshold
    bool cultivated = false; ///< cultivated land (per reading) ≥ threshold
    bool accountability() const { return basicFarmland || cultivated; }
};

/// The accountability thresholds of the notice (section 三(三)): "非法占用永久基本农田面积5亩以上
/// 或耕地10亩以上". "以上" includes the number itself. Value type; thread-safe.
class Rules
{
    Q_DECLARE_TR_FUNCTIONS(fg::core::Rules)

public:
    /// The notice's defaults: 5 mu basic farmland, 10 mu cultivated, notice reading,
    /// cultivated classes core::cultivatedLandClasses() (0101 水田 / 0102 水浇地 / 0103 旱地).
    Rules() = default;

    /// Reads a JSON rules file: an object with any of "basic_farmland_mu" (number > 0),
    /// "cultivated_mu" (number > 0), "reading" ("notice" | "judicial") and
    /// "cultivated_classes" (non-empty array of class codes, or two-digit first-level classes as
    /// core::landClassMatches() reads them). Absent keys keep the
    /// defaults; unknown keys are errors (a misspelt threshold must not pass silently).
    /// Throws InputError naming the file and the offending key.
    static Rules fromFile(const QString &path);
    /// As fromFile, from bytes; `source` names the origin in error messages.
    static Rules fromJson(const QByteArray &json, const QString &source);
    /// The JSON object fromJson() reads, with every key; fromJson(toJson()) gives equal rules.
    QByteArray toJson() const;

    double basicFarmlandMu() const { return m_basicFarmlandMu; }
    double cultivatedMu() const { return m_cultivatedMu; }
    Reading reading() const { return m_reading; }
    const QStringList &cultivatedClasses() const { return m_cultivatedClasses; }
    /// core::landClassMatches(code, cultivatedClasses()): the DLBM value normalised (trimmed,
    /// full-width digits read as ASCII), then exact (or a first-level class's prefix).
    bool isCultivatedClass(const QString &code) const;

    void setBasicFarmlandMu(double mu) { m_basicFarmlandMu = mu; }
    void setCultivatedMu(double mu) { m_cultivatedMu = mu; }
    void setReading(Reading reading) { m_reading = reading; }

    /// Judges occupied areas against the thresholds.
    Verdict judge(const OccupiedAreas &areas) const;

private:
    double m_basicFarmlandMu = 5.0;
    double m_cultivatedMu = 10.0;
    Reading m_reading = Reading::Notice;
    QStringList m_cultivatedClasses = cultivatedLandClasses();
};

} // namespace fg::core
