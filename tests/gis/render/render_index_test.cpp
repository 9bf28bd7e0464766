// SPDX-License-Identifier: MIT
// The render's index and overview: FeatureBoxes answers exactly the rows whose boxes meet a view,
// BandOutlines stays within a pixel of full detail, and a render drawn from them shows the same
// picture as one drawn from GEOS.
#include "gis/geos_context.h"
#include "gis/io/layer_reader.h"
#include "gis/io/vector_layer.h"
#include "gis/render/band_outlines.h"
#include "gis/render/feature_boxes.h"
#include "gis/render/layer_render_cache.h"
#include "gis/render/map_renderer.h"
#include "gui_application.h"
#include "image_compare.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <random>

using namespace fg::gis;

namespace {

struct Box
{
    double x0, y0, x1, y1;
};

/// Rectangles and triangles of sizes from 0.01 to 400 m in a 1000 m square, a point and an empty
/// polygon; their boxes as generated (not as GEOS reports them).
std::shared_ptr<VectorLayer> randomLayer(std::vector<Box> *boxes)
{
    auto layer = std::make_shared<VectorLayer>();
    layer->name = QStringLiteral("random");
    layer->geometryKind = GeometryKind::Polygon;
    std::mt19937 random(4547);
    std::uniform_real_distribution<double> position(0, 1000), exponent(-2, 2.6);
    for (int i = 0; i < 3000; ++i) {
        const double x = position(random), y = position(random);
        const double w = std::pow(10.0, exponent(random)), h = std::pow(10.0, exponent(random));
        const QString wkt = i % 2 ? QStringLiteral("POLYGON((%1 %2,%3 %2,%3 %4,%1 %4,%1 %2))")
                                        .arg(x, 0, 'g', 17).arg(y, 0, 'g', 17).arg(x + w, 0, 'g', 17).arg(y + h, 0, 'g', 17)
                                  : QStringLiteral("POLYGON((%1 %2,%3 %2,%1 %4,%1 %2))")
                                        .arg(x, 0, 'g', 17).arg(y, 0, 'g', 17).arg(x + w, 0, 'g', 17).arg(y + h, 0, 'g', 17);
        layer->addFeature(i, {}, fromWkt(wkt));
        boxes->push_back({x, y, x + w, y + h});
    }
    layer->addFeature(3000, {}, fromWkt(QStringLiteral("POINT(500 500)")));
    boxes->push_back({500, 500, 500, 500});
    layer->addFeature(3001, {}, fromWkt(QStringLiteral("POLYGON EMPTY")));
    boxes->push_back({NAN, NAN, NAN, NAN});
    layer->buildIndex();
    return layer;
}

std::vector<int> bruteForce(const std::vector<Box> &boxes, const QRectF &r)
{
    std::vector<int> rows;
    for (size_t i = 0; i < boxes.size(); ++i) {
        const Box &b = boxes[i];
        if (b.x0 <= r.right() && b.x1 >= r.left() && b.y0 <= r.bottom() && b.y1 >= r.top())
            rows.push_back(int(i));
    }
    return rows;
}

std::shared_ptr<VectorLayer> smallCounty(const char *name)
{
    return std::make_shared<VectorLayer>(readLayer(QStringLiteral(FG_SHARED_DATA_DIR "/synthetic-small/%1.shp")
                                                       .arg(QLatin1String(name))));
}

/// The rings of a polygon or multipolygon in GEOS order (each part's shell, then its holes).
std::vector<std::vector<QPointF>> ringsOf(const GEOSGeometry *geometry)
{
    GEOSContextHandle_t ctx = geosContext();
    std::vector<std::vector<QPointF>> out;
    const auto addRing = [&](const GEOSGeometry *ring) {
        const GEOSCoordSequence *sequence = GEOSGeom_getCoordSeq_r(ctx, ring);
        unsigned int size = 0;
        GEOSCoordSeq_getSize_r(ctx, sequence, &size);
        out.emplace_back();
        for (unsigned int i = 0; i < size; ++i) {
            double x = 0, y = 0;
            GEOSCoordSeq_getXY_r(ctx, sequence, i, &x, &y);
            out.back().push_back(QPointF(x, y));
        }
    };
    for (int part = 0; part < GEOSGetNumGeometries_r(ctx, geometry); ++part) {
        const GEOSGeometry *polygon = GEOSGetGeometryN_r(ctx, geometry, part);
        addRing(GEOSGetExteriorRing_r(ctx, polygon));
        for (int hole = 0; hole < GEOSGetNumInteriorRings_r(ctx, polygon); ++hole)
            addRing(GEOSGetInteriorRingN_r(ctx, polygon, hole));
    }
    return out;
}

GeosGeometryPtr lineOf(const std::vector<QPointF> &points)
{
    QStringList text;
    for (const QPointF &p : points)
        text << QStringLiteral("%1 %2").arg(p.x(), 0, 'f', 6).arg(p.y(), 0, 'f', 6);
    return fromWkt(QStringLiteral("LINESTRING(%1)").arg(text.join(QLatin1Char(','))));
}

double hausdorff(const std::vector<QPointF> &a, const std::vector<QPointF> &b)
{
    double distance = 0;
    const GeosGeometryPtr la = lineOf(a), lb = lineOf(b);
    REQUIRE(GEOSHausdorffDistance_r(geosContext(), la.get(), lb.get(), &distance));
    return distance;
}

} // namespace

TEST_CASE("the boxes grid returns exactly the rows whose closed boxes meet the view, ascending")
{
    std::vector<Box> boxes;
    const auto layer = randomLayer(&boxes);
    const FeatureBoxes index(*layer);
    std::mt19937 random(7);
    std::uniform_real_distribution<double> position(-100, 1100), size(0, 300);
    for (int i = 0; i < 400; ++i) {
        // every tenth view is a zero-size rectangle: a point query
        const double w = i % 10 ? size(random) : 0, h = i % 10 ? size(random) : 0;
        const QRectF view(position(random), position(random), w, h);
        const std::vector<int> rows = index.query(view);
        REQUIRE(rows == bruteForce(boxes, view));
        // the same set as the STRtree's, which the render asked before
        CHECK(rows == layer->query(view));
    }
    // Edges count: a view whose left edge is a box's right edge meets it; the empty polygon never.
    const Box &b = boxes[17];
    const std::vector<int> touching = index.query(QRectF(QPointF(b.x1, b.y0), QSizeF(5, 1)));
    CHECK(std::binary_search(touching.begin(), touching.end(), 17));
    CHECK(index.query(QRectF(-1e6, -1e6, 2e6, 2e6)).size() == boxes.size() - 1);
    QRectF point;
    REQUIRE(index.box(3000, &point));
    CHECK(point == QRectF(500, 500, 0, 0));
    CHECK_FALSE(index.box(3001, &point));
    // A part-layer index (a one-off render) knows only its rows.
    const FeatureBoxes part(*layer, {5, 9, 2000});
    CHECK(part.query(QRectF(-1e6, -1e6, 2e6, 2e6)) == std::vector<int>{5, 9, 2000});
}

TEST_CASE("band outlines stay within the simplification tolerance of full detail: under a pixel in any view of the band")
{
    const auto parcels = smallCounty("cultivated");
    const FeatureBoxes boxes(*parcels);
    GEOSContextHandle_t ctx = geosContext();
    // A county-wide view at 480×270 (the small county's parcels are then a few pixels, as a real
    // county's are at 1920×1080) and a view 50 times closer.
    for (double zoom : {1.0, 50.0}) {
        const double viewUpp = MapTransform::fitting(boxes.extent(), QSize(480, 270)).unitsPerPixel() / zoom;
        const int band = BandOutlines::bandOf(viewUpp);
        const double bandUpp = BandOutlines::bandUnitsPerPixel(band);
        REQUIRE(bandUpp <= viewUpp);
        REQUIRE(viewUpp < 2 * bandUpp);
        const BandOutlines outlines(*parcels, boxes, bandUpp, 0.7, 0.25);
        int compared = 0;
        double worst = 0;
        qint64 keptVertices = 0, fullVertices = 0, collapsedRings = 0;
        for (int row = 0; row < parcels->featureCount(); ++row) {
            QRectF box;
            REQUIRE(boxes.box(row, &box));
            // Below a quarter band pixel a row is skipped in every view of the band: no outline.
            CHECK(outlines.has(row) == (std::max(box.width(), box.height()) >= 0.25 * bandUpp));
            const auto rings = outlines.rings(row);
            if (rings.empty())
                continue;
            fullVertices += GEOSGetNumCoordinates_r(ctx, parcels->geometry(row));
            // Rings come in GEOS order and each keeps its first vertex: match them by it. A ring
            // with no match collapsed (all of it within the tolerance of its first vertex, under
            // 1.4 band pixels across) and is left out, as GeometryPathBuilder leaves it out.
            size_t next = 0;
            for (const std::vector<QPointF> &original : ringsOf(parcels->geometry(row))) {
                if (next < rings.size() && QLineF(rings[next].front(), original.front()).length() < 1e-3 * bandUpp) {
                    keptVertices += qint64(rings[next].size());
                    worst = std::max(worst, hausdorff(original, rings[next]) / bandUpp);
                    ++next;
                } else {
                    QRectF collapsed = QPolygonF(QList<QPointF>(original.begin(), original.end())).boundingRect();
                    CHECK(std::max(collapsed.width(), collapsed.height()) < 1.4 * bandUpp);
                    ++collapsedRings;
                }
            }
            CHECK(next == rings.size());
            ++compared;
        }
        INFO("zoom " << zoom << ": worst Hausdorff distance " << worst << " band pixels over " << compared << " parcels");
        CHECK(compared > 1500);
        // The county-wide band keeps fewer vertices than there are (the point of it); 50 times
        // closer, nearly all.
        INFO("zoom " << zoom << ": " << collapsedRings << " rings collapsed, " << keptVertices << " of " << fullVertices
                     << " vertices kept (measured 40,231 of 55,118 county-wide)");
        CHECK(keptVertices < (zoom == 1.0 ? fullVertices * 3 / 4 : fullVertices + 1));
        // 0.7 band pixels (the tolerance), float storage adds < 1e-4: under 0.7 view pixels.
        CHECK(worst <= 0.7001);
    }
}

TEST_CASE("a county picture drawn from the band outlines matches the one drawn from GEOS, no parcel goes missing")
{
    test::ensureGuiApplication();
    const auto parcels = smallCounty("cultivated");
    const auto basic = smallCounty("basic_farmland");
    for (double zoom : {1.0, 4.0, 32.0}) {
        RenderJob fromGeos;
        const QRectF extent = parcels->extent();
        fromGeos.transform = MapTransform(extent.center(), MapTransform::fitting(extent, QSize(480, 270)).unitsPerPixel() / zoom,
                                          QSize(480, 270));
        fromGeos.options.labels = false;
        fromGeos.layers.push_back({QStringLiteral("c"), parcels, defaultStyleFor(*parcels), nullptr});
        fromGeos.layers.push_back({QStringLiteral("b"), basic, defaultStyleFor(*basic), nullptr});
        RenderJob fromOutlines = fromGeos;
        fromOutlines.options.outlinesFromFeatures = 0; // the sample is smaller than a county
        for (LayerSnapshot &layer : fromOutlines.layers)
            layer.cache = std::make_shared<LayerRenderCache>();
        fg::test::checkSameFeaturesDrawn(fromGeos, fromOutlines);
        const QImage a = renderMap(fromGeos), b = renderMap(fromOutlines);
        // Outlines move by less than a pixel, so only antialiased edge pixels may change, and only a
        // little: measured 0.10 / 0.01 / 0 % of pixels differ by more than 64 at zoom 1 / 4 / 32,
        // 0.82 / 0.06 / 0 % by more than 24.
        INFO("zoom " << zoom << ": " << fg::test::differingShare(a, b, 24) * 100 << " % of pixels differ by more than 24");
        CHECK(fg::test::differingShare(a, b, 64) < 0.003);
        CHECK(fg::test::differingShare(a, b, 24) < 0.015);
    }
}
