// SPDX-License-Identifier: MIT
// PROJ objects made once per process and cloned for each thread (issue 15, fourth round): a
// clone transforms bit for bit as a fresh operation search's result, on any thread, also after
// the thread that made the original has ended.
#include "gis/io/proj_shared_p.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <future>
#include <string>
#include <vector>

using namespace fg::gis;

namespace {

using Bounds = std::array<double, 4>;

/// @p op's lon/lat bounds of the box (x0, y0, x1, y1), as crsExtentMismatch asks them.
Bounds boundsOf(PJ *op, const Bounds &box)
{
    Bounds out {};
    proj_trans_bounds(projContext(), op, PJ_FWD, box[0], box[1], box[2], box[3], &out[0], &out[1], &out[2], &out[3], 21);
    return out;
}

std::string definitionOf(PJ *op)
{
    const char *text = proj_pj_info(op).definition;
    return text ? text : "";
}

/// What a thread of its own gets from a fresh search (the per-thread way before) and from the
/// shared clone, for each box, with the two operations' PROJ definitions.
struct Seen
{
    std::vector<Bounds> fresh, shared;
    std::string freshDefinition, sharedDefinition;
    bool made = false;
};

Seen onAnotherThread(const QString &source, const std::vector<Bounds> &boxes)
{
    return std::async(std::launch::async, [&] {
        Seen seen;
        const PjPtr from = createCrs(source), to = createCrs(QStringLiteral("EPSG:4326"));
        const PjPtr fresh = createTransform(from.get(), to.get());
        const PjPtr shared = sharedTransform(source, QStringLiteral("EPSG:4326"));
        seen.made = fresh && shared;
        if (!seen.made)
            return seen;
        for (const Bounds &box : boxes) {
            seen.fresh.push_back(boundsOf(fresh.get(), box));
            seen.shared.push_back(boundsOf(shared.get(), box));
        }
        seen.freshDefinition = definitionOf(fresh.get());
        seen.sharedDefinition = definitionOf(shared.get());
        return seen;
    }).get();
}

} // namespace

TEST_CASE("A shared PROJ transformation gives every thread the bounds of its own search", "[io][crs]")
{
    // CGCS2000 / 3-degree Gauss-Kruger CM 114E, and Xian 1980 / 3-degree GK CM 114E (a datum shift).
    for (const QString &source : { QStringLiteral("EPSG:4547"), QStringLiteral("EPSG:2383") }) {
        CAPTURE(source.toStdString());
        const std::vector<Bounds> boxes { { 380000, 3900000, 420000, 3950000 }, { 446000, 4007000, 447000, 4008000 },
            { 39446000, 4007000, 39447000, 4008000 } };
        const Seen first = onAnotherThread(source, boxes); // makes the shared one, then its thread ends
        const Seen second = onAnotherThread(source, boxes); // a clone of what the ended thread made
        REQUIRE(first.made);
        REQUIRE(second.made);
        CHECK(first.shared == first.fresh);
        CHECK(second.shared == second.fresh);
        CHECK(second.shared == first.fresh);
        CHECK(second.sharedDefinition == second.freshDefinition);
        CHECK_FALSE(second.freshDefinition.empty());
        // The CRS itself on this thread: its area of use as PROJ's database gives it.
        const PjPtr crs = sharedCrs(source), own = createCrs(source);
        double a[4] {}, b[4] {};
        const char *nameA = nullptr, *nameB = nullptr;
        REQUIRE(proj_get_area_of_use(projContext(), crs.get(), &a[0], &a[1], &a[2], &a[3], &nameA));
        REQUIRE(proj_get_area_of_use(projContext(), own.get(), &b[0], &b[1], &b[2], &b[3], &nameB));
        CHECK(std::equal(a, a + 4, b));
        CHECK(std::string(nameA) == std::string(nameB));
    }
}

TEST_CASE("A definition PROJ cannot use gives no shared object, every time", "[io][crs]")
{
    CHECK_FALSE(sharedCrs(QStringLiteral("EPSG:999999")));
    CHECK_FALSE(sharedCrs(QStringLiteral("EPSG:999999")));
    CHECK_FALSE(sharedTransform(QStringLiteral("EPSG:999999"), QStringLiteral("EPSG:4326")));
    CHECK_FALSE(std::async(std::launch::async, [] {
        return bool(sharedTransform(QStringLiteral("EPSG:999999"), QStringLiteral("EPSG:4326")));
    }).get());
}
