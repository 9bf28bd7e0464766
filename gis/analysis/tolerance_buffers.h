// SPDX-License-Identifier: MIT
#pragma once

#include "gis/geometry/area_calculator.h"
#include "gis/geos_context.h"

#include <QByteArray>

#include <map>
#include <memory>
#include <mutex>
#include <optional>

namespace fg::gis {

/// A polygon shrunk and grown by the digitising tolerance (mitre buffers) with the three areas
/// the tolerance's quick bound compares: what VerdictEdges::checkTolerance's first pass makes
/// of one target before it looks at the verdict.
struct ToleranceBuffers
{
    GeosGeometryPtr inner; ///< null when GEOS could not shrink it; may be empty (it vanished)
    GeosGeometryPtr outer; ///< never null
    double ownM2 = 0; ///< area(polygon)
    double innerM2 = 0; ///< area(inner); 0 when inner is null
    double outerM2 = 0; ///< area(outer)

    /// The buffers and areas of @p polygon (not null, not empty); nothing when GEOS cannot grow it.
    static std::optional<ToleranceBuffers> of(
        const GEOSGeometry *polygon, double tolerance, const AreaCalculator &calculator, AreaMethod method);
};

/// The tolerance pass's buffers kept for one job (issue 15): after `analyze --project`, F5 or an
/// import, the re-judging checks the tolerance of the same polygons again; it takes the buffers
/// and areas from here instead of buffering again. The key holds all the result depends on: the
/// target's exact WKB, the tolerance's bits, the area method and the working CRS — so a hit is
/// bit for bit what ToleranceBuffers::of gives. Lives in the job's OverlayMemo. Thread-safe.
class ToleranceBufferMemo
{
public:
    /// The buffers of @p polygon: the kept ones, or made and kept; null when GEOS cannot grow
    /// it (not kept: tried again). Shared and read-only: whoever overlays them clones them
    /// (cloneGeometry gives the same coordinates), so most targets, settled by the areas alone,
    /// copy nothing.
    std::shared_ptr<const ToleranceBuffers> buffers(const GEOSGeometry *polygon, double tolerance,
        const AreaCalculator &calculator, AreaMethod method);
    int hits() const;
    int misses() const;

private:
    mutable std::mutex m_mutex;
    std::map<QByteArray, std::shared_ptr<const ToleranceBuffers>> m_entries; // ordered: keys are compared, never hashed
    int m_hits = 0;
    int m_misses = 0;
};

} // namespace fg::gis
