// SPDX-License-Identifier: MIT
#include "gis/io/vector_layer.h"

#include <catch2/catch.hpp>

using namespace fg::gis;

TEST_CASE("the spatial index returns only rows whose envelopes meet the query")
{
    VectorLayer layer;
    layer.fields = { { QStringLiteral("BSM"), FieldType::Text } };
    for (int i = 0; i < 100; ++i) {
        const double x = i * 10.0;
        layer.addFeature(i, { QString::number(i) },
            fromWkt(QStringLiteral("POLYGON((%1 0,%2 0,%2 5,%1 5,%1 0))").arg(x).arg(x + 5)));
    }
    const std::vector<int> rows = layer.query(QRectF(QPointF(12, 1), QPointF(31, 2)));
    REQUIRE(rows == std::vector<int> { 1, 2, 3 });
    CHECK(layer.value(2, 0).toString() == QStringLiteral("2"));
    CHECK(layer.extent() == QRectF(QPointF(0, 0), QPointF(995, 5)));
}
