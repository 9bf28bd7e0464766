// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/accumulation_selector.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace fg::core {

/// A party as a clue recorded it: the name and, when known, the ID number (居民身份证号 or
/// 统一社会信用代码).
struct PartyRef
{
    QString name;
    QString idNumber;

    /// The name trimmed and the ID number normalised, joined: equal refs are one recorded party.
    QString key() const;
    bool operator==(const PartyRef &other) const { return key() == other.key(); }
};

/// A person's decision on two recorded parties the matcher could not decide alone ("possibly
/// the same party"): the same party (their incidents accumulate together) or not (the question
/// is not asked again). Recorded with who decided and when; never changed, a later decision on
/// the same pair wins.
struct PartyLink
{
    PartyRef a;
    PartyRef b;
    bool same = false;
    QString by;
    QDateTime at;
    QString note;
};

/// Two recorded parties that may be one: shown for a person to confirm, never merged silently.
struct PossibleSameParty
{
    PartyRef a;
    PartyRef b;
    QString reason; ///< why they look alike, translated
};

/// One party after matching: every recorded (name, ID) that is this party.
struct MatchedParty
{
    QString label; ///< unique among the parties: the first name, with the ID number when needed
    QList<PartyRef> refs; ///< in order of first appearance
    QString idNumber; ///< the ID number when one is recorded
};

/// The outcome of matching a project's incidents to parties.
struct PartyMatching
{
    QList<MatchedParty> parties; ///< in order of first appearance
    QHash<QString, QString> labelOfIncident; ///< incident id → its party's label (absent: no party)
    QList<PossibleSameParty> possible; ///< pairs for a person to confirm
    /// The incidents with their party id replaced by the party's label, ready for
    /// AccumulationSelector::select().
    QList<PartyIncident> incidents;
};

/// Matches the parties of a project's incidents (DOMAIN.md §3 累计计算: "the same party"): by name,
/// and by ID number when one is recorded. One ID number is one party whatever the names; one
/// name is one party unless the ID numbers recorded with it differ (two people of the same
/// name); a name recorded without an ID beside two different IDs is left alone and offered as
/// "possibly the same party" with each. Names alike once full- and half-width forms, spaces and
/// 有限责任公司 / 有限公司 are evened out are offered too. Confirmed links merge; nothing else
/// does. Pure and thread-safe.
class PartyMatcher
{
    Q_DECLARE_TR_FUNCTIONS(fg::core::PartyMatcher)

public:
    static PartyMatching match(const QList<PartyIncident> &incidents, const QList<PartyLink> &links = {});

    /// The name evened out for comparison: NFKC (full-width letters, digits and brackets to
    /// half-width), no white space, upper case, 有限责任公司 read as 有限公司.
    static QString comparableName(const QString &name);
    /// The ID number as stored: NFKC, no white space, upper case.
    static QString normalizedIdNumber(const QString &idNumber);
    /// True for an 18-character resident ID (GB 11643) or unified social credit code
    /// (GB 32100) whose check character is right.
    static bool validIdNumber(const QString &idNumber);
};

} // namespace fg::core
