// SPDX-License-Identifier: MIT
#include "gis/usecases/near_parcels.h"

#include "gis/store/project_store.h"
#include "gis/store/project_tables.h"
#include "gis/store/reference_reads.h"

#include <algorithm>
#include <tuple>

namespace fg::gis {

namespace {

/// @p boxes sorted and without repeats, compared coordinate by coordinate.
std::vector<QRectF> boxSet(std::vector<QRectF> boxes)
{
    const auto key = [](const QRectF &r) { return std::make_tuple(r.x(), r.y(), r.width(), r.height()); };
    std::sort(boxes.begin(), boxes.end(), [&](const QRectF &a, const QRectF &b) { return key(a) < key(b); });
    boxes.erase(std::unique(boxes.begin(), boxes.end(), [&](const QRectF &a, const QRectF &b) { return key(a) == key(b); }),
        boxes.end());
    return boxes;
}

std::vector<qint64> fidSet(std::vector<qint64> fids)
{
    std::sort(fids.begin(), fids.end());
    fids.erase(std::unique(fids.begin(), fids.end()), fids.end());
    return fids;
}

} // namespace

NearParcels NearParcels::read(
    const ProjectStore &store, const std::vector<ReferenceLayerInfo> &present, const FeatureQuery &query)
{
    NearParcels near;
    near.query = query;
    int layers = 0;
    const auto has = [&](const char *table) {
        return std::any_of(present.begin(), present.end(),
            [&](const ReferenceLayerInfo &l) { return l.table == QLatin1String(table); });
    };
    QStringList tables;
    for (const char *table : { ProjectTables::kBasicFarmland, ProjectTables::kLandUse })
        if (has(table))
            tables << QString::fromLatin1(table);
    // Both layers at once where the store can (a GeoPackage outside an edit: the land use on a
    // reader of its own), with the same rows and the same first error as one after the other.
    std::vector<VectorLayer> read = readReferences(store, tables, query);
    size_t next = 0;
    if (has(ProjectTables::kBasicFarmland)) {
        near.basicFarmland = std::move(read.at(next++));
        near.basicFarmland.buildIndex();
        ++layers;
    }
    if (has(ProjectTables::kLandUse)) {
        near.landUse = std::move(read.at(next++));
        near.landUse.buildIndex();
        ++layers;
    }
    near.bothLayers = layers == 2;
    near.approvals = ApprovalCover::read(store, query);
    return near;
}

bool NearParcels::answers(const FeatureQuery &other) const
{
    // Exact comparison on purpose: a box that differs in the last bit may select another parcel.
    return bothLayers && boxSet(query.boxes) == boxSet(other.boxes) && fidSet(query.fids) == fidSet(other.fids);
}

} // namespace fg::gis
