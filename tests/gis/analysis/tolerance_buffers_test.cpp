// SPDX-License-Identifier: MIT
// ToleranceBufferMemo (issue 15): the tolerance pass's buffers and areas are reused only for the
// same polygon under the same tolerance, area method and CRS, and then are what a fresh buffering
// gives bit for bit; the re-judging through the job's memo gives the same 临界 ranges.
#include "gis/analysis/encroachment_analysis.h"
#include "gis/analysis/overlay_memo.h"
#include "gis/analysis/tolerance_buffers.h"
#include "gis/io/vector_layer.h"
#include "hand_layers.h"

#include <catch2/catch.hpp>

using namespace fg::gis;
using namespace fg::test;

namespace {

/// An L-shaped parcel: mitre joins at a reflex corner, so the buffers are not just wider boxes.
GeosGeometryPtr ell(double dx)
{
    return polygon(QStringLiteral("(%1 %2, %3 %2, %3 %4, %5 %4, %5 %6, %1 %6, %1 %2)")
                       .arg(kX + dx, 0, 'f', 3)
                       .arg(kY, 0, 'f', 3)
                       .arg(kX + dx + 80, 0, 'f', 3)
                       .arg(kY + 30, 0, 'f', 3)
                       .arg(kX + dx + 35, 0, 'f', 3)
                       .arg(kY + 70, 0, 'f', 3));
}

void checkSame(const ToleranceBuffers &kept, const ToleranceBuffers &fresh)
{
    // Bit for bit: the same areas and the same coordinates (hence the same overlay afterwards).
    CHECK(kept.ownM2 == fresh.ownM2);
    CHECK(kept.innerM2 == fresh.innerM2);
    CHECK(kept.outerM2 == fresh.outerM2);
    CHECK(toWkb(kept.inner.get()) == toWkb(fresh.inner.get()));
    CHECK(toWkb(kept.outer.get()) == toWkb(fresh.outer.get()));
}

} // namespace

TEST_CASE("Kept tolerance buffers equal a fresh buffering bit for bit", "[tolerance][memo]")
{
    const AreaCalculator calculator(kEpsg);
    ToleranceBufferMemo memo;
    const GeosGeometryPtr first = ell(0);
    const std::optional<ToleranceBuffers> fresh = ToleranceBuffers::of(first.get(), 0.5, calculator, AreaMethod::Planar);
    REQUIRE(fresh);
    // By hand (planar): the L is 80 × 30 + 35 × 40 = 3800 m²; its perimeter 300 m, so ±0.5 m
    // with mitre joins adds or takes 150 m² and the corners' squares (5 convex, 1 reflex: 4 ×
    // 0.25 m² net): 3951 and 3651 m².
    CHECK(fresh->ownM2 == Approx(3800.0).epsilon(1e-12));
    CHECK(fresh->outerM2 == Approx(3951.0).epsilon(1e-12));
    CHECK(fresh->innerM2 == Approx(3651.0).epsilon(1e-12));

    const std::shared_ptr<const ToleranceBuffers> made = memo.buffers(first.get(), 0.5, calculator, AreaMethod::Planar);
    REQUIRE(made);
    CHECK(memo.misses() == 1);
    CHECK(memo.hits() == 0);
    checkSame(*made, *fresh);

    // Another geometry with the same coordinates (the re-judging reads the polygon again): a hit.
    const GeosGeometryPtr again = ell(0);
    const std::shared_ptr<const ToleranceBuffers> kept = memo.buffers(again.get(), 0.5, calculator, AreaMethod::Planar);
    REQUIRE(kept);
    CHECK(memo.hits() == 1);
    CHECK(memo.misses() == 1);
    checkSame(*kept, *fresh);

    // A polygon that vanishes when shrunk: kept with its empty inner and an inner area of 0.
    const GeosGeometryPtr sliver = square(200, 0, 200.8, 0.8);
    const std::optional<ToleranceBuffers> freshSliver
        = ToleranceBuffers::of(sliver.get(), 0.5, calculator, AreaMethod::Planar);
    REQUIRE(freshSliver);
    CHECK(freshSliver->innerM2 == 0.0);
    (void)memo.buffers(sliver.get(), 0.5, calculator, AreaMethod::Planar);
    const std::shared_ptr<const ToleranceBuffers> keptSliver
        = memo.buffers(sliver.get(), 0.5, calculator, AreaMethod::Planar);
    REQUIRE(keptSliver);
    CHECK(memo.hits() == 2);
    checkSame(*keptSliver, *freshSliver);
}

TEST_CASE("A polygon moved by 1 m or another tolerance or area method is buffered afresh", "[tolerance][memo]")
{
    const AreaCalculator calculator(kEpsg);
    ToleranceBufferMemo memo;
    const GeosGeometryPtr first = ell(0);
    (void)memo.buffers(first.get(), 0.5, calculator, AreaMethod::Ellipsoidal);
    REQUIRE(memo.misses() == 1);

    // Moved 1 m east: not the kept buffers. Its own ellipsoidal area is another figure.
    const GeosGeometryPtr moved = ell(1);
    const std::shared_ptr<const ToleranceBuffers> movedBuffers
        = memo.buffers(moved.get(), 0.5, calculator, AreaMethod::Ellipsoidal);
    REQUIRE(movedBuffers);
    CHECK(memo.hits() == 0);
    checkSame(*movedBuffers, *ToleranceBuffers::of(moved.get(), 0.5, calculator, AreaMethod::Ellipsoidal));
    CHECK(movedBuffers->ownM2 != memo.buffers(first.get(), 0.5, calculator, AreaMethod::Ellipsoidal)->ownM2);
    CHECK(memo.hits() == 1);

    // ±1 m: 3800 ± 300 m² ± the corners' 4 × 1 m² (planar).
    const std::shared_ptr<const ToleranceBuffers> wider = memo.buffers(first.get(), 1.0, calculator, AreaMethod::Planar);
    REQUIRE(wider);
    CHECK(wider->outerM2 == Approx(4104.0).epsilon(1e-12));
    CHECK(wider->innerM2 == Approx(3504.0).epsilon(1e-12));
    // The same tolerance under another area method: planar, not the ellipsoidal figures.
    const std::shared_ptr<const ToleranceBuffers> planar = memo.buffers(first.get(), 0.5, calculator, AreaMethod::Planar);
    REQUIRE(planar);
    CHECK(planar->ownM2 == Approx(3800.0).epsilon(1e-12));
    CHECK(memo.hits() == 1);
    CHECK(memo.misses() == 4);
}

TEST_CASE("An analysis through the job's memo takes the tolerance buffers again and gives the same 临界 range",
    "[tolerance][memo]")
{
    // The 60 m × 56 m rectangle of verdict_edges_test (5.04 mu, 4.87–5.22 at ±0.5 m) and a far
    // square settled by its areas alone: both are buffered once per job.
    VectorLayer incidents;
    incidents.sourcePath = QStringLiteral("hand/incidents.shp");
    incidents.fields = { { QStringLiteral("BH"), FieldType::Text } };
    incidents.addFeature(0, { QStringLiteral("EDGE") }, square(0, 0, 60, 56));
    incidents.addFeature(1, { QStringLiteral("FAR") }, square(500, 0, 600, 100));
    VectorLayer basic;
    basic.sourcePath = QStringLiteral("hand/basic.shp");
    basic.addFeature(1, {}, square(-100, -100, 1000, 600));
    EncroachmentRequest request;
    request.incidents = &incidents;
    request.basicFarmland = &basic;
    request.workingEpsg = kEpsg;
    request.idField = QStringLiteral("BH");
    request.method = AreaMethod::Planar;
    const EncroachmentReport fresh = analyzeEncroachment(request);

    OverlayMemo memo;
    request.overlay.memo = &memo;
    const EncroachmentReport first = analyzeEncroachment(request);
    CHECK(memo.toleranceBuffers().misses() == 2);
    CHECK(memo.toleranceBuffers().hits() == 0);
    const EncroachmentReport second = analyzeEncroachment(request);
    CHECK(memo.toleranceBuffers().misses() == 2);
    CHECK(memo.toleranceBuffers().hits() == 2);
    for (const EncroachmentReport *report : { &first, &second })
        for (size_t i = 0; i < 2; ++i) {
            const fg::core::ToleranceRange &got = report->incidents[i].verdict.tolerance;
            const fg::core::ToleranceRange &want = fresh.incidents[i].verdict.tolerance;
            CHECK(got.checked == want.checked);
            CHECK(got.measured == want.measured);
            CHECK(got.flips == want.flips);
            CHECK(got.basicFarmlandMinMu == want.basicFarmlandMinMu);
            CHECK(got.basicFarmlandMaxMu == want.basicFarmlandMaxMu);
            CHECK(got.cultivatedMinMu == want.cultivatedMinMu);
            CHECK(got.cultivatedMaxMu == want.cultivatedMaxMu);
            CHECK(report->incidents[i].verdict.borderline == fresh.incidents[i].verdict.borderline);
        }
    CHECK(second.incidents[0].verdict.tolerance.basicFarmlandMinMu == 4.87);
    CHECK(second.incidents[0].verdict.tolerance.basicFarmlandMaxMu == 5.22);
    CHECK(second.incidents[0].verdict.borderline);
}
