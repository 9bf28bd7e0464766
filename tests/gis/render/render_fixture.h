// SPDX-License-Identifier: MIT
// A hand-made map for render tests: three land-use parcels and three incidents in a local
// metric CRS, small enough to reason about pixel by pixel.
#pragma once

#include "gis/io/vector_layer.h"
#include "gis/render/render_job.h"

#include <memory>

namespace fg::gis::test {

/// Parcels (fields BSM, DLBM, DLMC, ZLDWMC): row 0 = 0101 水田 square 0..100 × 0..100,
/// row 1 = 0601 工业用地 square 100..200 × 0..100, row 2 = 0103 旱地 200..300 × 0..100 with a
/// hole 230..270 × 30..70, row 3 = a 0.1 m sliver at (150, 120).
inline std::shared_ptr<VectorLayer> makeParcels()
{
    auto layer = std::make_shared<VectorLayer>();
    layer->name = QStringLiteral("cultivated");
    layer->geometryKind = GeometryKind::Polygon;
    layer->fields = {{QStringLiteral("BSM"), FieldType::Text},
                     {QStringLiteral("DLBM"), FieldType::Text},
                     {QStringLiteral("DLMC"), FieldType::Text},
                     {QStringLiteral("ZLDWMC"), FieldType::Text}};
    const auto add = [&](qint64 fid, const char *dlbm, const char *dlmc, const char *wkt) {
        layer->addFeature(fid, {QString::number(fid), QString::fromUtf8(dlbm), QString::fromUtf8(dlmc),
                                QStringLiteral("下邱沟村")},
                          fromWkt(QString::fromLatin1(wkt)));
    };
    add(1, "0101", "水田", "POLYGON((0 0,100 0,100 100,0 100,0 0))");
    add(2, "0601", "工业用地", "POLYGON((100 0,200 0,200 100,100 100,100 0))");
    add(3, "0103", "旱地", "POLYGON((200 0,300 0,300 100,200 100,200 0),(230 30,270 30,270 70,230 70,230 30))");
    add(4, "0102", "水浇地", "POLYGON((150 120,150.1 120,150.1 120.1,150 120.1,150 120))");
    layer->buildIndex();
    return layer;
}

/// Incidents (fields ID, XZQMC): fid 7 at 20..40 × 110..140, fid 8 at 60..80 × 110..140,
/// fid 9 at 100..120 × 110..140.
inline std::shared_ptr<VectorLayer> makeIncidents()
{
    auto layer = std::make_shared<VectorLayer>();
    layer->name = QStringLiteral("incidents");
    layer->geometryKind = GeometryKind::Polygon;
    layer->fields = {{QStringLiteral("ID"), FieldType::Integer}, {QStringLiteral("XZQMC"), FieldType::Text}};
    for (qint64 fid : {7, 8, 9}) {
        const double x = 20 + (fid - 7) * 40.0;
        layer->addFeature(fid, {fid, QStringLiteral("青龙镇")},
                          fromWkt(QStringLiteral("POLYGON((%1 110,%2 110,%2 140,%1 140,%1 110))").arg(x).arg(x + 20)));
    }
    layer->buildIndex();
    return layer;
}

/// 0.5 m per pixel: the map 0..300 × 0..150 fills a 600 × 300 image exactly.
inline RenderJob makeJob(std::shared_ptr<const VectorLayer> parcels, std::shared_ptr<const VectorLayer> incidents)
{
    RenderJob job;
    job.transform = MapTransform(QPointF(150, 75), 0.5, QSize(600, 300));
    job.options.labels = false;
    job.layers.push_back({QStringLiteral("parcels"), parcels, defaultStyleFor(*parcels), {}});
    auto verdicts = std::make_shared<QHash<qint64, VerdictClass>>();
    verdicts->insert(7, VerdictClass::Accountability);
    verdicts->insert(8, VerdictClass::BelowThreshold);
    LayerStyle incidentStyle = defaultStyleFor(*incidents);
    incidentStyle.verdicts = verdicts;
    job.layers.push_back({QStringLiteral("incidents"), incidents, incidentStyle, {}});
    return job;
}

} // namespace fg::gis::test
