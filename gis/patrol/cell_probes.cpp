// SPDX-License-Identifier: MIT
#include "gis/patrol/cell_probes.h"

#include "gis/analysis/robust_overlay.h"
#include "gis/io/vector_layer.h"
#include "gis/geometry/geometry_box.h"

#include <QCoreApplication>
#include <QDateTime>

namespace fg::gis {

namespace {

QDate readDate(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDate)
        return value.toDate();
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().date();
    const QString text = value.toString().trimmed();
    for (const char *format : { "yyyy-MM-dd", "yyyyMMdd", "yyyy/MM/dd" }) {
        const QDate d = QDate::fromString(text, QLatin1String(format));
        if (d.isValid())
            return d;
    }
    return {};
}

} // namespace

QRectF envelopeOf(const GEOSGeometry *geometry)
{
    GeometryBox box;
    if (!geometryBox(geometry, &box))
        return {};
    return QRectF(QPointF(box.minX, box.minY), QPointF(box.maxX, box.maxY));
}

QPointF insidePoint(const GEOSGeometry *geometry)
{
    GEOSContextHandle_t ctx = geosContext();
    GeosGeometryPtr point(GEOSGetCentroid_r(ctx, geometry));
    if (!point || GEOSIntersects_r(ctx, geometry, point.get()) != 1)
        point.reset(GEOSPointOnSurface_r(ctx, geometry));
    double x = 0, y = 0;
    if (point && !GEOSisEmpty_r(ctx, point.get())) {
        GEOSGeomGetX_r(ctx, point.get(), &x);
        GEOSGeomGetY_r(ctx, point.get(), &y);
    }
    return { x, y };
}

std::vector<int> rowsSharingArea(const VectorLayer &layer, const GEOSGeometry *polygon)
{
    GEOSContextHandle_t ctx = geosContext();
    GeosPreparedPtr prepared(GEOSPrepare_r(ctx, polygon));
    std::vector<int> rows;
    for (int row : layer.query(polygon)) {
        const GEOSGeometry *g = layer.geometry(row);
        if (GEOSPreparedIntersects_r(ctx, prepared.get(), g) != 1
            || GEOSPreparedTouches_r(ctx, prepared.get(), g) == 1)
            continue;
        // Edges shared to the last bit can still relate as overlapping; what matters is area.
        bool snapped = false;
        if (robust::planarArea(robust::intersection(polygon, g, &snapped).get()) >= kMinSharedAreaM2)
            rows.push_back(row);
    }
    return rows;
}

int largestOverlapRow(const VectorLayer &layer, const GEOSGeometry *polygon)
{
    int best = -1;
    double bestArea = 0;
    for (int row : layer.query(polygon)) {
        bool snapped = false;
        const double a
            = robust::planarArea(robust::intersection(polygon, layer.geometry(row), &snapped).get());
        if (a > bestArea) {
            bestArea = a;
            best = row;
        }
    }
    return best;
}

QStringList addIncidentDates(const VectorLayer &incidents, const QString &dateField, GridCell &cell)
{
    QStringList warnings;
    const int field = incidents.fieldIndex(dateField);
    for (int row : rowsSharingArea(incidents, cell.geometry.get())) {
        const QDate date = readDate(incidents.value(row, field));
        if (!date.isValid())
            warnings << QCoreApplication::translate("fg::gis::GridBuilder",
                "%1: feature %2: discovery date '%3' in %4 is not a date; the incident is left out of the "
                "cell's risk")
                            .arg(incidents.sourcePath)
                            .arg(incidents.fid(row))
                            .arg(incidents.value(row, field).toString(), dateField);
        else
            cell.cell.incidentDates.push_back(date);
    }
    return warnings;
}

} // namespace fg::gis
