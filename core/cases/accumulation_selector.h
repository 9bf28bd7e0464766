// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/case_status.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace fg::core {

/// One incident with its party and the status of the case it belongs to.
struct PartyIncident
{
    PartyIncident() = default;
    PartyIncident(QString incident, QString party, std::optional<CaseStatus> status, QString idNumber = {},
        QDate found = {}, bool isOccupation = true)
        : incidentId(std::move(incident))
        , partyId(std::move(party))
        , caseStatus(status)
        , partyIdNumber(std::move(idNumber))
        , date(found)
        , occupation(isOccupation)
    {
    }

    QString incidentId;
    QString partyId; ///< empty when no party is known yet (the party's name as recorded)
    std::optional<CaseStatus> caseStatus; ///< nullopt: recorded, no case opened yet
    QString partyIdNumber; ///< 身份证号 / 统一社会信用代码 as recorded; empty when unknown
    QDate date; ///< when the act was found (discovery date); invalid when not recorded
    bool occupation = true; ///< false for non-occupation matters (非粮化, 撂荒): never accumulated
};

/// When an incident stops counting toward its party's accumulated total (累计计算).
enum class AccumulationPolicy {
    /// Counts until a penalty decision is made: "未经处理" read as not yet punished, as the
    /// judicial interpretation on land crimes (2000) art. 9 uses it. Default.
    UntilDecision,
    /// Counts until the case is closed: the broader reading, every case still open.
    UntilClosed,
};

/// "until_decision" / "until_closed"; parse returns false for anything else.
const char *accumulationPolicyName(AccumulationPolicy policy);
bool parseAccumulationPolicy(const QString &text, AccumulationPolicy *policy);

/// Which incidents accumulate for each party (DOMAIN.md §3).
struct AccumulationSelection
{
    QMap<QString, QStringList> byParty; ///< party id → accumulating incident ids, input order
    QStringList unattributed; ///< accumulating incidents with no party: shown, never dropped
    /// Incidents not yet dealt with that the time window left out (older than the window before
    /// their party's latest one), so a report can say which were not added up and why.
    QStringList outsideWindow;
};

/// Selects, per party, the incidents not yet dealt with; gis/ unions their geometries and
/// measures the total. Never counted: dismissed incidents (不属实, not a violation) and
/// non-occupation matters (PartyIncident::occupation false). Counted under UntilDecision: no case
/// yet, Clue, Verified, Stopped, Reported, Filed. UntilClosed adds Decided, Executed and
/// Reclaimed. With a time window of N months, a party's incidents dated more than N months before
/// its latest dated accumulating incident are left out (undated ones stay: nothing shows them to
/// be older). Pure and thread-safe.
class AccumulationSelector
{
    Q_DECLARE_TR_FUNCTIONS(fg::core::AccumulationSelector)

public:
    /// True when an incident whose case is in @p status (nullopt: no case) accumulates.
    static bool accumulates(std::optional<CaseStatus> status, AccumulationPolicy policy);
    /// The selection. Throws InputError when an incident id is empty or listed twice.
    static AccumulationSelection select(const QList<PartyIncident> &incidents,
        AccumulationPolicy policy = AccumulationPolicy::UntilDecision, int windowMonths = 0);
};

} // namespace fg::core
