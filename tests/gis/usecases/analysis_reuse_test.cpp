// SPDX-License-Identifier: MIT
// Issue 15: `analyze --project` judges the project's cases again after its analysis; the judging
// takes the analysis's measurements (OverlayMemo) instead of measuring every incident a second
// time — and its figures and flags equal a fresh judgement's.
#include "sample_projects.h"

#include "gis/analysis/overlay_memo.h"
#include "gis/usecases/case_flags.h"
#include "gis/usecases/case_judgement.h"
#include "gis/usecases/incident_importer.h"
#include "gis/usecases/project_analysis.h"

#include <QDir>

#include <catch2/catch.hpp>

using namespace fg;
using namespace fg::gis;

TEST_CASE("The cases judged after a project analysis reuse its measurements and equal a fresh judgement",
    "[usecases][memo]")
{
    auto store = fg::test::memorySampleLayers(QStringLiteral(FG_SAMPLE_DIR));
    const QString incidents = QDir(QStringLiteral(FG_SAMPLE_DIR)).filePath(QStringLiteral("incidents.shp"));
    REQUIRE(IncidentImporter::run(*store, incidents, {}).imported.size() == 39);

    OverlayMemo memo;
    ProjectAnalysisOptions options;
    options.memo = &memo;
    const ProjectAnalysisResult analysed = ProjectAnalysis::run(*store, options);
    REQUIRE(analysed.incidents.size() == 39);
    // Within the analysis, repeats of one polygon (a tolerance buffer, a party's union) hit too.
    const int hitsAfterAnalysis = memo.hits();
    const int missesAfterAnalysis = memo.misses();
    CHECK(missesAfterAnalysis >= 39);

    CaseJudgementOptions judging;
    judging.memo = &memo;
    const CaseJudgements reused = CaseJudgement::judge(*store, {}, judging);
    // Every incident the analysis measured is taken from it: at least one hit per incident, and
    // the judging measures nothing the analysis did not.
    CHECK(memo.hits() - hitsAfterAnalysis >= 39);
    CHECK(memo.misses() == missesAfterAnalysis);
    const CaseJudgements fresh = CaseJudgement::judge(*store);
    REQUIRE(reused.cases.size() == fresh.cases.size());
    REQUIRE_FALSE(fresh.cases.empty());
    for (size_t i = 0; i < fresh.cases.size(); ++i) {
        INFO(fresh.cases[i].caseId.toStdString());
        CHECK(reused.cases[i].json() == fresh.cases[i].json());
        CHECK(reused.cases[i].flag() == fresh.cases[i].flag());
    }
    // And through CaseFlags, as the CLI calls it: nothing to change (the import judged them).
    const RejudgeResult rejudged = CaseFlags::rejudge(*store, {}, QStringLiteral("test"), &memo);
    CHECK(rejudged.changed.empty());
}
