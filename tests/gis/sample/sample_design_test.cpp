// SPDX-License-Identifier: MIT
// The designed incidents measured back from the committed data by overlay — incident ∩ union of
// the parcels it touches, ellipsoidal area — independently of how the generator solved them.
#include "core/units.h"
#include "tests/gis/sample/sample_test_support.h"

#include <catch2/catch.hpp>

using namespace fg::gis;
using namespace fg::gis::test;

namespace {

struct Design
{
    const char *id;
    double basicFarmlandMu;
    double cultivatedMu;
    bool flaggedAlone; ///< under the notice: ≥ 5 亩 basic farmland or ≥ 10 亩 cultivated (BF included)
};

// data/sample/README.md, "Designed incidents".
const Design kDesigns[] = {
    { "PS2024-001", 4.99, 4.99, false },
    { "PS2024-002", 5.00, 5.00, true },
    { "PS2024-003", 5.01, 5.01, true },
    { "PS2024-004", 0.00, 9.99, false },
    { "PS2024-005", 0.00, 10.00, true },
    { "PS2024-006", 0.00, 10.01, true },
    { "PS2024-007", 3.00, 3.00, false },
    { "PS2024-008", 3.00, 3.00, false },
    { "PS2024-009", 3.00, 10.00, true },
    { "PS2024-010", 0.00, 12.00, true },
    { "PS2024-011", 4.00, 4.00, false },
    { "PS2024-037", 2.40, 2.40, false },
    { "PS2024-038", 2.10, 2.10, false },
    { "PS2024-039", 2.60, 2.60, false },
};

/// Designed areas must land within this of the target (0.0001 亩 = 0.067 m²).
constexpr double kToleranceMu = 1e-4;

bool isCultivated(const VectorLayer &landUse, int row)
{
    const QString code = landUse.value(row, landUse.fieldIndex(QStringLiteral("DLBM"))).toString();
    return code == QLatin1String("0101") || code == QLatin1String("0102") || code == QLatin1String("0103");
}

struct Sample
{
    VectorLayer incidents = readSampleLayer(sampleDir(), QStringLiteral("incidents"));
    VectorLayer landUse = readSampleLayer(sampleDir(), QStringLiteral("landuse"));
    VectorLayer farmland = readSampleLayer(sampleDir(), QStringLiteral("basic_farmland"));
    VectorLayer townships = readSampleLayer(sampleDir(), QStringLiteral("townships"));
    AreaCalculator calculator { 4547 };

    double farmlandMu(const GEOSGeometry *incident) const
    {
        return ellipsoidalMu(calculator, intersection(incident, unionOfRows(farmland, incident).get()).get());
    }
    double cultivatedMu(const GEOSGeometry *incident) const
    {
        const GeosGeometryPtr land
            = unionOfRows(landUse, incident, [&](int r) { return isCultivated(landUse, r); });
        return ellipsoidalMu(calculator, intersection(incident, land.get()).get());
    }
    const GEOSGeometry *incident(const char *id) const
    {
        const int row = rowWhere(incidents, QStringLiteral("BH"), QString::fromLatin1(id));
        REQUIRE(row >= 0);
        return incidents.geometry(row);
    }
};

} // namespace

TEST_CASE("designed incidents occupy their intended areas to well under 0.001 mu", "[sample]")
{
    const Sample s;
    for (const Design &d : kDesigns) {
        INFO(d.id);
        const GEOSGeometry *incident = s.incident(d.id);
        const double bf = s.farmlandMu(incident);
        const double cultivated = s.cultivatedMu(incident);
        CHECK(bf == Approx(d.basicFarmlandMu).margin(kToleranceMu));
        CHECK(cultivated == Approx(d.cultivatedMu).margin(kToleranceMu));
        // The printed figures (0.01 亩) are the designed ones, so the verdict cannot wobble.
        CHECK(fg::core::roundToHundredths(bf) == d.basicFarmlandMu);
        CHECK(fg::core::roundToHundredths(cultivated) == d.cultivatedMu);
        const bool flagged
            = fg::core::roundToHundredths(bf) >= 5.0 || fg::core::roundToHundredths(cultivated) >= 10.0;
        CHECK(flagged == d.flaggedAlone);
    }
}

TEST_CASE("one party's two incidents cross 5 mu of basic farmland only together", "[sample]")
{
    const Sample s;
    const int dsr = s.incidents.fieldIndex(QStringLiteral("DSR"));
    const int first = rowWhere(s.incidents, QStringLiteral("BH"), QStringLiteral("PS2024-007"));
    const QString party = s.incidents.value(first, dsr).toString();
    const GeosGeometryPtr together = unionOfRows(
        s.incidents, nullptr, [&](int r) { return s.incidents.value(r, dsr).toString() == party; });
    CHECK(GEOSIntersects_r(geosContext(), s.incident("PS2024-007"), s.incident("PS2024-008")) == 0);
    CHECK(s.farmlandMu(together.get()) == Approx(6.0).margin(2 * kToleranceMu));
    int incidentsOfParty = 0;
    for (int r = 0; r < s.incidents.featureCount(); ++r)
        incidentsOfParty += s.incidents.value(r, dsr).toString() == party;
    CHECK(incidentsOfParty == 2);
}

TEST_CASE("the split-plot group: one party's three pieces within 200 m make 7.10 mu together", "[sample]")
{
    // data/sample/README.md "化整为零": 2.40 + 2.10 + 2.60 = 7.10 mu, disjoint, each gap well
    // under the rules' default 200 m, every other incident 400 m away or more.
    const Sample s;
    const char *ids[] = { "PS2024-037", "PS2024-038", "PS2024-039" };
    const int dsr = s.incidents.fieldIndex(QStringLiteral("DSR"));
    const QString party = s.incidents.value(rowWhere(s.incidents, QStringLiteral("BH"), QStringLiteral("PS2024-037")), dsr).toString();
    GEOSContextHandle_t ctx = geosContext();
    for (int k = 0; k < 2; ++k) {
        double gap = 0;
        REQUIRE(GEOSDistance_r(ctx, s.incident(ids[k]), s.incident(ids[k + 1]), &gap) == 1);
        CHECK(gap > 0);
        CHECK(gap < 50);
    }
    const GeosGeometryPtr together = unionOfRows(
        s.incidents, nullptr, [&](int r) { return s.incidents.value(r, dsr).toString() == party; });
    CHECK(s.farmlandMu(together.get()) == Approx(7.10).margin(3 * kToleranceMu));
    for (int r = 0; r < s.incidents.featureCount(); ++r) {
        if (s.incidents.value(r, dsr).toString() == party)
            continue;
        double distance = 0;
        REQUIRE(GEOSDistance_r(ctx, together.get(), s.incidents.geometry(r), &distance) == 1);
        CHECK(distance > 300);
    }
}

TEST_CASE("the two-township incident has 6 mu of cultivated land in each township", "[sample]")
{
    const Sample s;
    const GEOSGeometry *incident = s.incident("PS2024-010");
    int townshipsTouched = 0;
    for (int t = 0; t < s.townships.featureCount(); ++t) {
        const GeosGeometryPtr part = intersection(incident, s.townships.geometry(t));
        const double mu = ellipsoidalMu(s.calculator, part.get());
        if (mu > 1e-6) {
            ++townshipsTouched;
            CHECK(s.cultivatedMu(part.get()) == Approx(6.0).margin(kToleranceMu));
        }
    }
    CHECK(townshipsTouched == 2);
}

TEST_CASE("the incident over overlapping basic farmland counts the overlap once", "[sample]")
{
    const Sample s;
    const GEOSGeometry *incident = s.incident("PS2024-011");
    double naive = 0;
    int parcels = 0;
    for (int row : s.farmland.query(incident)) {
        const GeosGeometryPtr part = intersection(incident, s.farmland.geometry(row));
        const double mu = ellipsoidalMu(s.calculator, part.get());
        naive += mu;
        parcels += mu > 1e-6;
    }
    CHECK(parcels == 2);
    // Summing parcel by parcel would flag the case (≥ 5 亩); dissolving first gives 4 亩.
    CHECK(fg::core::roundToHundredths(naive) >= 5.0);
    CHECK(s.farmlandMu(incident) == Approx(4.0).margin(kToleranceMu));
}
