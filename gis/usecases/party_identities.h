// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/party_matcher.h"

#include <QCoreApplication>

namespace fg::gis {

class ProjectStore;

/// Which recorded parties of a project are one party (累计计算 adds up one party's incidents): the
/// matching of core::PartyMatcher over the project's incidents, with the decisions people made on
/// "possibly the same party" pairs. Decisions are the project setting kSetting (a JSON array,
/// append-only: a later decision on a pair wins), so each is one logged setSetting() event naming
/// who decided, when, the pair and the note. The analysis, the case reports, the township report
/// and the party panel all match parties here.
class PartyIdentities
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::PartyIdentities)

public:
    static constexpr const char *kSetting = "party_links";

    /// The decisions recorded so far, oldest first. Throws core::InputError naming the project
    /// and the setting when it is not what decide() writes.
    static QList<core::PartyLink> links(const ProjectStore &store);
    /// The project's parties matched with the recorded decisions (incidents from
    /// ProjectStore::partyIncidents()).
    static core::PartyMatching match(const ProjectStore &store);
    /// Records a person's decision that @p a and @p b are (@p same) or are not the same party,
    /// stamped with the store's operator and the time. Refuses a pair that is not a recorded
    /// party of the project, or a party paired with itself (InputError naming the project).
    static void decide(ProjectStore &store, const core::PartyRef &a, const core::PartyRef &b, bool same,
        const QString &note);
};

} // namespace fg::gis
