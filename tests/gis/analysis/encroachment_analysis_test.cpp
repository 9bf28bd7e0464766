// SPDX-License-Identifier: MIT
#include "core/input_error.h"
#include "core/units.h"
#include "gis/analysis/encroachment_analysis.h"
#include "gis/io/layer_reader.h"
#include "gis/io/vector_layer.h"
#include "hand_layers.h"

#include <catch2/catch.hpp>

using namespace fg::gis;
using namespace fg::test;

namespace {

VectorLayer incidentLayer()
{
    VectorLayer layer;
    layer.sourcePath = QStringLiteral("hand/incidents.shp");
    layer.fields
        = { { QStringLiteral("JCBH"), FieldType::Text }, { QStringLiteral("DSR"), FieldType::Text } };
    return layer;
}

} // namespace

TEST_CASE("a party's overlapping incidents accumulate on their union, never double counted")
{
    // Two incidents of one party on basic farmland: A = [0,60]×[0,40], B = [30,90]×[0,40],
    // 2400 m² = 3.60 mu each (2400 × 3 / 2000), below 5 mu. Their union [0,90]×[0,40] is
    // 3600 m² = 5.40 mu: the party reaches the threshold; the plain sum (7.20 mu) would be wrong.
    // A third incident C = [200,260]×[0,40] of another party stays on its own.
    VectorLayer incidents = incidentLayer();
    incidents.addFeature(0, { QStringLiteral("JC-A"), QStringLiteral("张三") }, square(0, 0, 60, 40));
    incidents.addFeature(1, { QStringLiteral("JC-B"), QStringLiteral("张三") }, square(30, 0, 90, 40));
    incidents.addFeature(2, { QStringLiteral("JC-C"), QStringLiteral("李四") }, square(200, 0, 260, 40));
    VectorLayer basic;
    basic.sourcePath = QStringLiteral("hand/basic.shp");
    basic.addFeature(1, {}, square(-100, -100, 400, 100));

    EncroachmentRequest request;
    request.incidents = &incidents;
    request.basicFarmland = &basic;
    request.workingEpsg = kEpsg;
    request.idField = QStringLiteral("JCBH");
    request.partyField = QStringLiteral("DSR");
    request.method = AreaMethod::Planar;
    const EncroachmentReport report = analyzeEncroachment(request);

    REQUIRE(report.incidents.size() == 3);
    CHECK(report.incidents[0].id == QStringLiteral("JC-A"));
    CHECK(report.incidents[0].verdict.basicFarmlandMu == 3.60);
    CHECK_FALSE(report.incidents[0].verdict.accountability());
    CHECK_FALSE(report.incidents[1].verdict.accountability());

    REQUIRE(report.parties.size() == 2);
    const PartyResult &zhang = report.parties[0];
    CHECK(zhang.party == QStringLiteral("张三"));
    CHECK(zhang.incidentIds == QStringList { QStringLiteral("JC-A"), QStringLiteral("JC-B") });
    CHECK(zhang.occupation.basicFarmland.planar == Approx(3600.0).epsilon(1e-12));
    CHECK(zhang.verdict.basicFarmlandMu == 5.40);
    CHECK(zhang.verdict.basicFarmland);
    CHECK(zhang.verdict.accountability());
    const PartyResult &li = report.parties[1];
    CHECK(li.incidentIds == QStringList { QStringLiteral("JC-C") });
    CHECK(li.occupation.basicFarmland.planar == Approx(2400.0).epsilon(1e-12));
    CHECK_FALSE(li.verdict.accountability());
}

TEST_CASE("an incident without a polygon or a missing id field is an input error naming it")
{
    VectorLayer incidents = incidentLayer();
    incidents.addFeature(5, { QStringLiteral("JC-X"), QString() }, nullptr);
    VectorLayer basic;
    basic.sourcePath = QStringLiteral("hand/basic.shp");
    EncroachmentRequest request;
    request.incidents = &incidents;
    request.basicFarmland = &basic;
    request.workingEpsg = kEpsg;
    request.idField = QStringLiteral("JCBH");
    CHECK_THROWS_WITH(
        analyzeEncroachment(request), Catch::Contains("hand/incidents.shp") && Catch::Contains("JC-X"));
    request.idField = QStringLiteral("NOPE");
    CHECK_THROWS_WITH(analyzeEncroachment(request), Catch::Contains("NOPE"));
}

TEST_CASE("synthetic-small: planar overlay totals match the README reference answers")
{
    const QString dir = QStringLiteral(FG_SHARED_DATA_DIR "/synthetic-small/");
    const VectorLayer incidents = readLayer(dir + QStringLiteral("incidents.shp"));
    const VectorLayer basic = readLayer(dir + QStringLiteral("basic_farmland.shp"));
    const VectorLayer cultivated = readLayer(dir + QStringLiteral("cultivated.shp"));
    REQUIRE(incidents.featureCount() == 50);

    EncroachmentRequest request;
    request.incidents = &incidents;
    request.basicFarmland = &basic;
    request.cultivated = &cultivated;
    request.workingEpsg = kEpsg; // the set is in EPSG:4547 (README)
    request.idField = QStringLiteral("JCBH");
    request.method = AreaMethod::Planar;
    const EncroachmentReport report = analyzeEncroachment(request);

    double basicTotal = 0, cultivatedTotal = 0, classTotal = 0;
    int basicHit = 0, cultivatedHit = 0;
    for (const IncidentResult &incident : report.incidents) {
        const Occupation &o = incident.occupation;
        basicTotal += o.basicFarmland.planar;
        cultivatedTotal += o.cultivated.planar;
        basicHit += o.basicFarmland.planar > 0 ? 1 : 0;
        cultivatedHit += o.cultivated.planar > 0 ? 1 : 0;
        for (const ClassArea &c : o.cultivatedByClass)
            classTotal += c.areas.planar;
        // Basic farmland is a subset of cultivated land here: nothing of it lies outside.
        CHECK(o.cultivatedOutsideBasicFarmland.planar
            == Approx(o.cultivated.planar - o.basicFarmland.planar).margin(1e-4));
        CHECK_FALSE(o.snappedToGrid);
    }
    // shared/data/synthetic-small/README.md: 108,714.5684 m² on 41 incidents (basic farmland),
    // 164,620.2628 m² on 49 incidents (cultivated), from ref_overlap.py (GDAL/GEOS pairwise sums).
    CHECK(basicTotal == Approx(108714.5684).margin(0.01));
    CHECK(basicHit == 41);
    CHECK(cultivatedTotal == Approx(164620.2628).margin(0.01));
    CHECK(cultivatedHit == 49);
    // The layer has only cultivated classes and no overlaps: the classes add up to the total.
    CHECK(classTotal == Approx(cultivatedTotal).margin(0.01));
    CHECK(report.warnings.isEmpty());
}
