// SPDX-License-Identifier: MIT
#include "gis/io/vector_layer.h"
#include "gis/geometry/geometry_box.h"

#include <utility>

#include <algorithm>

namespace fg::gis {

VectorLayer::VectorLayer() = default;

VectorLayer::~VectorLayer()
{
    dropIndex();
}

VectorLayer::VectorLayer(VectorLayer &&other) noexcept
{
    *this = std::move(other);
}

VectorLayer &VectorLayer::operator=(VectorLayer &&other) noexcept
{
    if (this == &other)
        return *this;
    dropIndex();
    name = std::move(other.name);
    sourcePath = std::move(other.sourcePath);
    driver = std::move(other.driver);
    geometryKind = other.geometryKind;
    geometryTypeName = std::move(other.geometryTypeName);
    fields = std::move(other.fields);
    encoding = std::move(other.encoding);
    crs = std::move(other.crs);
    geometryCheck = std::move(other.geometryCheck);
    warnings = std::move(other.warnings);
    sourceExtent = other.sourceExtent;
    m_fids = std::move(other.m_fids);
    m_values = std::move(other.m_values);
    m_geometries = std::move(other.m_geometries);
    m_checkedValid = std::move(other.m_checkedValid);
    m_index = other.m_index;
    other.m_index = nullptr;
    return *this;
}

void VectorLayer::addFeature(qint64 fid, std::vector<QVariant> values, GeosGeometryPtr geometry, bool checkedValid)
{
    dropIndex();
    values.resize(fields.size());
    m_fids.push_back(fid);
    m_values.insert(
        m_values.end(), std::make_move_iterator(values.begin()), std::make_move_iterator(values.end()));
    m_geometries.push_back(std::move(geometry));
    m_checkedValid.push_back(checkedValid);
}

void VectorLayer::takeRows(VectorLayer &from)
{
    dropIndex();
    from.dropIndex();
    m_fids = std::exchange(from.m_fids, {});
    m_values = std::exchange(from.m_values, {});
    m_geometries = std::exchange(from.m_geometries, {});
    m_checkedValid = std::exchange(from.m_checkedValid, {});
}

const QVariant &VectorLayer::value(int row, int field) const
{
    return m_values[static_cast<size_t>(row) * fields.size() + static_cast<size_t>(field)];
}

void VectorLayer::setGeometry(int row, GeosGeometryPtr geometry)
{
    dropIndex();
    m_geometries[static_cast<size_t>(row)] = std::move(geometry);
    m_checkedValid[static_cast<size_t>(row)] = false;
}

int VectorLayer::fieldIndex(const QString &fieldName) const
{
    for (size_t i = 0; i < fields.size(); ++i)
        if (fields[i].name.compare(fieldName, Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    return -1;
}

QRectF VectorLayer::extent() const
{
    GeometryBox all;
    bool any = false;
    for (const auto &g : m_geometries) {
        GeometryBox b;
        if (!geometryBox(g.get(), &b))
            continue;
        if (!any) {
            all = b;
            any = true;
        } else {
            all.minX = std::min(all.minX, b.minX), all.minY = std::min(all.minY, b.minY);
            all.maxX = std::max(all.maxX, b.maxX), all.maxY = std::max(all.maxY, b.maxY);
        }
    }
    return any ? QRectF(QPointF(all.minX, all.minY), QPointF(all.maxX, all.maxY)) : QRectF();
}

void VectorLayer::buildIndex() const
{
    if (m_index)
        return;
    GEOSContextHandle_t ctx = geosContext();
    m_index = GEOSSTRtree_create_r(ctx, 10);
    // The tree stores row numbers as item pointers: no per-feature allocation.
    for (size_t row = 0; row < m_geometries.size(); ++row) {
        const GEOSGeometry *g = m_geometries[row].get();
        if (g && !GEOSisEmpty_r(ctx, g))
            GEOSSTRtree_insert_r(ctx, m_index, g, reinterpret_cast<void *>(row + 1));
    }
    // GEOS 3.11 builds the tree on the first query; force it now so that later
    // concurrent queries only read.
    GeosGeometryPtr probe(GEOSGeom_createPointFromXY_r(ctx, 0, 0));
    GEOSSTRtree_query_r(
        ctx, m_index, probe.get(), [](void *, void *) {}, nullptr);
}

namespace {
void collectRow(void *item, void *userdata)
{
    static_cast<std::vector<int> *>(userdata)->push_back(
        static_cast<int>(reinterpret_cast<size_t>(item) - 1));
}
} // namespace

std::vector<int> VectorLayer::query(const GEOSGeometry *geometry) const
{
    std::vector<int> rows;
    if (!geometry)
        return rows;
    buildIndex();
    GEOSSTRtree_query_r(geosContext(), m_index, geometry, &collectRow, &rows);
    std::sort(rows.begin(), rows.end());
    return rows;
}

std::vector<int> VectorLayer::query(const QRectF &rect) const
{
    GEOSContextHandle_t ctx = geosContext();
    GeosGeometryPtr box(
        GEOSGeom_createRectangle_r(ctx, rect.left(), rect.top(), rect.right(), rect.bottom()));
    return query(box.get());
}

void VectorLayer::dropIndex() const
{
    if (m_index) {
        GEOSSTRtree_destroy_r(geosContext(), m_index);
        m_index = nullptr;
    }
}

} // namespace fg::gis
