// SPDX-License-Identifier: MIT
#pragma once

#include "gis/geos_context.h"
#include "gis/io/vector_layer.h"

#include <QString>
#include <QVariant>
#include <vector>

namespace fg::gis::sample {

/// A DBF-style field: width and precision as the shapefile will declare them.
struct SampleField
{
    QString name;
    FieldType type = FieldType::Text;
    int width = 0;
    int precision = 0;
};

/// A layer about to be written: polygons with attributes. Values are QString (Text),
/// qlonglong (Integer), double (Real) or QDate (Date). Move-only (owns its geometries).
struct SampleLayer
{
    QString name; ///< file base name and GeoPackage table name
    std::vector<SampleField> fields;
    std::vector<std::vector<QVariant>> rows;
    std::vector<GeosGeometryPtr> geometries;

    void add(std::vector<QVariant> values, GeosGeometryPtr geometry)
    {
        rows.push_back(std::move(values));
        geometries.push_back(std::move(geometry));
    }
    int size() const { return static_cast<int>(rows.size()); }
};

} // namespace fg::gis::sample
