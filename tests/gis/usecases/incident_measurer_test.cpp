// SPDX-License-Identifier: MIT
// Measuring an incident: one use case for the importer and the GUI's new and reshaped incidents.
#include "sample_projects.h"

#include "gis/usecases/incident_importer.h"
#include "gis/usecases/incident_measurer.h"
#include "gis/usecases/project_rules.h"

#include <QDir>

#include <catch2/catch.hpp>

using namespace fg;
using namespace fg::gis;
using fg::gis::test::SampleProjects;

namespace {

void checkSame(const IncidentMeasures &measured, const IncidentMeasures &stored)
{
    CHECK(measured.measured);
    CHECK(measured.method == stored.method);
    CHECK(measured.areaM2 == Approx(stored.areaM2).margin(1e-6));
    CHECK(measured.basicFarmlandM2 == Approx(stored.basicFarmlandM2).margin(1e-6));
    CHECK(measured.cultivatedM2 == Approx(stored.cultivatedM2).margin(1e-6));
    CHECK(measured.cultivatedOutsideBasicFarmlandM2
        == Approx(stored.cultivatedOutsideBasicFarmlandM2).margin(1e-6));
    CHECK(measured.basicFarmlandMu == stored.basicFarmlandMu);
    CHECK(measured.cultivatedMu == stored.cultivatedMu);
    CHECK(measured.accountability == stored.accountability);
}

QString sampleIncidents()
{
    return QDir(QStringLiteral(FG_SAMPLE_DIR)).filePath(QStringLiteral("incidents.shp"));
}

} // namespace

TEST_CASE(
    "Measuring a stored incident through the use case gives what the importer stored", "[usecases][measure]")
{
    SampleProjects projects;
    for (const auto &[backend, store] : projects.stores) {
        SECTION(backend.toStdString())
        {
            const std::vector<IncidentRecord> records = store->incidents(true);
            REQUIRE(records.size() == 39);
            for (const IncidentRecord &record : records) {
                INFO(record.id.toStdString());
                const IncidentMeasurement measured
                    = IncidentMeasurer::measure(*store, record.geometry.get(), record.id, { record.violationType, record.discoveryDate });
                checkSame(measured.measures, record.measures);
                // The importer named the village from the boundaries (the layer has none); the
                // township came from the layer's own XZMC field, which wins over the boundaries.
                CHECK(measured.village == record.village);
                CHECK_FALSE(measured.township.isEmpty());
            }
        }
    }
}

TEST_CASE("Imported and measured incidents are judged with the project's rules", "[usecases][measure][rules]")
{
    auto store = fg::test::memorySampleLayers(QStringLiteral(FG_SAMPLE_DIR));
    core::Rules judicial;
    judicial.setReading(core::Reading::Judicial);
    ProjectRules::write(*store, judicial);
    const IncidentImportResult imported = IncidentImporter::run(*store, sampleIncidents(), {});
    REQUIRE(imported.imported.size() == 39);
    for (const IncidentRecord &record : store->incidents(true)) {
        INFO(record.id.toStdString());
        checkSame(
            IncidentMeasurer::measure(*store, record.geometry.get(), record.id, { record.violationType, record.discoveryDate }).measures, record.measures);
        if (record.id != QLatin1String("PS2024-009"))
            continue;
        // 3.00 mu basic farmland and 7.00 mu cultivated outside it: below both judicial thresholds.
        CHECK(record.measures.basicFarmlandMu == Approx(3.00));
        CHECK(record.measures.cultivatedMu == Approx(7.00));
        CHECK_FALSE(record.measures.accountability);
        CHECK(store->caseFile(record.id)->thresholdFlag() == core::ThresholdFlag::Below);
    }
    // Rules given for one import win over the project's: the notice flags PS2024-009.
    IncidentImportOptions notice;
    notice.rules = core::Rules();
    auto other = fg::test::memorySampleLayers(QStringLiteral(FG_SAMPLE_DIR));
    ProjectRules::write(*other, judicial);
    IncidentImporter::run(*other, sampleIncidents(), notice);
    for (const IncidentRecord &record : other->incidents())
        if (record.id == QLatin1String("PS2024-009"))
            CHECK(record.measures.accountability);
}

TEST_CASE("A measurer reads only the parcels near what it measures, once", "[usecases][measure]")
{
    auto store = fg::test::memorySampleLayers(QStringLiteral(FG_SAMPLE_DIR));
    // A 100 m × 200 m plot in the county, as the GUI test's pasted coordinates give it.
    const GeosGeometryPtr plot = fromWkt(QStringLiteral(
        "POLYGON((450000 4011000,450100 4011000,450100 4011200,450000 4011200,450000 4011000))"));
    const IncidentMeasurement alone = IncidentMeasurer::measure(*store, plot.get(), QStringLiteral("NEW-1"), {});
    CHECK(alone.measures.areaM2 == Approx(19998.771).margin(0.2));
    CHECK_FALSE(alone.township.isEmpty());
    CHECK_FALSE(alone.village.isEmpty());
    // Measured among the sample's incidents (their boxes read), the plot's figures are the same.
    FeatureQuery near;
    near.boxes = { QRectF(QPointF(440000, 4000000), QPointF(470000, 4025000)) };
    const IncidentMeasurer wide(*store, near);
    const IncidentMeasurement again = wide.measure(plot.get(), QStringLiteral("NEW-1"), {});
    checkSame(again.measures, alone.measures);
    CHECK(again.township == alone.township);
    CHECK(again.village == alone.village);
    // Outside the county nothing is occupied and no boundary names it.
    const GeosGeometryPtr far = fromWkt(QStringLiteral(
        "POLYGON((400000 3900000,400010 3900000,400010 3900010,400000 3900010,400000 3900000))"));
    const IncidentMeasurement outside = IncidentMeasurer::measure(*store, far.get(), QStringLiteral("FAR"), {});
    CHECK(outside.measures.basicFarmlandM2 == 0);
    CHECK(outside.township.isEmpty());
}
