// SPDX-License-Identifier: MIT
// import9: the judging's lookups into an analysis give what the scans they replaced gave.
#include "gis/usecases/analysis_lookup.h"
#include "gis/usecases/project_analysis.h"

#include <catch2/catch.hpp>

using namespace fg::gis;

namespace {

/// The scan CaseJudgement made per case before: the party's incidents outside the time window.
QStringList scannedOutsideWindow(const ProjectAnalysisResult &analysis, const QString &party)
{
    QStringList ids;
    for (size_t i = 0; i < analysis.incidents.size(); ++i)
        if (analysis.incidents[i].partyLabel == party && !party.isEmpty()
            && analysis.outsideWindow.contains(analysis.report.incidents[i].id))
            ids << analysis.report.incidents[i].id;
    return ids;
}

} // namespace

TEST_CASE("AnalysisLookup finds each incident and each party's incidents outside the window as the scans did",
    "[usecases][judging]")
{
    ProjectAnalysisResult analysis;
    // Ids with a repeat (the first one is the one found), parties with and without a label.
    const char *ids[] = { "A", "B", "C", "B", "D", "E", "F", "G" };
    const char *parties[] = { "王", "王", "", "李", "李", "王", "", "赵" };
    for (size_t i = 0; i < std::size(ids); ++i) {
        IncidentResult result;
        result.id = QString::fromUtf8(ids[i]);
        analysis.report.incidents.push_back(result);
        ProjectIncidentOutcome outcome;
        outcome.partyLabel = QString::fromUtf8(parties[i]);
        analysis.incidents.push_back(outcome);
    }
    analysis.outsideWindow = { QStringLiteral("E"), QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("B"),
        QStringLiteral("X") };
    const AnalysisLookup lookup(analysis);
    for (const char *id : { "A", "B", "C", "D", "E", "F", "G", "X", "" })
        CHECK(lookup.indexOf(QString::fromLatin1(id)) == analysis.indexOf(QString::fromLatin1(id)));
    CHECK(lookup.indexOf(QStringLiteral("B")) == 1);
    CHECK(lookup.indexOf(QStringLiteral("X")) == -1);
    for (const char *party : { "王", "李", "赵", "", "无" })
        CHECK(lookup.outsideWindowOf(QString::fromUtf8(party)) == scannedOutsideWindow(analysis, QString::fromUtf8(party)));
    // By hand: 王 has A, B, E outside the window in incident order; 李 the second B; C has no party.
    CHECK(lookup.outsideWindowOf(QStringLiteral("王")) == QStringList { "A", "B", "E" });
    CHECK(lookup.outsideWindowOf(QStringLiteral("李")) == QStringList { "B" });
    CHECK(lookup.outsideWindowOf(QString()).isEmpty());
}
