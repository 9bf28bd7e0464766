// SPDX-License-Identifier: MIT
#include "gis/analysis/tolerance_buffers.h"

#include <cstring>

namespace fg::gis {

namespace {

/// The polygon moved outward (+) or inward (−) by @p distance metres, mitre joins so that a
/// rectangle stays a rectangle (w ± 2d) × (h ± 2d). Null when GEOS fails; empty when it vanishes.
GeosGeometryPtr moved(const GEOSGeometry *g, double distance)
{
    GEOSContextHandle_t ctx = geosContext();
    GEOSBufferParams *params = GEOSBufferParams_create_r(ctx);
    GEOSBufferParams_setJoinStyle_r(ctx, params, GEOSBUF_JOIN_MITRE);
    GEOSBufferParams_setMitreLimit_r(ctx, params, 5.0);
    GeosGeometryPtr result(GEOSBufferWithParams_r(ctx, g, params, distance));
    GEOSBufferParams_destroy_r(ctx, params);
    return result;
}

template <typename T> void appendBits(QByteArray &key, T value)
{
    char bits[sizeof value];
    std::memcpy(bits, &value, sizeof value);
    key.append(bits, sizeof value);
}

/// Everything ToleranceBuffers::of depends on; the buffer parameters are fixed in moved().
QByteArray keyOf(const GEOSGeometry *polygon, double tolerance, int workingEpsg, AreaMethod method)
{
    QByteArray key;
    appendBits(key, tolerance);
    appendBits(key, workingEpsg);
    appendBits(key, static_cast<int>(method));
    key += toWkb(polygon);
    return key;
}

} // namespace

std::optional<ToleranceBuffers> ToleranceBuffers::of(
    const GEOSGeometry *polygon, double tolerance, const AreaCalculator &calculator, AreaMethod method)
{
    ToleranceBuffers made;
    made.inner = moved(polygon, -tolerance);
    made.outer = moved(polygon, tolerance);
    if (!made.outer)
        return std::nullopt;
    made.ownM2 = calculator.area(polygon, method);
    made.outerM2 = calculator.area(made.outer.get(), method);
    made.innerM2 = made.inner ? calculator.area(made.inner.get(), method) : 0.0;
    return made;
}

std::shared_ptr<const ToleranceBuffers> ToleranceBufferMemo::buffers(
    const GEOSGeometry *polygon, double tolerance, const AreaCalculator &calculator, AreaMethod method)
{
    const QByteArray key = keyOf(polygon, tolerance, calculator.workingEpsg(), method);
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        const auto it = m_entries.find(key);
        if (it != m_entries.end()) {
            ++m_hits;
            return it->second;
        }
        ++m_misses;
    }
    // Made outside the lock: the first pass runs on two threads.
    std::optional<ToleranceBuffers> made = ToleranceBuffers::of(polygon, tolerance, calculator, method);
    if (!made)
        return nullptr;
    auto kept = std::make_shared<const ToleranceBuffers>(std::move(*made));
    std::lock_guard<std::mutex> lock(m_mutex);
    m_entries.emplace(key, kept);
    return kept;
}

int ToleranceBufferMemo::hits() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_hits;
}

int ToleranceBufferMemo::misses() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_misses;
}

} // namespace fg::gis
