// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/accumulation_selector.h"
#include "core/cases/case_file.h"
#include "core/rules.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace fg::gis {

class ProjectStore;

/// The figures a case's threshold flag is judged on (DOMAIN.md §3), with the project's rules:
///  - own: the case's incidents — one incident's stored figures, or the union of several
///    measured again (overlaps once);
///  - party: while the case still accumulates under the policy (core::AccumulationSelector),
///    the union of its party's accumulating incidents, measured again (累计计算).
/// Every figure is the 0.01-mu value the verdict compares (core::Verdict), so what is printed
/// and what is judged never differ.
struct CaseFigures
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::CaseFigures)

public:
    QString caseId;
    QStringList incidentIds; ///< the case's
    bool measured = false; ///< every incident of the case has figures
    core::Verdict own;
    /// The case's status still counts toward its party's total (not yet dealt with, by the policy).
    bool openToAccumulation = true;
    /// It does, and its party has other accumulating incidents: the party's total applies.
    bool accumulates = false;
    QString party;
    QStringList partyIncidentIds; ///< the party's accumulating incidents, the case's included
    core::Verdict partyTotal; ///< meaningful when accumulates
    core::Reading reading = core::Reading::Notice;
    double basicFarmlandThresholdMu = 5;
    double cultivatedThresholdMu = 10;

    /// What the figures say: not assessed while an incident is unmeasured; reached when the
    /// case's own figures or (while it accumulates) its party's total reach a threshold.
    core::ThresholdFlag flag() const;
    /// The figures for the log, e.g. {"own": {"basic_farmland_mu": 5.01, …}, "party": {…}}.
    QJsonObject json() const;
    /// The figures in words, for reasons and the panel: "own 5.01 mu basic farmland, 5.01 mu
    /// cultivated land; with the party's PS2024-007, PS2024-008: 6.00 mu basic farmland …".
    QString text() const;
};

/// Options of judging; the defaults are what every caller uses.
struct CaseJudgeOptions
{
    core::AccumulationPolicy policy = core::AccumulationPolicy::UntilDecision;
};

/// Computes CaseFigures from a project: the one function behind the case flag (re-judging, the
/// check of a flag an officer sets, the case panel's verdict). Reads the incidents' stored
/// figures and, only where a union is needed (several incidents, a party's total), their
/// geometries and the parcels near them through the store. Throws core::InputError naming the
/// project (invalid rules setting, an unreadable geometry). Any thread the store may be used on.
class CaseJudge
{
public:
    static std::vector<CaseFigures> judge(
        const ProjectStore &store, const QList<core::CaseFile> &cases, const CaseJudgeOptions &options = {});
    static CaseFigures judge(
        const ProjectStore &store, const core::CaseFile &file, const CaseJudgeOptions &options = {});
};

} // namespace fg::gis
