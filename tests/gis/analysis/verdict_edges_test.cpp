// SPDX-License-Identifier: MIT
// Issue 16 items 4 and 5 through the analysis: the digitising tolerance's range (临界) on
// hand-made rectangles, and split-plot groups (化整为零) on hand-placed squares.
#include "gis/analysis/encroachment_analysis.h"
#include "gis/io/vector_layer.h"
#include "hand_layers.h"

#include <QDate>

#include <catch2/catch.hpp>

using namespace fg::gis;
using namespace fg::test;

namespace {

VectorLayer incidentLayer()
{
    VectorLayer layer;
    layer.sourcePath = QStringLiteral("hand/incidents.shp");
    layer.fields = { { QStringLiteral("BH"), FieldType::Text }, { QStringLiteral("DSR"), FieldType::Text },
        { QStringLiteral("FXRQ"), FieldType::Date } };
    return layer;
}

void add(VectorLayer &layer, qint64 fid, const char *id, const char *party, const char *date, GeosGeometryPtr g)
{
    layer.addFeature(fid,
        { QString::fromUtf8(id), QString::fromUtf8(party), QDate::fromString(QString::fromLatin1(date), Qt::ISODate) },
        std::move(g));
}

/// Basic farmland everywhere the tests place incidents.
VectorLayer basicFarmland()
{
    VectorLayer basic;
    basic.sourcePath = QStringLiteral("hand/basic.shp");
    basic.addFeature(1, {}, square(-100, -100, 1000, 600));
    return basic;
}

/// The request of every test: ids BH, parties DSR, dates FXRQ, the default rules.
EncroachmentRequest requestFor(const VectorLayer &incidents, const VectorLayer &basic, AreaMethod method)
{
    EncroachmentRequest request;
    request.incidents = &incidents;
    request.basicFarmland = &basic;
    request.workingEpsg = kEpsg;
    request.idField = QStringLiteral("BH");
    request.partyField = QStringLiteral("DSR");
    request.splitPlots.dateField = QStringLiteral("FXRQ");
    request.method = method;
    return request;
}

EncroachmentReport analyse(const VectorLayer &incidents, const VectorLayer &basic, AreaMethod method)
{
    return analyzeEncroachment(requestFor(incidents, basic, method));
}

} // namespace

TEST_CASE("±0.5 m around a 60 m × 56 m rectangle of basic farmland spans 5 mu: 临界 with its range")
{
    // By hand (planar): 60 × 56 = 3360 m² = 3360 × 3 / 2000 = 5.04 mu (reached). Shrunk by 0.5 m
    // with mitre joins: 59 × 55 = 3245 m² = 4.8675 → 4.87 mu (below); grown: 61 × 57 = 3477 m² =
    // 5.2155 → 5.22 mu. The far square, 100 × 100 = 10000 m² = 15.00 mu, cannot cross: its own area
    // moves by at most 101² − 100² = 201 m² (0.30 mu), so it is bounded without an overlay.
    VectorLayer incidents = incidentLayer();
    add(incidents, 0, "EDGE", "甲", "2024-05-01", square(0, 0, 60, 56));
    add(incidents, 1, "FAR", "乙", "2024-05-01", square(500, 0, 600, 100));
    const VectorLayer basic = basicFarmland();
    const EncroachmentReport planar = analyse(incidents, basic, AreaMethod::Planar);
    const fg::core::Verdict &edge = planar.incidents[0].verdict;
    CHECK(edge.basicFarmlandMu == 5.04);
    CHECK(edge.accountability());
    CHECK(edge.borderline);
    CHECK_FALSE(edge.netBorderline);
    CHECK(edge.tolerance.checked);
    CHECK(edge.tolerance.measured);
    CHECK(edge.tolerance.flips);
    CHECK(edge.tolerance.basicFarmlandCrosses);
    CHECK(edge.tolerance.toleranceM == 0.5);
    CHECK(edge.tolerance.basicFarmlandMinMu == 4.87);
    CHECK(edge.tolerance.basicFarmlandMaxMu == 5.22);
    const fg::core::Verdict &far = planar.incidents[1].verdict;
    CHECK(far.basicFarmlandMu == 15.00);
    CHECK(far.tolerance.checked);
    CHECK_FALSE(far.tolerance.measured);
    CHECK_FALSE(far.borderline);
    // The analysis' own ellipsoidal areas: 50 km west of the central meridian the Gauss-Krüger
    // scale changes areas by ~6e-5 (0.0003 mu here), far below the 0.01 mu the figures print.
    const EncroachmentReport ellipsoidal = analyse(incidents, basic, AreaMethod::Ellipsoidal);
    CHECK(ellipsoidal.incidents[0].verdict.tolerance.basicFarmlandMinMu == 4.87);
    CHECK(ellipsoidal.incidents[0].verdict.tolerance.basicFarmlandMaxMu == 5.22);
    CHECK(ellipsoidal.incidents[0].verdict.borderline);
}

TEST_CASE("a digitising tolerance of 0 checks nothing, a wider one widens the range")
{
    VectorLayer incidents = incidentLayer();
    add(incidents, 0, "EDGE", "甲", "2024-05-01", square(0, 0, 60, 56));
    const VectorLayer basic = basicFarmland();
    EncroachmentRequest request = requestFor(incidents, basic, AreaMethod::Planar);
    request.rules.setDigitisingToleranceM(0);
    CHECK_FALSE(analyzeEncroachment(request).incidents[0].verdict.tolerance.checked);
    // ±1 m: 58 × 54 = 3132 m² = 4.698 → 4.70 mu; 62 × 58 = 3596 m² = 5.394 → 5.39 mu.
    request.rules.setDigitisingToleranceM(1.0);
    const fg::core::ToleranceRange range = analyzeEncroachment(request).incidents[0].verdict.tolerance;
    CHECK(range.basicFarmlandMinMu == 4.70);
    CHECK(range.basicFarmlandMaxMu == 5.39);
}

TEST_CASE("split plots: one party's squares within 200 m, each below 5 mu, together over it")
{
    // Squares of 40 × 40 m = 1600 m² = 2.40 mu of basic farmland. 甲: A [0,40], B [70,110],
    // C [140,180] along y = [0,40]: gaps of 30 m, a chain; together 4800 m² = 7.20 mu ≥ 5.
    // 甲's E at x [600,640] is 420 m from C: not in the group. 乙's D [210,250] is 30 m from C
    // but another party. Two incidents without a party, N1 [0,40]×[300,340] and N2 [60,100]×
    // [300,340] (20 m apart), make 3200 m² = 4.80 mu: below 5, so no group. 丙's P1 and P2 overlap:
    // [0,40]×[450,500] and [20,60]×[450,500], 2000 m² = 3.00 mu each, 6.00 mu summed but their
    // union [0,60]×[450,500] is 3000 m² = 4.50 mu: no group (no double counting).
    VectorLayer incidents = incidentLayer();
    add(incidents, 0, "A", "甲", "2024-01-10", square(0, 0, 40, 40));
    add(incidents, 1, "B", "甲", "2024-03-01", square(70, 0, 110, 40));
    add(incidents, 2, "C", "甲", "2024-06-01", square(140, 0, 180, 40));
    add(incidents, 3, "D", "乙", "2024-06-01", square(210, 0, 250, 40));
    add(incidents, 4, "E", "甲", "2024-06-01", square(600, 0, 640, 40));
    add(incidents, 5, "N1", "", "", square(0, 300, 40, 340));
    add(incidents, 6, "N2", "", "2024-02-02", square(60, 300, 100, 340));
    add(incidents, 7, "P1", "丙", "2024-02-02", square(0, 450, 40, 500));
    add(incidents, 8, "P2", "丙", "2024-02-03", square(20, 450, 60, 500));
    const EncroachmentReport report = analyse(incidents, basicFarmland(), AreaMethod::Planar);
    REQUIRE(report.splitPlots.size() == 1);
    const SplitPlotGroup &group = report.splitPlots.front();
    CHECK(group.name == QStringLiteral("SP-A"));
    CHECK(group.party == QStringLiteral("甲"));
    CHECK(group.incidentIds == QStringList { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") });
    CHECK(group.occupation.basicFarmland.planar == Approx(4800.0).epsilon(1e-9));
    CHECK(group.verdict.basicFarmlandMu == 7.20);
    CHECK(group.crosses() == QStringList { QStringLiteral("basic_farmland") });
    CHECK(group.from == QDate(2024, 1, 10));
    CHECK(group.to == QDate(2024, 6, 1));
    CHECK_FALSE(group.outlineWkb.isEmpty());
    // The member figures themselves stay below: each 2.40 mu.
    for (int i = 0; i < 3; ++i)
        CHECK_FALSE(report.incidents[size_t(i)].verdict.accountability());
}

TEST_CASE("split plots respect the rules' distance and period")
{
    // The chain of the test above with 30 m gaps: a distance of 25 m breaks every link.
    VectorLayer incidents = incidentLayer();
    add(incidents, 0, "A", "甲", "2024-01-10", square(0, 0, 40, 40));
    add(incidents, 1, "B", "甲", "2024-03-01", square(70, 0, 110, 40));
    add(incidents, 2, "C", "甲", "2025-06-01", square(140, 0, 180, 40));
    const VectorLayer basic = basicFarmland();
    EncroachmentRequest request = requestFor(incidents, basic, AreaMethod::Planar);
    request.rules.setSplitPlotDistanceM(25);
    CHECK(analyzeEncroachment(request).splitPlots.empty());
    // 200 m, but C was found 457 days after B (2024-03-01 → 2025-06-01): A + B = 4.80 mu < 5.
    request.rules.setSplitPlotDistanceM(200);
    CHECK(analyzeEncroachment(request).splitPlots.empty());
    // A period of 500 days takes C in: 7.20 mu.
    request.rules.setSplitPlotPeriodDays(500);
    const EncroachmentReport report = analyzeEncroachment(request);
    REQUIRE(report.splitPlots.size() == 1);
    CHECK(report.splitPlots.front().verdict.basicFarmlandMu == 7.20);
}
