// SPDX-License-Identifier: MIT
// OverlayMemo (issue 15): a measurement is reused only for the same polygon against the same
// candidate parcels under the same options; anything else is measured afresh.
#include "gis/analysis/overlay_engine.h"
#include "gis/analysis/overlay_memo.h"
#include "gis/io/vector_layer.h"
#include "hand_layers.h"

#include <catch2/catch.hpp>

using namespace fg::gis;
using namespace fg::test;

namespace {

VectorLayer basicLayer(bool withSecond)
{
    VectorLayer layer;
    layer.sourcePath = QStringLiteral("hand/basic.shp");
    layer.fields = { { QStringLiteral("DLBM"), FieldType::Text }, { QStringLiteral("DLMC"), FieldType::Text } };
    layer.addFeature(1, { QStringLiteral("0101"), QStringLiteral("水田") }, polygon(box(-50, 0, 60, 100)));
    if (withSecond)
        layer.addFeature(2, { QStringLiteral("0101"), QStringLiteral("水田") }, polygon(box(40, 0, 150, 100)));
    return layer;
}

void checkSame(const Occupation &a, const Occupation &b)
{
    // Bit for bit: a reused figure is the figure a fresh measurement gives, not a close one.
    CHECK(a.area.ellipsoidal == b.area.ellipsoidal);
    CHECK(a.basicFarmland.ellipsoidal == b.basicFarmland.ellipsoidal);
    CHECK(a.basicFarmland.geodesic == b.basicFarmland.geodesic);
    CHECK(a.basicFarmland.planar == b.basicFarmland.planar);
}

} // namespace

TEST_CASE("A memo gives back only what the same polygon measured against the same parcels", "[overlay][memo]")
{
    const VectorLayer both = basicLayer(true);
    const VectorLayer firstOnly = basicLayer(false);
    const AreaCalculator calculator(kEpsg);
    const GeosGeometryPtr incident = polygon(box(0, 0, 100, 100));
    OverlayMemo memo;
    OverlayOptions withMemo;
    withMemo.memo = &memo;

    const Occupation fresh = OverlayEngine(&both, nullptr, kEpsg).measure(incident.get(), calculator);
    // Parcels [-50,60] and [40,150] cover the 100 m square once: 10,000 m² planar.
    REQUIRE(fresh.basicFarmland.planar == Approx(10000.0).epsilon(1e-12));
    const Occupation first = OverlayEngine(&both, nullptr, kEpsg, withMemo).measure(incident.get(), calculator);
    CHECK(memo.misses() == 1);
    CHECK(memo.hits() == 0);
    checkSame(first, fresh);

    // Another engine over the same parcels: taken from the memo, equal to a fresh measurement.
    const Occupation again = OverlayEngine(&both, nullptr, kEpsg, withMemo).measure(incident.get(), calculator);
    CHECK(memo.hits() == 1);
    checkSame(again, fresh);

    // A parcel fewer near the polygon (another read): measured, not the stale 10,000 m². Parcel 1
    // alone covers [0,60]×[0,100] of the square: 6,000 m².
    const Occupation fewer = OverlayEngine(&firstOnly, nullptr, kEpsg, withMemo).measure(incident.get(), calculator);
    CHECK(memo.hits() == 1);
    CHECK(fewer.basicFarmland.planar == Approx(6000.0).epsilon(1e-12));

    // The polygon moved by 1 m: measured. [1,101]×[0,100] is covered by both parcels: 10,000 m²,
    // but its own area on the ellipsoid is another figure.
    const GeosGeometryPtr moved = polygon(box(1, 0, 101, 100));
    const Occupation shifted = OverlayEngine(&both, nullptr, kEpsg, withMemo).measure(moved.get(), calculator);
    CHECK(memo.hits() == 1);
    checkSame(shifted, OverlayEngine(&both, nullptr, kEpsg).measure(moved.get(), calculator));
    CHECK(shifted.area.ellipsoidal != fresh.area.ellipsoidal);

    // Other cultivated classes (other rules): the same polygon and parcels are measured again.
    OverlayOptions otherRules = withMemo;
    otherRules.cultivatedClasses = QStringList { QStringLiteral("0101") };
    (void)OverlayEngine(&both, nullptr, kEpsg, otherRules).measure(incident.get(), calculator);
    CHECK(memo.hits() == 1);
    CHECK(memo.misses() == 4);
}
