// SPDX-License-Identifier: MIT
#pragma once

#include "core/rules.h"
#include "core/split_plot_grouper.h"
#include "gis/analysis/occupation.h"
#include "gis/geos_context.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QStringList>

#include <vector>

namespace fg::gis {

class OverlayEngine;
class VectorLayer;
struct EncroachmentReport;

/// Which incidents the split-plot search (化整为零) reads and how.
struct SplitPlotOptions
{
    bool enabled = true;
    /// Party field of the incident layer the grouping matches on (empty field value or no
    /// field: no party). The project analysis passes the matched party of every incident.
    QString partyField;
    QString dateField; ///< the incidents' discovery date (a date or ISO text); empty: undated
    QSet<QString> excluded; ///< ids never grouped (dismissed incidents, non-occupation matters)
};

/// 疑似化整为零: incidents of one party (or all without a party), near each other in space and
/// time (core::SplitPlotGrouper), each below the thresholds, that together reach one.
struct SplitPlotGroup
{
    QString name; ///< "SP-" + the first member's id: stable while the members stay
    QString party; ///< the members' party; empty for incidents without a party
    QStringList incidentIds; ///< in the incidents' order
    Occupation occupation; ///< the union of the members (overlaps once)
    core::Verdict verdict; ///< of `occupation`: reaches a threshold (otherwise no group)
    QDate from, to; ///< the members' earliest and latest date; invalid when none is dated
    QByteArray outlineWkb; ///< the members' convex hull (working CRS), for the map's dashed outline

    /// The thresholds the union crosses: "basic_farmland", "cultivated".
    QStringList crosses() const;
};

/// The edges of a verdict (issue 16 items 4 and 5), run at the end of one analysis on its own
/// overlay engine and polygons: the digitising-tolerance range of each verdict (临界) and the
/// split-plot groups. Any thread; the engine's measureAll uses every core.
class VerdictEdges
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::VerdictEdges)

public:
    VerdictEdges(const OverlayEngine &engine, const core::Rules &rules, AreaMethod method);

    /// For each (polygon, verdict) pair: bounds the figures of the polygon shrunk and grown by the
    /// rules' digitising tolerance (buffers with mitre joins, the same overlay and area method)
    /// and records them in the verdict (core::Verdict::setTolerance), which marks it 临界 when
    /// the verdict could flip. A pair whose own area change (area(outer) − area(polygon) and
    /// area(polygon) − area(inner)) cannot move a figure across a threshold is not overlaid:
    /// its range is its own figures (measured false). A null polygon is skipped. Tolerance 0
    /// checks nothing.
    void checkTolerance(const std::vector<std::pair<const GEOSGeometry *, core::Verdict *>> &targets) const;

    /// The split-plot groups among @p report's incidents, whose polygons are @p polygons (one
    /// per report.incidents entry, the layer's rows): near pairs (minimum distance ≤ the rules'
    /// split_plot_distance_m, found through an STRtree), grouped by core::SplitPlotGrouper,
    /// each group's union measured and judged; only groups that reach a threshold are returned,
    /// in the grouper's order.
    std::vector<SplitPlotGroup> splitPlots(const VectorLayer &incidents, const std::vector<const GEOSGeometry *> &polygons,
        const EncroachmentReport &report, const SplitPlotOptions &options) const;

private:
    /// The verdict's judged figures as occupied areas (m²), for the tolerance's quick bound.
    core::OccupiedAreas fromVerdict(const core::Verdict &verdict) const;
    /// Pairs (i < j) of related items whose polygons lie within the rules' distance.
    std::vector<std::pair<int, int>> nearPairs(
        const std::vector<const GEOSGeometry *> &polygons, const QList<core::SplitPlotItem> &items) const;
    /// Each component's union measured and judged; the ones that reach a threshold.
    std::vector<SplitPlotGroup> measureGroups(const std::vector<std::vector<int>> &components,
        const QList<core::SplitPlotItem> &items, const std::vector<const GEOSGeometry *> &polygons,
        const EncroachmentReport &report) const;

    const OverlayEngine &m_engine;
    core::Rules m_rules;
    AreaMethod m_method;
};

} // namespace fg::gis
