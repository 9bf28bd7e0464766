// SPDX-License-Identifier: MIT
// Issue 13, item 5: every file of ../shared/data and every generated mutation through `info`,
// `analyze` and `project import-incidents`: each works or fails with one `error:` line (an import
// refusal with one line per problem), exit 0 or 3, nothing runs over 30 s, nothing of a refused
// import is written, and the project's log stays intact.
#include "cli_runner.h"
#include "mutations.h"
#include "sample_project.h"

#include "gis/store/project_stores.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>

namespace {

constexpr int kDeadlineMs = 30000;

int incidentCount(const QString &project)
{
    const auto store = fg::gis::ProjectStores::open(fg::gis::ProjectLocation::parse(project),
        { QStringLiteral("corpus"), QStringLiteral("test") }, fg::gis::OpenMode::ReadOnly);
    return static_cast<int>(store->incidents().size());
}

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

/// info or analyze: exit 0, or exit 3 with exactly one line on stderr, an `error:` line.
void checkReader(const CliResult &r)
{
    INFO(r.err.toStdString());
    REQUIRE_FALSE(r.timedOut);
    CHECK((r.exitCode == 0 || r.exitCode == 3));
    if (r.exitCode != 0) {
        CHECK(lines(r.err).size() == 1);
        CHECK(r.err.startsWith(QStringLiteral("error: ")));
    } else {
        CHECK_FALSE(r.err.contains(QStringLiteral("error: ")));
    }
}

/// An import: committed lines only when it succeeded, each stored; a refusal writes nothing.
void checkImport(const CliResult &r, const QString &project, int *count)
{
    INFO(r.err.toStdString());
    REQUIRE_FALSE(r.timedOut);
    CHECK((r.exitCode == 0 || r.exitCode == 3));
    const int committed = static_cast<int>(r.out.count(QStringLiteral("committed ")));
    const int now = incidentCount(project);
    if (r.exitCode == 0) {
        CHECK(now == *count + committed);
    } else {
        CHECK(committed == 0);
        CHECK(now == *count);
        const QStringList errLines = lines(r.err);
        REQUIRE_FALSE(errLines.isEmpty());
        for (const QString &line : errLines)
            CHECK(
                (line.startsWith(QStringLiteral("error: ")) || line.startsWith(QStringLiteral("warning: "))));
        CHECK(errLines.last().startsWith(QStringLiteral("error: ")));
    }
    *count = now;
}

/// The three commands on @p path.
void runAll(const QString &path, const QString &project, int *count)
{
    INFO(path.toStdString());
    checkReader(runCliWithin({ QStringLiteral("info"), path }, kDeadlineMs));
    checkReader(runCliWithin(
        { QStringLiteral("analyze"), QStringLiteral("--incidents"), path, QStringLiteral("--basic-farmland"),
            QStringLiteral(FG_SAMPLE_DIR "/basic_farmland.shp") },
        kDeadlineMs));
    checkImport(runCliWithin({ QStringLiteral("project"), QStringLiteral("import-incidents"), project, path },
                    kDeadlineMs),
        project, count);
}

void checkLogIntact(const QString &project)
{
    const CliResult r = runCliWithin({ QStringLiteral("verify-log"), project }, kDeadlineMs);
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 0);
}

} // namespace

TEST_CASE(
    "Every layer of ../shared/data through info, analyze and import works or fails with one line", "[corpus]")
{
    QTemporaryDir dir;
    const QString project = sampleProjectCopy(dir);
    int count = incidentCount(project);
    QStringList files;
    QDirIterator it(QStringLiteral(FG_SHARED_DATA_DIR),
        { QStringLiteral("*.shp"), QStringLiteral("*.json"), QStringLiteral("*.geojson"),
            QStringLiteral("chinese.dbf") },
        QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.endsWith(QLatin1String("manifest.json")))
            files << path;
    }
    files.sort();
    REQUIRE(files.size() >= 25);
    for (const QString &path : files)
        runAll(path, project, &count);
    checkLogIntact(project);
}

TEST_CASE(
    "Generated mutations through info, analyze and import work or fail with one line, none hangs", "[corpus]")
{
    QTemporaryDir dir;
    const QString project = sampleProjectCopy(dir);
    const QString inputs = dir.filePath(QStringLiteral("mutations"));
    REQUIRE(QDir().mkdir(inputs));
    int count = incidentCount(project);
    for (const fg::test::Mutation &mutation :
        fg::test::writeMutations(inputs, QStringLiteral(FG_SAMPLE_DIR), QStringLiteral(FG_SHARED_DATA_DIR))) {
        INFO(mutation.what.toStdString());
        runAll(mutation.path, project, &count);
    }
    checkLogIntact(project);
}
