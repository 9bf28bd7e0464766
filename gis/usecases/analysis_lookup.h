// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QStringList>

namespace fg::gis {

struct ProjectAnalysisResult;

/// Lookups into one ProjectAnalysisResult, built once for judging many cases from it. Each of
/// them was a scan of every incident per case: quadratic in the cases judged (an import's
/// re-judging judges one case per incident, 2,000 of them). Holds copies, not references:
/// valid after the analysis changes, but then it answers for the analysis it was built from.
class AnalysisLookup
{
public:
    explicit AnalysisLookup(const ProjectAnalysisResult &analysis);
    /// As ProjectAnalysisResult::indexOf: the first incident with @p id, -1 when none.
    int indexOf(const QString &id) const { return m_positions.value(id, -1); }
    /// The incidents of @p party (ProjectIncidentOutcome::partyLabel, not empty) that are in
    /// outsideWindow, in the analysis's incident order; empty for an empty @p party.
    QStringList outsideWindowOf(const QString &party) const { return m_outsideWindow.value(party); }

private:
    QHash<QString, int> m_positions;
    QHash<QString, QStringList> m_outsideWindow;
};

} // namespace fg::gis
