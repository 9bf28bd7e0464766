// SPDX-License-Identifier: MIT
// 田坎: cultivated land gross and net of the deduction coefficient KCXS, piece by piece.
#include "gis/analysis/encroachment_analysis.h"
#include "gis/analysis/overlay_engine.h"
#include "gis/io/vector_layer.h"
#include "hand_layers.h"

#include <catch2/catch.hpp>

using namespace fg::gis;
using namespace fg::test;
namespace core = fg::core;

namespace {

VectorLayer landUse(bool withKcxs)
{
    VectorLayer layer;
    layer.sourcePath = QStringLiteral("hand/dltb.shp");
    layer.fields = { { QStringLiteral("DLBM"), FieldType::Text }, { QStringLiteral("DLMC"), FieldType::Text } };
    if (withKcxs)
        layer.fields.push_back({ QStringLiteral("KCXS"), FieldType::Real });
    return layer;
}

void add(VectorLayer &layer, qint64 fid, const char *code, double kcxs, GeosGeometryPtr g)
{
    std::vector<QVariant> values { QString::fromLatin1(code), QString() };
    if (layer.fields.size() > 2)
        values.push_back(kcxs);
    layer.addFeature(fid, values, std::move(g));
}

Occupation measure(const VectorLayer *basic, const VectorLayer &land, double x1 = 120)
{
    const OverlayEngine engine(basic, &land, kEpsg);
    const AreaCalculator calculator(kEpsg);
    const GeosGeometryPtr incident = square(0, 0, x1, 100);
    return engine.measure(incident.get(), calculator);
}

} // namespace

TEST_CASE("net of 田坎 is each cultivated piece × (1 − KCXS), other classes and KCXS 0 deduct nothing")
{
    // Incident [0,120]×[0,100]. Dry land 0103 [0,60] with KCXS 0.12, paddy 0101 [60,100] with 0,
    // orchard 0201 [100,150] with 0.2 (not cultivated). Basic farmland [0,30]×[0,100].
    // Planar by hand: gross cultivated = 6000 + 4000 = 10000 m²; 田坎 = 6000 × 0.12 = 720 m²;
    // net = 9280 m². Outside basic farmland: gross 10000 − 3000 = 7000 m²; its dry-land part is
    // [30,60] = 3000 m², 田坎 3000 × 0.12 = 360 m², net 6640 m².
    VectorLayer land = landUse(true);
    add(land, 1, "0103", 0.12, square(0, 0, 60, 100));
    add(land, 2, "0101", 0.0, square(60, 0, 100, 100));
    add(land, 3, "0201", 0.2, square(100, 0, 150, 100));
    VectorLayer basic = landUse(false);
    add(basic, 1, "0103", 0, square(0, 0, 30, 100));
    const Occupation o = measure(&basic, land);
    CHECK(o.netKnown);
    CHECK(o.cultivated.planar == Approx(10000.0).epsilon(1e-12));
    CHECK(o.cultivatedNet.planar == Approx(9280.0).epsilon(1e-12));
    CHECK(o.cultivatedOutsideBasicFarmland.planar == Approx(7000.0).epsilon(1e-12));
    CHECK(o.cultivatedOutsideBasicFarmlandNet.planar == Approx(6640.0).epsilon(1e-12));
    // Ellipsoidal: the same deduction of the dry-land piece's own ellipsoidal area.
    const AreaCalculator calculator(kEpsg);
    const double dryLand = calculator.areas(square(0, 0, 60, 100).get()).ellipsoidal;
    CHECK(o.cultivatedNet.ellipsoidal == Approx(o.cultivated.ellipsoidal - 0.12 * dryLand).epsilon(1e-12));
}

TEST_CASE("overlapping cultivated parcels deduct 田坎 once per part of the ground, the first parcel's")
{
    // Dry land A [0,60] KCXS 0.1 (row 0) and B [40,100] KCXS 0.2 (row 1) overlap on [40,60].
    // A keeps the overlap: A deducts 6000 × 0.1 = 600, B only its own [60,100]: 4000 × 0.2 = 800.
    // Gross = union = 10000 m²; net = 10000 − 1400 = 8600 m² (double counting would deduct 1800).
    VectorLayer land = landUse(true);
    add(land, 1, "0103", 0.1, square(0, 0, 60, 100));
    add(land, 2, "0103", 0.2, square(40, 0, 100, 100));
    const Occupation o = measure(nullptr, land, 100);
    CHECK(o.cultivated.planar == Approx(10000.0).epsilon(1e-12));
    CHECK(o.cultivatedNet.planar == Approx(8600.0).epsilon(1e-9));
    CHECK(o.cultivatedOutsideBasicFarmlandNet.planar == Approx(8600.0).epsilon(1e-9));
}

TEST_CASE("a land-use layer without KCXS measures exactly as before: net unknown, equal to gross")
{
    VectorLayer land = landUse(false);
    add(land, 1, "0103", 0, square(0, 0, 60, 100));
    const Occupation o = measure(nullptr, land);
    CHECK_FALSE(o.netKnown);
    CHECK(o.cultivatedNet.ellipsoidal == o.cultivated.ellipsoidal);
    CHECK(o.cultivatedOutsideBasicFarmlandNet.planar == o.cultivatedOutsideBasicFarmland.planar);
    const core::Verdict v = core::Rules().judge(occupiedAreas(o, AreaMethod::Planar));
    CHECK_FALSE(v.netKnown);
    CHECK_FALSE(v.borderline);
}

TEST_CASE("without KCXS, TBDLMJ / TBMJ give the coefficient, a coefficient outside 0..1 is refused with a warning")
{
    VectorLayer land;
    land.sourcePath = QStringLiteral("hand/dltb.shp");
    land.fields = { { QStringLiteral("DLBM"), FieldType::Text }, { QStringLiteral("TBMJ"), FieldType::Real },
        { QStringLiteral("TBDLMJ"), FieldType::Real } };
    // TBMJ 6000, TBDLMJ 5280: k = 1 − 5280/6000 = 0.12, so 6000 m² nets 5280 m².
    land.addFeature(1, { QStringLiteral("0103"), 6000.0, 5280.0 }, square(0, 0, 60, 100));
    const Occupation o = measure(nullptr, land, 60);
    CHECK(o.netKnown);
    CHECK(o.cultivatedNet.planar == Approx(5280.0).epsilon(1e-9));

    VectorLayer percent = landUse(true);
    add(percent, 9, "0103", 12.0, square(0, 0, 60, 100)); // 12 (a percentage), not a fraction
    const OverlayEngine engine(nullptr, &percent, kEpsg);
    const AreaCalculator calculator(kEpsg);
    const GeosGeometryPtr incident = square(0, 0, 60, 100);
    const Occupation p = engine.measure(incident.get(), calculator);
    CHECK(p.cultivatedNet.planar == Approx(6000.0).epsilon(1e-12));
    REQUIRE(engine.warnings().size() == 1);
    CHECK(engine.warnings().first().contains(QStringLiteral("feature 9")));
}

TEST_CASE("a party over 10 mu gross but under it net of 田坎 is borderline (临界)")
{
    // Dry land with KCXS 0.08 under a 7000 m² (10.50 mu) incident: net 6440 m² = 9.66 mu.
    VectorLayer land = landUse(true);
    add(land, 1, "0103", 0.08, square(-10, -10, 200, 200));
    VectorLayer incidents;
    incidents.sourcePath = QStringLiteral("hand/incidents.shp");
    incidents.fields = { { QStringLiteral("BH"), FieldType::Text } };
    incidents.addFeature(1, { QStringLiteral("A") }, square(0, 0, 70, 100));
    EncroachmentRequest request;
    request.incidents = &incidents;
    request.cultivated = &land;
    request.workingEpsg = kEpsg;
    request.idField = QStringLiteral("BH");
    request.method = AreaMethod::Planar;
    const EncroachmentReport report = analyzeEncroachment(request);
    const core::Verdict &v = report.incidents.at(0).verdict;
    CHECK(v.cultivatedGrossMu == 10.50);
    CHECK(v.cultivatedNetMu == 9.66);
    CHECK(v.cultivated);
    CHECK(v.borderline);
}
