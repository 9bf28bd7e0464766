// SPDX-License-Identifier: MIT
// How alike two renders are: the picture tests compare a render against another drawn another way.
#pragma once

#include <catch2/catch.hpp>

#include "gis/render/layer_renderer.h"

#include <QImage>

#include <cstdlib>

namespace fg::test {

/// Share of pixels where some channel differs by more than `threshold` (images of one size and format).
inline double differingShare(const QImage &a, const QImage &b, int threshold)
{
    REQUIRE(a.size() == b.size());
    REQUIRE(a.format() == b.format());
    qint64 differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto *pa = reinterpret_cast<const uchar *>(a.constScanLine(y));
        const auto *pb = reinterpret_cast<const uchar *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            bool differs = false;
            for (int c = 0; c < 4; ++c)
                differs = differs || std::abs(int(pa[4 * x + c]) - int(pb[4 * x + c])) > threshold;
            differing += differs;
        }
    }
    return double(differing) / double(a.width() * a.height());
}

/// Every layer of the two jobs (same layers, drawn two ways) draws and skips the same features,
/// and draws some: no parcel goes missing or appears.
inline void checkSameFeaturesDrawn(const gis::RenderJob &a, const gis::RenderJob &b)
{
    REQUIRE(a.layers.size() == b.layers.size());
    const std::atomic_bool never{false};
    for (size_t i = 0; i < a.layers.size(); ++i) {
        const gis::LayerImage x = gis::renderLayer(a, i, never), y = gis::renderLayer(b, i, never);
        CHECK(x.featuresDrawn == y.featuresDrawn);
        CHECK(x.featuresSkipped == y.featuresSkipped);
        CHECK(x.featuresDrawn > 0);
    }
}

} // namespace fg::test
