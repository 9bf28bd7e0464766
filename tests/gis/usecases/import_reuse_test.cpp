// SPDX-License-Identifier: MIT
// Issue 15: the import's re-judging takes the figures the importer just measured (OverlayMemo),
// only where provably the same — the flags equal a fresh judgement, and an incident already in
// the project is measured from its stored polygon, never given the file's figure for its id.
#include "sample_projects.h"

#include "../io/fixture_writer.h"
#include "gis/analysis/overlay_memo.h"
#include "gis/usecases/case_judgement.h"
#include "gis/usecases/incident_importer.h"

#include <QDir>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace fg;
using namespace fg::gis;

namespace {

QString sampleIncidents()
{
    return QDir(QStringLiteral(FG_SAMPLE_DIR)).filePath(QStringLiteral("incidents.shp"));
}

/// Every judged case's flag equals the one a fresh judgement (no memo) gives now.
void checkFlagsFresh(const ProjectStore &store)
{
    const CaseJudgements fresh = CaseJudgement::judge(store);
    for (const core::CaseFile &file : store.cases()) {
        INFO(file.id().toStdString());
        if (file.status() == core::CaseStatus::Dismissed)
            continue;
        const CaseFigures *figures = fresh.find(file.id());
        REQUIRE(figures);
        CHECK(file.thresholdFlag() == figures->flag());
    }
}

} // namespace

TEST_CASE("An import's re-judging reuses the importer's figures and they equal a fresh judgement",
    "[usecases][import][memo]")
{
    auto store = fg::test::memorySampleLayers(QStringLiteral(FG_SAMPLE_DIR));
    const IncidentImportResult imported = IncidentImporter::run(*store, sampleIncidents(), {});
    REQUIRE(imported.imported.size() == 39);
    // Every new incident's measurement came from the importer's (at least one per incident).
    CHECK(imported.reusedMeasurements >= 39);
    int reached = 0, below = 0;
    for (const core::CaseFile &file : store->cases()) {
        reached += file.thresholdFlag() == core::ThresholdFlag::Reached;
        below += file.thresholdFlag() == core::ThresholdFlag::Below;
    }
    // The sample holds incidents on both sides of the thresholds (PS2024-009 is 3.00 mu basic
    // farmland, below; the 5.01 mu ones reach it).
    CHECK(reached > 0);
    CHECK(below > 0);
    checkFlagsFresh(*store);

    // The same judgement with a memo filled by a first run: every figure of every case equal.
    OverlayMemo memo;
    CaseJudgementOptions options;
    options.memo = &memo;
    const CaseJudgements first = CaseJudgement::judge(*store, {}, options);
    const int hitsBefore = memo.hits();
    const CaseJudgements reused = CaseJudgement::judge(*store, {}, options);
    CHECK(memo.hits() > hitsBefore);
    const CaseJudgements fresh = CaseJudgement::judge(*store);
    REQUIRE(reused.cases.size() == fresh.cases.size());
    for (size_t i = 0; i < fresh.cases.size(); ++i) {
        INFO(fresh.cases[i].caseId.toStdString());
        CHECK(reused.cases[i].json() == fresh.cases[i].json());
        CHECK(reused.cases[i].flag() == fresh.cases[i].flag());
    }
}

TEST_CASE("An incident already in the project whose case is judged again is measured, not given the file's figure",
    "[usecases][import][memo]")
{
    auto store = fg::test::memorySampleLayers(QStringLiteral(FG_SAMPLE_DIR));
    REQUIRE(IncidentImporter::run(*store, sampleIncidents(), {}).imported.size() == 39);
    // X: an occupation below the thresholds with a party; R: one reaching them on its own.
    std::optional<IncidentRecord> x, r;
    const CaseJudgements judged = CaseJudgement::judge(*store);
    for (IncidentRecord &record : store->incidents(true)) {
        const CaseFigures *figures = judged.ofIncident(record.id);
        if (!figures || !figures->occupation)
            continue;
        if (!x && !record.party.isEmpty() && figures->flag() == core::ThresholdFlag::Below && !figures->hasAccumulation())
            x = std::move(record);
        else if (!r && record.measures.accountability)
            r = std::move(record);
    }
    REQUIRE(x);
    REQUIRE(r);
    // A second delivery: X's id again, drawn over R's polygon (skipped: already in the project), and
    // a new incident Y of X's party over X's own polygon. Y enters X's party total, so X's case is
    // judged again; the importer measured R's polygon under X's id — that figure must not be X's.
    QTemporaryDir dir;
    fixture::ShapefileSpec spec;
    spec.name = QStringLiteral("again");
    spec.fields = { QStringLiteral("BH"), QStringLiteral("DSR") };
    spec.epsg = store->info().workingEpsg;
    spec.features = { { toWkt(r->geometry.get(), 6), { x->id, x->party } },
        { toWkt(x->geometry.get(), 6), { QStringLiteral("Y-2025-001"), x->party } } };
    const QString path = fixture::writeShapefile(dir.path(), spec);
    const IncidentImportResult second = IncidentImporter::run(*store, path, {});
    REQUIRE(second.imported == QStringList { QStringLiteral("Y-2025-001") });
    const auto xCase = store->caseFile(x->id);
    REQUIRE(xCase);
    // X ∪ Y is X's own polygon (Y lies on it): still below; R's polygon would have reached.
    CHECK(xCase->thresholdFlag() == core::ThresholdFlag::Below);
    const CaseFigures fresh = CaseJudgement::judgeCase(*store, x->id);
    CHECK(fresh.flag() == core::ThresholdFlag::Below);
    CHECK(fresh.verdict.basicFarmlandMu == Approx(x->measures.basicFarmlandMu));
    checkFlagsFresh(*store);
}
