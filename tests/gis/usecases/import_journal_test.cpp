// SPDX-License-Identifier: MIT
// Issue 15 (import9): an import's edit keeps its savepoints' journals in memory. Each incident is
// stored under a savepoint, and SQLite moved a savepoint's sub-journal past 64 KiB into a temporary
// file (opened and unlinked at once: it shows only among the process's open files), written with
// one pwrite per page — 86,000 calls for 2,000 incidents.
#include "sample_projects.h"

#include "../io/fixture_writer.h"
#include "gis/geos_context.h"
#include "gis/usecases/incident_importer.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace fg;
using namespace fg::gis;

namespace {

/// SQLite's temporary files this process holds open (named etilqs_*, already unlinked).
int openSqliteTempFiles()
{
    int found = 0;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::NoDotAndDotDot | QDir::System | QDir::Files | QDir::Dirs))
        found += QFileInfo(fds.filePath(fd)).symLinkTarget().contains(QLatin1String("etilqs_"));
    return found;
}

} // namespace

TEST_CASE("An import into a GeoPackage keeps its savepoints' journals in memory, with every incident stored",
    "[usecases][import]")
{
    // Linux lists a process's open files there (the tests run on Debian).
    REQUIRE(QFileInfo::exists(QStringLiteral("/proc/self/fd")));
    QTemporaryDir dir;
    const OperatorIdentity who { QStringLiteral("测试员"), QStringLiteral("county officer") };
    auto store = ProjectStores::open(ProjectLocation::parse(fg::gis::test::sampleProjectFile(dir)), who);
    // The sample's 39 polygons again under new ids: 39 savepoints, each with an incident, its
    // case, two events and the R-tree's rows.
    fixture::ShapefileSpec spec;
    spec.name = QStringLiteral("again");
    spec.fields = { QStringLiteral("BH"), QStringLiteral("DSR") };
    spec.epsg = store->info().workingEpsg;
    const std::vector<IncidentRecord> stored = store->incidents(true);
    REQUIRE(stored.size() >= 39);
    for (const IncidentRecord &incident : stored)
        spec.features.push_back({ toWkt(incident.geometry.get(), 6), { QStringLiteral("J-") + incident.id, incident.party } });
    const QString path = fixture::writeShapefile(dir.path(), spec);

    IncidentImportOptions options;
    int calls = 0, tempFilesSeen = 0;
    options.progress = [&](int, int) {
        ++calls; // called inside the edit, after each incident's savepoint
        tempFilesSeen = std::max(tempFilesSeen, openSqliteTempFiles());
        return true;
    };
    const IncidentImportResult imported = IncidentImporter::run(*store, path, options);
    CHECK(size_t(imported.imported.size()) == stored.size());
    CHECK(calls == int(stored.size()));
    CHECK(tempFilesSeen == 0);
    CHECK(store->incidents().size() == 2 * stored.size());
    CHECK(store->verifyLog().intact());
}
