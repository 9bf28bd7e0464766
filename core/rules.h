// SPDX-License-Identifier: MIT
#pragma once

#include "core/assessment/assessment_rules.h"
#include "core/cases/accumulation_selector.h"
#include "core/land_class.h"
#include "core/tolerance_range.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
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

/// Which cultivated area counts against the threshold (DOMAIN.md §8, 田坎).
enum class CultivatedArea {
    Gross, ///< the parcels' whole area, as the overlay measures it (TBMJ's method). Default.
    Net, ///< net of 田坎: each parcel piece × (1 − KCXS), as official statistics count (TBDLMJ)
};

/// "gross" / "net"; parse returns false for anything else.
const char *cultivatedAreaName(CultivatedArea area);
bool parseCultivatedArea(const QString &text, CultivatedArea *area);

/// Occupied areas of one incident or one party, in m², by one area method.
struct OccupiedAreas
{
    OccupiedAreas() = default;
    OccupiedAreas(double basicM2, double allCultivatedM2, double outsideM2, bool net = false,
        double netM2 = 0, double outsideNetM2 = 0)
        : basicFarmlandM2(basicM2)
        , cultivatedM2(allCultivatedM2)
        , cultivatedOutsideBasicFarmlandM2(outsideM2)
        , netKnown(net)
        , cultivatedNetM2(netM2)
        , cultivatedOutsideBasicFarmlandNetM2(outsideNetM2)
    {
    }

    double basicFarmlandM2 = 0;
    double cultivatedM2 = 0; ///< all cultivated land, basic farmland included (gross)
    double cultivatedOutsideBasicFarmlandM2 = 0; ///< gross
    /// The land-use layer gives 田坎 coefficients (KCXS); without them the net figures are the
    /// gross ones and no case is borderline on their account.
    bool netKnown = false;
    double cultivatedNetM2 = 0; ///< net of 田坎 (valid when netKnown)
    double cultivatedOutsideBasicFarmlandNetM2 = 0; ///< net of 田坎 (valid when netKnown)
};

/// The verdict on one incident or party. Flags are decided on the mu value rounded to 0.01,
/// i.e. on the figure a report prints, so "5.00 亩" is never shown beside "below threshold".
struct Verdict
{
    double basicFarmlandMu = 0; ///< rounded to 0.01, as printed
    double cultivatedMu = 0; ///< the value the reading and the rules' cultivated area compare, 0.01
    bool basicFarmland = false; ///< basic farmland ≥ threshold
    bool cultivated = false; ///< cultivated land (per reading) ≥ threshold
    /// The cultivated figure of the reading, gross and net of 田坎 (0.01 mu); net == gross when
    /// the land-use layer gives no KCXS (netKnown false).
    double cultivatedGrossMu = 0;
    double cultivatedNetMu = 0;
    bool netKnown = false;
    /// 临界 — one mark, two reasons (core/borderline.h words them): netBorderline, or the
    /// digitising tolerance's range crosses a threshold (tolerance.flips). A person re-measures.
    bool borderline = false;
    /// Reason 1: the gross and the net reading give different verdicts, so the verdict depends on
    /// the rules' choice of cultivated area and needs a person's review (DOMAIN.md §8).
    bool netBorderline = false;
    /// Reason 2: moving the boundary by the rules' digitising tolerance could flip the verdict
    /// (filled by the analysis, gis/analysis/verdict_edges; unchecked otherwise).
    ToleranceRange tolerance;
    bool accountability() const { return basicFarmland || cultivated; }
    /// accountability() under the other cultivated area (net when gross judged, and back).
    bool otherAccountability() const { return netBorderline ? !accountability() : accountability(); }
    /// Records the tolerance check and sets the mark when it flips the verdict.
    void setTolerance(const ToleranceRange &range)
    {
        tolerance = range;
        borderline = netBorderline || range.flips;
    }
    /// No threshold applies (a non-occupation matter): no flag, no mark.
    void clearJudgement()
    {
        basicFarmland = cultivated = borderline = netBorderline = false;
        tolerance = {};
    }
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
    /// "cultivated_mu" (number > 0), "reading" ("notice" | "judicial"),
    /// "cultivated_classes" (non-empty array of class codes, or two-digit first-level classes as
    /// core::landClassMatches() reads them), "cultivated_area" ("gross" | "net", 田坎),
    /// "accumulation_policy" ("until_decision" | "until_closed") and
    /// "accumulation_window_months" (whole number ≥ 0; 0 = no time window), "split_plot_distance_m"
    /// (≥ 0), "split_plot_period_days" (whole ≥ 0) and "digitising_tolerance_m" (0 to 10). Absent keys keep the
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

    /// Which cultivated area judges. Default gross: the notice counts the occupied 耕地 as the
    /// area of (incident ∩ cultivated parcels), DOMAIN.md §3; net of 田坎 is what the official
    /// cultivated-land statistics use (§8) and a rules file may choose it.
    CultivatedArea cultivatedArea() const { return m_cultivatedArea; }
    /// When an incident stops counting toward its party's total (累计计算). Default UntilDecision.
    AccumulationPolicy accumulationPolicy() const { return m_accumulationPolicy; }
    /// Months back from a party's latest incident within which its incidents accumulate
    /// (法释〔2000〕14号 art. 9: "一年内多次实施…未经处理的" is 12); 0 = no time window.
    int accumulationWindowMonths() const { return m_accumulationWindowMonths; }
    /// 化整为零 (issue 16 item 4): incidents closer than this (metres, polygon to polygon) may be
    /// one occupation split into pieces. Default 200 m.
    double splitPlotDistanceM() const { return m_splitPlotDistanceM; }
    /// … and found within this many days of each other. Default 365 (one year, as 法释〔2000〕14号
    /// art. 9 reads "一年内多次").
    int splitPlotPeriodDays() const { return m_splitPlotPeriodDays; }
    /// 临界 (issue 16 item 5): the digitising tolerance in metres by which a boundary may be off;
    /// default 0.5 m; 0 turns the check off.
    double digitisingToleranceM() const { return m_digitisingToleranceM; }
    /// Which problems fire a township's one-vote veto (the file's "assessment" object).
    const AssessmentRules &assessment() const { return m_assessment; }

    void setBasicFarmlandMu(double mu) { m_basicFarmlandMu = mu; }
    void setCultivatedMu(double mu) { m_cultivatedMu = mu; }
    void setReading(Reading reading) { m_reading = reading; }
    void setCultivatedArea(CultivatedArea area) { m_cultivatedArea = area; }
    void setAccumulationPolicy(AccumulationPolicy policy) { m_accumulationPolicy = policy; }
    void setAccumulationWindowMonths(int months) { m_accumulationWindowMonths = months; }
    void setSplitPlotDistanceM(double metres) { m_splitPlotDistanceM = metres; }
    void setSplitPlotPeriodDays(int days) { m_splitPlotPeriodDays = days; }
    void setDigitisingToleranceM(double metres) { m_digitisingToleranceM = metres; }
    void setAssessment(const AssessmentRules &rules) { m_assessment = rules; }

    /// Judges occupied areas against the thresholds; marks the verdict borderline (临界) when
    /// the other cultivated area (gross / net of 田坎) would give another verdict.
    Verdict judge(const OccupiedAreas &areas) const;

    /// How incidents were accumulated, for people, as every result prints it: the policy, the
    /// time window and its source, e.g. "累计计算: … 12 个月内 (法释〔2000〕14号 第九条)".
    QString accumulationText() const;
    /// Which cultivated area judged, for people ("gross (田坎 included)" / "net of 田坎 (KCXS)").
    QString cultivatedAreaText() const;

private:
    /// The keys beyond the thresholds, reading and classes; false for an unknown key.
    bool readExtraKey(const QString &key, const QJsonValue &value, const QString &source);
    /// The keys of issue 16 (split plots, digitising tolerance; rules_edges.cpp); false for others.
    bool readEdgeKey(const QString &key, const QJsonValue &value, const QString &source);
    /// Their names, for the unknown-key message.
    static QStringList edgeKeys();
    /// Adds the keys of issue 16 to @p object (toJson).
    void insertEdgeKeys(QJsonObject *object) const;

    double m_basicFarmlandMu = 5.0;
    double m_cultivatedMu = 10.0;
    Reading m_reading = Reading::Notice;
    QStringList m_cultivatedClasses = cultivatedLandClasses();
    CultivatedArea m_cultivatedArea = CultivatedArea::Gross;
    AccumulationPolicy m_accumulationPolicy = AccumulationPolicy::UntilDecision;
    int m_accumulationWindowMonths = 0;
    double m_splitPlotDistanceM = 200;
    int m_splitPlotPeriodDays = 365;
    double m_digitisingToleranceM = 0.5;
    AssessmentRules m_assessment;
};

} // namespace fg::core
