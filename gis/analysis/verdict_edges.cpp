// SPDX-License-Identifier: MIT
#include "gis/analysis/verdict_edges.h"

#include "core/borderline.h"
#include "core/input_error.h"
#include "core/split_plot_grouper.h"
#include "gis/analysis/encroachment_analysis.h"
#include "gis/analysis/overlay_engine.h"
#include "gis/analysis/overlay_memo.h"
#include "gis/analysis/robust_overlay.h"
#include "gis/analysis/tolerance_buffers.h"
#include "gis/io/vector_layer.h"
#include "gis/geometry/geometry_box.h"

#include <algorithm>
#include <future>

namespace fg::gis {

namespace {

/// The areas @p a with every figure lowered (@p delta < 0) or raised by |delta| m², never below 0:
/// the most a boundary change of that area can do to what the polygon occupies.
core::OccupiedAreas shifted(core::OccupiedAreas a, double delta)
{
    for (double *v : { &a.basicFarmlandM2, &a.cultivatedM2, &a.cultivatedOutsideBasicFarmlandM2, &a.cultivatedNetM2,
             &a.cultivatedOutsideBasicFarmlandNetM2 })
        *v = std::max(0.0, *v + delta);
    return a;
}

// The quick bound works on figures rounded to 0.01 mu: widen it by one hundredth (6.67 m²) so a
// rounding step never hides a crossing.
constexpr double kRoundingSlackM2 = 10000.0 / 15.0 / 100.0;

bool isEmpty(const GEOSGeometry *g)
{
    return !g || GEOSisEmpty_r(geosContext(), g) != 0;
}

/// A target's buffers when its tolerance range needs an overlay (outer set; inner null when it
/// vanished); nothing when the verdict was settled without one (then recorded on it) or GEOS
/// could not buffer (the verdict stays unchecked).
struct Buffered
{
    GeosGeometryPtr inner, outer;
};

/// The first look at one target: its buffers' areas against the thresholds, with @p base the
/// verdict's own figures as areas (VerdictEdges::fromVerdict). The buffers come from the job's
/// memo when it has them (@p memo null: made here).
Buffered buffered(const AreaCalculator &calculator, ToleranceBufferMemo *memo, const GEOSGeometry *g,
    core::Verdict &verdict, const core::OccupiedAreas &base, double tolerance, const core::Rules &rules, AreaMethod method)
{
    if (isEmpty(g))
        return {};
    std::shared_ptr<const ToleranceBuffers> made;
    if (memo)
        made = memo->buffers(g, tolerance, calculator, method);
    else if (std::optional<ToleranceBuffers> fresh = ToleranceBuffers::of(g, tolerance, calculator, method))
        made = std::make_shared<const ToleranceBuffers>(std::move(*fresh));
    if (!made)
        return {};
    const double grown = made->outerM2 - made->ownM2;
    const double shrunk = made->ownM2 - made->innerM2;
    // The verdict's own figures, as areas, moved by the most the buffers can add or take.
    const bool low = rules.judge(shifted(base, -shrunk - kRoundingSlackM2)).accountability();
    const bool high = rules.judge(shifted(base, grown + kRoundingSlackM2)).accountability();
    if (low == high) {
        verdict.setTolerance(core::Borderline::unchanged(verdict, tolerance));
        return {};
    }
    // Copies for the overlay: the memo's buffers stay untouched for the next pass.
    const GEOSGeometry *inner = made->inner.get();
    return { isEmpty(inner) ? nullptr : cloneGeometry(inner), cloneGeometry(made->outer.get()) };
}

} // namespace

QStringList SplitPlotGroup::crosses() const
{
    QStringList list;
    if (verdict.basicFarmland)
        list << QStringLiteral("basic_farmland");
    if (verdict.cultivated)
        list << QStringLiteral("cultivated");
    return list;
}

VerdictEdges::VerdictEdges(const OverlayEngine &engine, const core::Rules &rules, AreaMethod method)
    : m_engine(engine)
    , m_rules(rules)
    , m_method(method)
{
}

void VerdictEdges::checkTolerance(const std::vector<std::pair<const GEOSGeometry *, core::Verdict *>> &targets) const
{
    const double tolerance = m_rules.digitisingToleranceM();
    if (!(tolerance > 0))
        return;
    // The first pass (two buffers and three areas per target, no overlay) runs on both cores:
    // each target's answer is its own, so the halves (alternate targets, for balance) give what
    // one pass gives; a calculator per thread (AreaCalculator is not thread-safe).
    std::vector<Buffered> found(targets.size());
    ToleranceBufferMemo *memo = m_engine.memo() ? &m_engine.memo()->toleranceBuffers() : nullptr;
    const auto firstPass = [&](size_t first) {
        const AreaCalculator calculator(m_engine.workingEpsg());
        for (size_t t = first; t < targets.size(); t += 2)
            found[t] = buffered(calculator, memo, targets[t].first, *targets[t].second, fromVerdict(*targets[t].second),
                tolerance, m_rules, m_method);
    };
    std::future<void> odd = std::async(std::launch::async, firstPass, size_t(1));
    firstPass(0);
    odd.get();
    std::vector<GeosGeometryPtr> buffers; // inner, outer of each target overlaid
    std::vector<size_t> overlaid; // index into targets of each buffer pair
    for (size_t t = 0; t < targets.size(); ++t) {
        if (!found[t].outer)
            continue;
        buffers.push_back(std::move(found[t].inner));
        buffers.push_back(std::move(found[t].outer));
        overlaid.push_back(t);
    }
    if (overlaid.empty())
        return;
    std::vector<const GEOSGeometry *> measuredTargets;
    std::vector<size_t> slot(buffers.size(), size_t(-1));
    for (size_t b = 0; b < buffers.size(); ++b)
        if (buffers[b]) {
            slot[b] = measuredTargets.size();
            measuredTargets.push_back(buffers[b].get());
        }
    const std::vector<Occupation> measured = m_engine.measureAll(measuredTargets);
    const auto verdictOf = [&](size_t b) {
        return slot[b] == size_t(-1) ? m_rules.judge({}) : m_rules.judge(occupiedAreas(measured[slot[b]], m_method));
    };
    for (size_t k = 0; k < overlaid.size(); ++k) {
        core::Verdict *verdict = targets[overlaid[k]].second;
        verdict->setTolerance(core::Borderline::range(verdictOf(2 * k), verdictOf(2 * k + 1), tolerance));
    }
}

core::OccupiedAreas VerdictEdges::fromVerdict(const core::Verdict &verdict) const
{
    // The judged figures back in m² (0.01 mu each): what the thresholds compare. The gross and
    // net cultivated figures both move; judge() picks the reading's and the rules' own.
    const double m2PerMu = 10000.0 / 15.0;
    core::OccupiedAreas a;
    a.basicFarmlandM2 = verdict.basicFarmlandMu * m2PerMu;
    const bool notice = m_rules.reading() == core::Reading::Notice;
    double &gross = notice ? a.cultivatedM2 : a.cultivatedOutsideBasicFarmlandM2;
    double &net = notice ? a.cultivatedNetM2 : a.cultivatedOutsideBasicFarmlandNetM2;
    gross = verdict.cultivatedGrossMu * m2PerMu;
    net = verdict.cultivatedNetMu * m2PerMu;
    a.netKnown = verdict.netKnown;
    return a;
}

std::vector<SplitPlotGroup> VerdictEdges::splitPlots(const VectorLayer &incidents,
    const std::vector<const GEOSGeometry *> &polygons, const EncroachmentReport &report,
    const SplitPlotOptions &options) const
{
    if (!options.enabled)
        return {};
    const int partyField = options.partyField.isEmpty() ? -1 : incidents.fieldIndex(options.partyField);
    const int dateField = options.dateField.isEmpty() ? -1 : incidents.fieldIndex(options.dateField);
    if (!options.dateField.isEmpty() && dateField < 0)
        throw core::InputError(incidents.sourcePath, tr("no field \"%1\" for the discovery date").arg(options.dateField));
    QList<core::SplitPlotItem> items;
    for (const IncidentResult &incident : report.incidents) {
        core::SplitPlotItem item;
        item.id = incident.id;
        if (partyField >= 0)
            item.party = incidents.value(incident.row, partyField).toString().trimmed();
        if (dateField >= 0) {
            const QVariant value = incidents.value(incident.row, dateField);
            item.date = value.typeId() == QMetaType::QDate ? value.toDate()
                                                            : QDate::fromString(value.toString().left(10), Qt::ISODate);
        }
        item.belowThresholds = !incident.verdict.accountability() && !options.excluded.contains(incident.id)
            && !isEmpty(polygons.at(size_t(incident.row)));
        items.append(item);
    }
    const std::vector<std::vector<int>> components
        = core::SplitPlotGrouper::groups(items, nearPairs(polygons, items), m_rules.splitPlotPeriodDays());
    return measureGroups(components, items, polygons, report);
}

std::vector<std::pair<int, int>> VerdictEdges::nearPairs(
    const std::vector<const GEOSGeometry *> &polygons, const QList<core::SplitPlotItem> &items) const
{
    GEOSContextHandle_t ctx = geosContext();
    const double distance = m_rules.splitPlotDistanceM();
    GEOSSTRtree *tree = GEOSSTRtree_create_r(ctx, 10);
    std::vector<GeosGeometryPtr> boxes; // each candidate's envelope grown by the distance
    for (int i = 0; i < int(items.size()); ++i) {
        if (!items.at(i).belowThresholds)
            continue;
        const GEOSGeometry *g = polygons.at(size_t(i));
        GeometryBox b;
        geometryBox(g, &b);
        boxes.emplace_back(GEOSGeom_createRectangle_r(ctx, b.minX - distance, b.minY - distance, b.maxX + distance,
                                                      b.maxY + distance));
        GEOSSTRtree_insert_r(ctx, tree, g, reinterpret_cast<void *>(intptr_t(i) + 1));
    }
    std::vector<std::pair<int, int>> pairs;
    size_t box = 0;
    for (int i = 0; i < int(items.size()); ++i) {
        if (!items.at(i).belowThresholds)
            continue;
        std::vector<int> near;
        GEOSSTRtree_query_r(
            ctx, tree, boxes[box++].get(),
            [](void *item, void *data) { static_cast<std::vector<int> *>(data)->push_back(int(intptr_t(item)) - 1); },
            &near);
        for (int j : near) {
            double d = 0;
            if (j > i && core::SplitPlotGrouper::related(items.at(i), items.at(j), m_rules.splitPlotPeriodDays())
                && GEOSDistance_r(ctx, polygons.at(size_t(i)), polygons.at(size_t(j)), &d) == 1 && d <= distance)
                pairs.emplace_back(i, j);
        }
    }
    GEOSSTRtree_destroy_r(ctx, tree);
    return pairs;
}

std::vector<SplitPlotGroup> VerdictEdges::measureGroups(const std::vector<std::vector<int>> &components,
    const QList<core::SplitPlotItem> &items, const std::vector<const GEOSGeometry *> &polygons,
    const EncroachmentReport &report) const
{
    GEOSContextHandle_t ctx = geosContext();
    std::vector<GeosGeometryPtr> unions;
    for (const std::vector<int> &members : components) {
        std::vector<GeosGeometryPtr> copies;
        for (int i : members)
            copies.push_back(cloneGeometry(polygons.at(size_t(i))));
        bool snapped = false;
        unions.push_back(robust::unionOf(std::move(copies), &snapped));
    }
    std::vector<const GEOSGeometry *> targets;
    for (const GeosGeometryPtr &u : unions)
        targets.push_back(u.get());
    std::vector<Occupation> measured = m_engine.measureAll(targets);
    std::vector<SplitPlotGroup> groups;
    for (size_t c = 0; c < components.size(); ++c) {
        SplitPlotGroup group;
        group.verdict = m_rules.judge(occupiedAreas(measured[c], m_method));
        if (!group.verdict.accountability())
            continue;
        group.occupation = std::move(measured[c]);
        for (int i : components[c]) {
            const core::SplitPlotItem &item = items.at(i);
            group.incidentIds << report.incidents.at(size_t(i)).id;
            group.party = item.party;
            if (item.date.isValid()) {
                group.from = group.from.isValid() ? std::min(group.from, item.date) : item.date;
                group.to = group.to.isValid() ? std::max(group.to, item.date) : item.date;
            }
        }
        group.name = QStringLiteral("SP-") + group.incidentIds.first();
        const GeosGeometryPtr hull(GEOSConvexHull_r(ctx, unions[c].get()));
        group.outlineWkb = hull ? toWkb(hull.get()) : QByteArray();
        groups.push_back(std::move(group));
    }
    return groups;
}

} // namespace fg::gis
