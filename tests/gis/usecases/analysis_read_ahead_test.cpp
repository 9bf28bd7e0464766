// SPDX-License-Identifier: MIT
// Issue 15 (project11): `analyze --project` reads the project ahead of its open check, on a store
// of its own (AnalysisReadAhead). The checked store takes those reads only while its log head is
// theirs; a write in between, a file that cannot be read beside the open, or a damaged project
// leaves the analysis to read the checked store itself — with that store's errors.
#include "sample_projects.h"

#include "core/input_error.h"
#include "gis/store/gpkg/gpkg_geometry_p.h"
#include "gis/store/gpkg/sqlite_connection_p.h"
#include "gis/usecases/analysis_read_ahead.h"
#include "gis/usecases/project_analysis_job.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace fg;
using namespace fg::gis;
using fg::gis::test::sampleProjectFile;

namespace {

const OperatorIdentity kWho { QStringLiteral("analyze"), QStringLiteral("cli") };

/// SQL on the file behind FarmGuard's back, the append-only triggers dropped first.
void tamper(const QString &path, const QString &sql)
{
    SqliteConnection db(path, SqliteConnection::Mode::ReadWrite);
    registerGpkgFunctions(db.handle());
    QStringList guards;
    for (auto rows = db.query(
             QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_no_%'"));
         rows->next();)
        guards << QStringLiteral("DROP TRIGGER \"%1\"").arg(rows->text(0));
    db.script(guards.join(QStringLiteral("; ")));
    db.script(sql);
}

void checkSameAreas(const Areas &a, const Areas &b)
{
    CHECK(a.ellipsoidal == b.ellipsoidal);
    CHECK(a.geodesic == b.geodesic);
    CHECK(a.planar == b.planar);
}

/// Every incident's and party's figures, flags and 临界 equal, to the bit.
void checkSameResult(const ProjectAnalysisResult &a, const ProjectAnalysisResult &b)
{
    REQUIRE(a.report.incidents.size() == b.report.incidents.size());
    REQUIRE_FALSE(a.report.incidents.empty());
    for (size_t i = 0; i < a.report.incidents.size(); ++i) {
        const IncidentResult &x = a.report.incidents[i];
        const IncidentResult &y = b.report.incidents[i];
        INFO(x.id.toStdString());
        CHECK(x.id == y.id);
        CHECK(x.party == y.party);
        checkSameAreas(x.occupation.area, y.occupation.area);
        checkSameAreas(x.occupation.basicFarmland, y.occupation.basicFarmland);
        checkSameAreas(x.occupation.cultivated, y.occupation.cultivated);
        checkSameAreas(x.approved.area, y.approved.area);
        CHECK(x.verdict.accountability() == y.verdict.accountability());
        CHECK(x.verdict.borderline == y.verdict.borderline);
        CHECK(a.incidents[i].partyAccountability == b.incidents[i].partyAccountability);
        CHECK(a.incidents[i].partyLabel == b.incidents[i].partyLabel);
    }
    REQUIRE(a.report.parties.size() == b.report.parties.size());
    for (size_t i = 0; i < a.report.parties.size(); ++i) {
        CHECK(a.report.parties[i].incidentIds == b.report.parties[i].incidentIds);
        checkSameAreas(a.report.parties[i].occupation.basicFarmland, b.report.parties[i].occupation.basicFarmland);
        CHECK(a.report.parties[i].verdict.accountability() == b.report.parties[i].verdict.accountability());
    }
    CHECK(a.unmeasured == b.unmeasured);
}

/// The analysis and the judging of a job on @p path, given @p ahead's reads or none; the reads
/// the job took again instead of reading (StoreReads::hits) in @p hits.
ProjectAnalysisResult analyseAndJudge(const QString &path, std::optional<StoreReads> ahead, int &hits,
    const std::function<void(ProjectStore &)> &between = {})
{
    const std::unique_ptr<ProjectStore> store = ProjectStores::open(ProjectLocation::parse(path), kWho);
    ProjectAnalysisJob job;
    if (ahead)
        job.adoptReads(std::move(*ahead));
    if (between)
        between(*store);
    ProjectAnalysisResult result = job.analyse(*store);
    const ProjectJudging judging = job.judge(*store, QStringLiteral("test"));
    CHECK(judging.notJudged.isEmpty());
    hits = job.reads().hits();
    return result;
}

/// The message the job's analysis of @p store fails with; empty when it does not.
QString analysisError(ProjectAnalysisJob &job, const ProjectStore &store)
{
    try {
        job.analyse(store);
    } catch (const core::InputError &error) {
        return error.message();
    }
    return {};
}

/// A project damaged by @p sql, read ahead, then opened with the check: a job with the reads
/// ahead and one without, for the same checked store.
struct Damaged
{
    std::unique_ptr<ProjectStore> store;
    ProjectAnalysisJob ahead, plain;

    Damaged(const QString &path, const QString &sql)
    {
        tamper(path, sql);
        StoreReads reads = AnalysisReadAhead::read(ProjectLocation::parse(path), false);
        store = ProjectStores::open(ProjectLocation::parse(path), kWho);
        CHECK(store->rights().logBroken);
        ahead.adoptReads(std::move(reads));
    }
};

} // namespace

TEST_CASE("A project read ahead of its open gives the analysis and the judging their reads, with the figures of "
          "reading it after the open",
    "[usecases][readahead]")
{
    QTemporaryDir aheadDir, plainDir;
    const QString ahead = sampleProjectFile(aheadDir);
    const QString plain = sampleProjectFile(plainDir);
    int aheadHits = 0, plainHits = 0;
    const ProjectAnalysisResult read = analyseAndJudge(
        ahead, AnalysisReadAhead::read(ProjectLocation::parse(ahead), true), aheadHits);
    const ProjectAnalysisResult fresh = analyseAndJudge(plain, std::nullopt, plainHits);
    checkSameResult(read, fresh);
    // The party matching, the incidents, the parcels near them and the cases: each taken once
    // more than a job that read them itself.
    CHECK(aheadHits == plainHits + 4);

    SECTION("through the thread of its own, as the CLI starts it")
    {
        QTemporaryDir threadDir;
        const QString path = sampleProjectFile(threadDir);
        AnalysisReadAhead started(ProjectLocation::parse(path), false);
        int hits = 0;
        checkSameResult(analyseAndJudge(path, started.take(), hits), fresh);
        CHECK(hits == plainHits + 3); // the cases were not read ahead
        // Its store was closed before the checked one: the checked one's close removed the WAL.
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-shm")));
    }
}

TEST_CASE("A write between the read ahead and the analysis leaves every read ahead unused", "[usecases][readahead]")
{
    QTemporaryDir aheadDir, plainDir;
    const QString ahead = sampleProjectFile(aheadDir);
    const QString plain = sampleProjectFile(plainDir);
    // A logged write: the head moves, so nothing read before it is taken.
    const auto write = [](ProjectStore &store) {
        store.setSetting(QStringLiteral("note"), QStringLiteral("written after the read ahead"));
    };
    int aheadHits = 0, plainHits = 0;
    const ProjectAnalysisResult read = analyseAndJudge(
        ahead, AnalysisReadAhead::read(ProjectLocation::parse(ahead), true), aheadHits, write);
    const ProjectAnalysisResult fresh = analyseAndJudge(plain, std::nullopt, plainHits, write);
    checkSameResult(read, fresh);
    CHECK(aheadHits == plainHits);
}

TEST_CASE("A project that cannot be read beside its open is not read ahead, and nothing is thrown",
    "[usecases][readahead]")
{
    QTemporaryDir dir;
    SECTION("no such file")
    {
        const StoreReads reads = AnalysisReadAhead::read(ProjectLocation::parse(dir.filePath(QStringLiteral("none.gpkg"))), true);
        CHECK(reads.hits() == 0);
        CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.gpkg"))));
    }
    SECTION("a file that is not a project")
    {
        const QString path = dir.filePath(QStringLiteral("text.gpkg"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not a GeoPackage");
        file.close();
        AnalysisReadAhead::read(ProjectLocation::parse(path), true);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == "not a GeoPackage");
    }
    SECTION("a project not in WAL mode: its open's switch to WAL must not wait for a reader")
    {
        const QString path = sampleProjectFile(dir);
        {
            SqliteConnection db(path, SqliteConnection::Mode::ReadWrite);
            db.script(QStringLiteral("PRAGMA journal_mode = DELETE"));
        }
        REQUIRE_FALSE(ProjectStores::openForReadAhead(ProjectLocation::parse(path)));
        int hits = 0, plainHits = 0;
        QTemporaryDir plainDir;
        const ProjectAnalysisResult fresh = analyseAndJudge(sampleProjectFile(plainDir), std::nullopt, plainHits);
        checkSameResult(analyseAndJudge(path, AnalysisReadAhead::read(ProjectLocation::parse(path), true), hits), fresh);
        CHECK(hits == plainHits);
    }
    SECTION("a PostGIS project: no connection is made")
    {
        CHECK_FALSE(ProjectStores::openForReadAhead(
            ProjectLocation::parse(QStringLiteral("postgresql://nobody@127.0.0.1:1/none?schema=none"))));
    }
}

TEST_CASE("A damaged project read ahead: the checked store's findings and errors stand", "[usecases][readahead]")
{
    QTemporaryDir dir;
    const QString path = sampleProjectFile(dir);
    SECTION("an event edited behind FarmGuard's back: the project opens read-only, the reads ahead are the same rows")
    {
        Damaged project(path, QStringLiteral("UPDATE event_log SET who = '冒名者' WHERE seq = 3"));
        ProjectAnalysisJob &ahead = project.ahead, &plain = project.plain;
        checkSameResult(ahead.analyse(*project.store), plain.analyse(*project.store));
        CHECK(ahead.reads().hits() == plain.reads().hits() + 3);
    }
    SECTION("a reference layer gone: nothing is read ahead, and the checked store's read gives its own error")
    {
        Damaged project(path, QStringLiteral("UPDATE event_log SET who = '冒名者' WHERE seq = 3; DROP TABLE landuse"));
        ProjectAnalysisJob &ahead = project.ahead, &plain = project.plain;
        const QString plainError = analysisError(plain, *project.store);
        const QString aheadError = analysisError(ahead, *project.store);
        CHECK_FALSE(plainError.isEmpty());
        CHECK(aheadError == plainError);
        CHECK(ahead.reads().hits() == plain.reads().hits());
    }
}
