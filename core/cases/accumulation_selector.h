// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/case_status.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace fg::core {

/// One incident with its party and the status of the case it belongs to.
struct PartyIncident
{
    QString incidentId;
    QString partyId; ///< empty when no party is known yet
    std::optional<CaseStatus> caseStatus; ///< nullopt: recorded, no case opened yet
};

/// When an incident stops counting toward its party's accumulated total (累计计算).
enum class AccumulationPolicy {
    /// Counts until a penalty decision is made: "未经处理" read as not yet punished, as the
    /// judicial interpretation on land crimes (2000) art. 9 uses it. Default.
    UntilDecision,
    /// Counts until the case is closed: the broader reading, every case still open.
    UntilClosed,
};

/// Which incidents accumulate for each party (DOMAIN.md §3).
struct AccumulationSelection
{
    QMap<QString, QStringList> byParty; ///< party id → accumulating incident ids, input order
    QStringList unattributed; ///< accumulating incidents with no party: shown, never dropped
};

/// Selects, per party, the incidents not yet dealt with; gis/ unions their geometries and
/// measures the total. Never counted: dismissed incidents (不属实, not a violation). Counted
/// under UntilDecision: no case yet, Clue, Verified, Stopped, Reported, Filed. UntilClosed adds
/// Decided, Executed and Reclaimed. Pure and thread-safe.
class AccumulationSelector
{
    Q_DECLARE_TR_FUNCTIONS(fg::core::AccumulationSelector)

public:
    /// True when an incident whose case is in @p status (nullopt: no case) accumulates.
    static bool accumulates(std::optional<CaseStatus> status, AccumulationPolicy policy);
    /// The selection. Throws InputError when an incident id is empty or listed twice.
    static AccumulationSelection select(
        const QList<PartyIncident> &incidents, AccumulationPolicy policy = AccumulationPolicy::UntilDecision);
};

} // namespace fg::core
