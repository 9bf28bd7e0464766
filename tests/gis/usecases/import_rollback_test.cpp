// SPDX-License-Identifier: MIT
// Issue 15 (import11): an import whose writes stop in the middle — a cancel, or a failure while
// the next incidents are being prepared on the second thread — leaves the project as it was.
#include "sample_projects.h"

#include "../io/fixture_writer.h"
#include "core/input_error.h"
#include "core/input_rejected.h"
#include "gis/geos_context.h"
#include "gis/io/layer_reader.h"
#include "gis/usecases/incident_importer.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace fg;
using namespace fg::gis;

namespace {

/// What an import could have changed: every incident, case and event, and the log's head.
struct Snapshot
{
    std::vector<QString> incidents;
    QStringList cases;
    qsizetype events = 0;
    QString head;

    bool operator==(const Snapshot &o) const
    {
        return incidents == o.incidents && cases == o.cases && events == o.events && head == o.head;
    }
};

Snapshot snapshot(const ProjectStore &store)
{
    Snapshot s;
    for (const IncidentRecord &incident : store.incidents())
        s.incidents.push_back(incident.id);
    for (const core::CaseFile &file : store.cases())
        s.cases << file.id();
    s.events = store.events().size();
    s.head = store.logHead() ? store.logHead()->hash : QString();
    return s;
}

/// How againFile() spoils the file: eastings moved by @p shiftX m under the same .prj, the
/// first id given to the second feature too.
struct Spoiled
{
    double shiftX = 0;
    bool repeatedId = false;
};

/// The sample's polygons again under new ids J-…, as a shapefile in @p dir.
QString againFile(const QTemporaryDir &dir, const ProjectStore &store, const QString &name = QStringLiteral("again"),
    Spoiled spoiled = {})
{
    fixture::ShapefileSpec spec;
    spec.name = name;
    spec.fields = { QStringLiteral("BH"), QStringLiteral("DSR") };
    spec.epsg = store.info().workingEpsg;
    for (const IncidentRecord &incident : store.incidents(true)) {
        GeosGeometryPtr moved(GEOSGeom_transformXY_r(geosContext(), incident.geometry.get(),
            [](double *x, double *, void *shift) {
                *x += *static_cast<const double *>(shift);
                return 1;
            },
            &spoiled.shiftX));
        const QString id = spoiled.repeatedId && spec.features.size() == 1 ? spec.features.front().values.front()
                                                                          : QStringLiteral("J-") + incident.id;
        spec.features.push_back({ toWkt(moved.get(), 6), { id, incident.party } });
    }
    return fixture::writeShapefile(dir.path(), spec);
}

} // namespace

TEST_CASE("An import cancelled or failing in the middle of its writes leaves the project as it was",
    "[usecases][import]")
{
    QTemporaryDir dir;
    const OperatorIdentity who { QStringLiteral("测试员"), QStringLiteral("county officer") };
    auto store = ProjectStores::open(ProjectLocation::parse(fg::gis::test::sampleProjectFile(dir)), who);
    const QString path = againFile(dir, *store);
    const Snapshot before = snapshot(*store);
    REQUIRE(before.incidents.size() >= 39);

    IncidentImportOptions options;
    int written = 0;
    SECTION("cancelled after 20 incidents")
    {
        options.progress = [&](int done, int) {
            written = done;
            return done < 20;
        };
        CHECK_THROWS_AS(IncidentImporter::run(*store, path, options), ReadCancelled);
    }
    SECTION("a failure after 25 incidents, the next ones prepared ahead")
    {
        options.progress = [&](int done, int) -> bool {
            written = done;
            if (done == 25)
                throw core::InputError(path, QStringLiteral("the disk is full"));
            return true;
        };
        CHECK_THROWS_WITH(IncidentImporter::run(*store, path, options), Catch::Contains("the disk is full"));
    }
    CHECK(written >= 20);
    CHECK(snapshot(*store) == before);
    CHECK(store->verifyLog().intact());

    // Nothing is left half-done: the same file then imports whole.
    const IncidentImportResult again = IncidentImporter::run(*store, path, IncidentImportOptions {});
    CHECK(size_t(again.imported.size()) == before.incidents.size());
    CHECK(store->incidents().size() == 2 * before.incidents.size());
    CHECK(store->verifyLog().intact());
}

TEST_CASE("A file whose declared CRS does not fit is refused for that alone, though its CRS is checked beside the reads",
    "[usecases][import][crs]")
{
    QTemporaryDir dir;
    const OperatorIdentity who { QStringLiteral("测试员"), QStringLiteral("county officer") };
    auto store = ProjectStores::open(ProjectLocation::parse(fg::gis::test::sampleProjectFile(dir)), who);
    const Snapshot before = snapshot(*store);
    const auto refusal = [&](const QString &path) {
        try {
            IncidentImporter::run(*store, path, IncidentImportOptions {});
        } catch (const core::InputRejected &rejected) {
            return rejected.lines();
        }
        return QStringList { QStringLiteral("imported") };
    };
    // 38,000 km east under the same .prj: outside the county too, which the guard finds first
    // now; and with an id repeated, which checkRead finds first. The CRS's refusal comes alone.
    const QStringList outside = refusal(againFile(dir, *store, QStringLiteral("outside"), { 38e6, false }));
    const QStringList both = refusal(againFile(dir, *store, QStringLiteral("both"), { 38e6, true }));
    REQUIRE(outside.size() == 2); // the problem, then the summary
    CHECK(outside.front().contains(QStringLiteral("does not fit")));
    // The same line and summary but for the file's name (the CRS's line says "outside its area of use").
    CHECK(both == QStringList { outside.front(), outside.back() }.replaceInStrings(QStringLiteral("outside.shp"), QStringLiteral("both.shp")));
    // In place, the repeated id is what refuses the file, as before.
    const QStringList repeated = refusal(againFile(dir, *store, QStringLiteral("repeated"), { 0, true }));
    REQUIRE(repeated.size() == 2);
    CHECK(repeated.front().contains(QStringLiteral("duplicate id")));
    CHECK(snapshot(*store) == before);
    CHECK(store->verifyLog().intact());
}
