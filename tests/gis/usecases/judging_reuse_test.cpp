// SPDX-License-Identifier: MIT
// Issue 15 (judge4): the judging after an analysis (`analyze --project`, the GUI's F5) and an
// import's re-judging read the project once (StoreReads) — the party matching, the cases, the
// incidents and the parcels near them — and take what was read again only while nothing was
// written since; a write in between (a new incident of a case's party) is seen, never a stale
// answer.
#include "sample_projects.h"

#include "../io/fixture_writer.h"
#include "gis/usecases/case_judgement.h"
#include "gis/usecases/incident_importer.h"
#include "gis/usecases/project_analysis_job.h"
#include "gis/usecases/store_reads.h"

#include <QDir>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace fg;
using namespace fg::gis;
using fg::gis::test::SampleProjects;

namespace {

/// Every case's figures as a fresh judgement (no memo, no reads) gives them now.
void checkEqualsFresh(const ProjectStore &store, const CaseJudgements &judged)
{
    const CaseJudgements fresh = CaseJudgement::judge(store, judged.cases.empty() ? QStringList() : [&] {
        QStringList ids;
        for (const CaseFigures &f : judged.cases)
            ids << f.caseId;
        return ids;
    }());
    REQUIRE(judged.cases.size() == fresh.cases.size());
    REQUIRE_FALSE(fresh.cases.empty());
    for (size_t i = 0; i < fresh.cases.size(); ++i) {
        INFO(fresh.cases[i].caseId.toStdString());
        CHECK(judged.cases[i].json() == fresh.cases[i].json());
        CHECK(judged.cases[i].partyIncidentIds == fresh.cases[i].partyIncidentIds);
        CHECK(judged.cases[i].flag() == fresh.cases[i].flag());
    }
}

/// The ids of every case that is not dismissed (what CaseFlags::rejudge judges).
QStringList judgedCaseIds(const ProjectStore &store)
{
    QStringList ids;
    for (const core::CaseFile &file : store.cases())
        if (file.status() != core::CaseStatus::Dismissed)
            ids << file.id();
    return ids;
}

/// An occupation of the project with a party and a case, below the thresholds alone.
const IncidentRecord *partyIncident(const std::vector<IncidentRecord> &records, const CaseJudgements &judged)
{
    for (const IncidentRecord &record : records) {
        const CaseFigures *figures = judged.find(record.id);
        if (figures && figures->occupation && !record.party.isEmpty() && !figures->verdict.accountability())
            return &record;
    }
    return nullptr;
}

/// Imports one new incident @p id of @p party over @p polygon (a second delivery).
void importOne(ProjectStore &store, const QTemporaryDir &dir, const QString &id, const QString &party,
    const GEOSGeometry *polygon)
{
    fixture::ShapefileSpec spec;
    spec.name = id;
    spec.fields = { QStringLiteral("BH"), QStringLiteral("DSR") };
    spec.epsg = store.info().workingEpsg;
    spec.features = { { toWkt(polygon, 6), { id, party } } };
    const IncidentImportResult imported = IncidentImporter::run(store, fixture::writeShapefile(dir.path(), spec), {});
    REQUIRE(imported.imported == QStringList { id });
}

/// Runs @p body on the sample project of each backend (GeoPackage, memory), one section each.
template<typename Body>
void onEachBackend(Body body)
{
    SampleProjects projects;
    for (auto &[backend, store] : projects.stores) {
        SECTION(backend.toStdString())
        {
            body(*store, projects.dir);
        }
    }
}

} // namespace

TEST_CASE("StoreReads gives a read back only while the log head has not moved", "[usecases][reads]")
{
    onEachBackend([](ProjectStore &store, const QTemporaryDir &) {
        StoreReads reads;
        const qsizetype cases = reads.cases(store).size();
        REQUIRE(cases > 0);
        const core::PartyMatching first = reads.parties(store);
        CHECK(reads.hits() == 0);
        CHECK(reads.cases(store).size() == cases);
        CHECK(reads.parties(store).labelOfIncident == first.labelOfIncident);
        CHECK(reads.hits() == 2);
        // A logged write (any: here a setting) moves the head: everything is read again.
        store.setSetting(QStringLiteral("judge4_test"), QStringLiteral("1"));
        CHECK(reads.cases(store).size() == cases);
        CHECK(reads.hits() == 2);
        CHECK(reads.parties(store).labelOfIncident == first.labelOfIncident);
        CHECK(reads.hits() == 2);
        CHECK(reads.cases(store).size() == cases);
        CHECK(reads.hits() == 3);
        // Incidents and parcels kept at an older head are not given back.
        const std::optional<core::ChainAnchor> before = StoreReads::headOf(store);
        reads.keepIncidents(before, std::make_shared<const std::vector<IncidentRecord>>(store.incidents(true)));
        REQUIRE(reads.incidents(store));
        store.setSetting(QStringLiteral("judge4_test"), QStringLiteral("2"));
        CHECK_FALSE(reads.incidents(store));
        CHECK_FALSE(reads.parcels(store));
    });
}

TEST_CASE("The judging after an analysis takes its reads and measurements and equals a fresh judgement",
    "[usecases][reads][memo]")
{
    onEachBackend([](ProjectStore &store, const QTemporaryDir &) {
        ProjectAnalysisJob job;
        const ProjectAnalysisResult analysed = job.analyse(store);
        REQUIRE_FALSE(analysed.incidents.empty());
        const int misses = job.memo().misses();
        const int hits = job.reads().hits();
        CHECK(hits == 0);
        const ProjectJudging judging = job.judge(store, QStringLiteral("test"));
        REQUIRE(judging.rejudged);
        CHECK(judging.notJudged.isEmpty());
        // The sample's flags are its figures' already: nothing changes, nothing is logged.
        CHECK(judging.rejudged->changed.empty());
        // Nothing measured twice, and the party matching, the cases (rejudge, then the
        // judgement), the incidents and the parcels near them are the analysis's (every case
        // of the sample that is judged holds every incident: the very same query).
        CHECK(job.memo().misses() == misses);
        CHECK(job.reads().hits() - hits >= 4);
        CaseJudgementOptions options;
        StoreReads reads;
        options.reads = &reads;
        ProjectAnalysisOptions analysis;
        analysis.reads = &reads;
        ProjectAnalysis::run(store, analysis);
        const CaseJudgements judged = CaseJudgement::judge(store, judgedCaseIds(store), options);
        CHECK(reads.hits() >= 3); // the party matching, the incidents, the parcels
        checkEqualsFresh(store, judged);
    });
}

TEST_CASE("A new incident of a case's party between the analysis and the judging is judged, not the analysis's reads",
    "[usecases][reads]")
{
    onEachBackend([](ProjectStore &store, const QTemporaryDir &dir) {
        StoreReads reads;
        ProjectAnalysisOptions analysis;
        analysis.reads = &reads;
        ProjectAnalysis::run(store, analysis);
        const std::vector<IncidentRecord> records = store.incidents(true);
        const CaseJudgements before = CaseJudgement::judge(store);
        const IncidentRecord *x = partyIncident(records, before);
        REQUIRE(x);
        const CaseFigures xBefore = *before.find(x->id);
        // Another desk imports Y of X's party next to X: X's party total now holds Y.
        importOne(store, dir, QStringLiteral("Y-2026-015"), x->party, x->geometry.get());
        CaseJudgementOptions options;
        options.reads = &reads;
        const int hits = reads.hits();
        const CaseJudgements judged = CaseJudgement::judge(store, judgedCaseIds(store), options);
        CHECK(reads.hits() == hits); // every kept read was dropped: the head moved
        const CaseFigures *xAfter = judged.find(x->id);
        REQUIRE(xAfter);
        // The analysis's reads would have left Y out of X's party total: a wrong reuse shows.
        CHECK_FALSE(xBefore.partyIncidentIds.contains(QStringLiteral("Y-2026-015")));
        CHECK(xAfter->partyIncidentIds.contains(QStringLiteral("Y-2026-015")));
        checkEqualsFresh(store, judged);
    });
}

TEST_CASE("A second import's re-judging reads its cases once and judges the first import's cases with the new incident",
    "[usecases][reads][import]")
{
    auto store = fg::test::memorySampleLayers(QStringLiteral(FG_SAMPLE_DIR));
    const QString sample = QDir(QStringLiteral(FG_SAMPLE_DIR)).filePath(QStringLiteral("incidents.shp"));
    REQUIRE(IncidentImporter::run(*store, sample, {}).imported.size() == 39);
    const CaseJudgements first = CaseJudgement::judge(*store);
    const std::vector<IncidentRecord> records = store->incidents(true);
    const IncidentRecord *x = partyIncident(records, first);
    REQUIRE(x);
    // X's party's cases (the first import's) are affected by a new incident of X's party.
    QStringList partyCases;
    for (const CaseFigures &f : first.cases)
        if (f.party == first.find(x->id)->party)
            partyCases << f.caseId;
    REQUIRE_FALSE(partyCases.isEmpty());
    QTemporaryDir dir;
    importOne(*store, dir, QStringLiteral("Y-2026-016"), x->party, x->geometry.get());
    // Affected as a fresh read of the store after the import says: the party's cases and Y's own.
    QStringList affected = CaseFlags::affectedBy(*store, { QStringLiteral("Y-2026-016") });
    for (const QString &id : partyCases)
        CHECK(affected.contains(id));
    // Every flag equals a fresh judgement; X's figures hold Y in its party total.
    const CaseJudgements fresh = CaseJudgement::judge(*store);
    for (const core::CaseFile &file : store->cases()) {
        INFO(file.id().toStdString());
        if (file.status() == core::CaseStatus::Dismissed)
            continue;
        REQUIRE(fresh.find(file.id()));
        CHECK(file.thresholdFlag() == fresh.find(file.id())->flag());
    }
    CHECK(fresh.find(x->id)->partyIncidentIds.contains(QStringLiteral("Y-2026-016")));
    // Within one job with nothing written, affectedBy, rejudge and the judgement share the reads.
    StoreReads reads;
    const QStringList again = CaseFlags::affectedBy(*store, { QStringLiteral("Y-2026-016") }, &reads);
    CHECK(again == affected);
    const RejudgeResult rejudged = CaseFlags::rejudge(*store, again, QStringLiteral("test"), nullptr, nullptr, &reads);
    CHECK(rejudged.changed.empty());
    CHECK(reads.hits() >= 3); // rejudge's cases, the judgement's cases and its party matching
}
