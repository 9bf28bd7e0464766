// SPDX-License-Identifier: MIT
// GpkgLayerWriter inserts the rows prepared off its thread 32 at a time (one multi-row INSERT)
// and the others one by one (gis/store/gpkg/gpkg_layer_writer.cpp). Whatever mix of the two a
// layer's chunks bring, and however the chunks cut the batches, the table, its fids and the
// layer's hash must be those of rows written one at a time.
#include "store_fixture.h"

#include "gis/geos_context.h"
#include "gis/store/gpkg/gpkg_geometry_p.h"
#include "gis/store/gpkg/gpkg_layer_writer_p.h"
#include "gis/store/prepared_row.h"

#include <catch2/catch.hpp>

#include <functional>
#include <vector>

using namespace fg;
using namespace fg::gis;

namespace {

constexpr int kEpsg = 4547;

/// @p count one-part squares with a text and an integer value (every seventh text unset).
std::vector<StreamedFeature> squares(int count, const std::vector<FieldDefinition> &fields)
{
    std::vector<StreamedFeature> features;
    for (int i = 0; i < count; ++i) {
        const double x = 445000.25 + 13.5 * (i % 40), y = 4003500.75 + 11.25 * (i / 40);
        const GeosGeometryPtr square = fromWkt(QStringLiteral("POLYGON((%1 %2,%3 %2,%3 %4,%1 %4,%1 %2))")
                                                   .arg(x, 0, 'f', 3)
                                                   .arg(y, 0, 'f', 3)
                                                   .arg(x + 9.5, 0, 'f', 3)
                                                   .arg(y + 8.25, 0, 'f', 3));
        StreamedFeature feature;
        feature.wkb = toWkb(toMultiPolygon(square.get()).get());
        feature.minX = x, feature.maxX = x + 9.5, feature.minY = y, feature.maxY = y + 8.25;
        for (size_t k = 0; k < fields.size(); ++k)
            feature.values.push_back(fields[k].type == FieldType::Integer ? QVariant(qlonglong(i * 7 + int(k)))
                    : i % 7 == 3                                          ? QVariant()
                                                                          : QVariant(QStringLiteral("地块%1").arg(i)));
        features.push_back(std::move(feature));
    }
    return features;
}

struct Written
{
    WrittenLayer layer;
    QStringList rows; ///< fid, blob and values as SQLite quotes them
};

/// Writes @p features into a new table in chunks of @p chunk, preparing off the writer those
/// @p offWriter says, and reads the rows back.
Written write(const QString &path, const std::vector<FieldDefinition> &fields, std::vector<StreamedFeature> features,
    size_t chunk, const std::function<bool(size_t)> &offWriter)
{
    for (size_t i = 0; i < features.size(); ++i) {
        if (!offWriter(i))
            continue;
        StreamedFeature &f = features[i];
        const double envelope[4] = { f.minX, f.maxX, f.minY, f.maxY };
        prepareRow(f.values, fields, f.wkb, envelope, kEpsg, f.prepared);
    }
    GpkgFile::create(path);
    GpkgFile::addLayer(path, QStringLiteral("parcels"), kEpsg, fields, QStringLiteral("farmguard:reference"));
    SqliteConnection db(path, SqliteConnection::Mode::ReadWrite);
    registerGpkgFunctions(db.handle());
    ProjectLayer layer;
    layer.table = QStringLiteral("parcels");
    layer.fields = fields;
    layer.expectedFeatures = qint64(features.size());
    size_t next = 0;
    layer.next = [&](std::vector<StreamedFeature> &out) {
        out.assign(features.begin() + qsizetype(next), features.begin() + qsizetype(std::min(features.size(), next + chunk)));
        next += out.size();
        return !out.empty();
    };
    Written written;
    written.layer = GpkgLayerWriter::write(db, layer, kEpsg, {}, 0, 1);
    QStringList columns { QStringLiteral("fid"), QStringLiteral("quote(geom)") };
    for (const FieldDefinition &field : fields)
        columns << QStringLiteral("quote(\"%1\")").arg(field.name);
    for (auto rows = db.query(QStringLiteral("SELECT %1 FROM parcels ORDER BY fid").arg(columns.join(QStringLiteral(", "))));
         rows->next();) {
        QStringList row;
        for (int c = 0; c < columns.size(); ++c)
            row << rows->text(c);
        written.rows << row.join(QLatin1Char('|'));
    }
    return written;
}

void checkSame(const Written &a, const Written &b)
{
    CHECK(a.layer.features == b.layer.features);
    CHECK(a.layer.sha256 == b.layer.sha256);
    REQUIRE(a.rows.size() == b.rows.size());
    for (int i = 0; i < a.rows.size(); ++i) {
        INFO("row " << i);
        REQUIRE(a.rows[i] == b.rows[i]);
    }
}

} // namespace

TEST_CASE("Rows written 32 at a time, or one by one, or mixed, give the same table, fids and hash", "[store][gpkg][create]")
{
    QTemporaryDir dir;
    const std::vector<FieldDefinition> fields { { QStringLiteral("DLMC"), FieldType::Text },
        { QStringLiteral("BSM"), FieldType::Integer } };
    const std::vector<StreamedFeature> features = squares(1000, fields);
    // The reference: no row prepared off the writer, so each goes alone.
    const Written alone = write(dir.filePath(QStringLiteral("alone.gpkg")), fields, features, 256, [](size_t) { return false; });
    REQUIRE(alone.rows.size() == 1000);
    CHECK(alone.rows.front().startsWith(QStringLiteral("1|X'4750")));
    CHECK(alone.rows.back().startsWith(QStringLiteral("1000|")));
    CHECK(alone.rows[3].endsWith(QStringLiteral("|NULL|22"))); // fid 4: text unset, 3 × 7 + 1
    CHECK(alone.layer.sha256.size() == 64);
    SECTION("all prepared, chunks of 256: whole batches")
    {
        checkSame(write(dir.filePath(QStringLiteral("batched.gpkg")), fields, features, 256, [](size_t) { return true; }), alone);
    }
    SECTION("all prepared, chunks of 100: each chunk ends in a part batch")
    {
        checkSame(write(dir.filePath(QStringLiteral("parts.gpkg")), fields, features, 100, [](size_t) { return true; }), alone);
    }
    SECTION("every 45th row left to the writer, in the middle of batches")
    {
        checkSame(write(dir.filePath(QStringLiteral("mixed.gpkg")), fields, features, 256, [](size_t i) { return i % 45 != 44; }),
            alone);
    }
}

TEST_CASE("A layer with too many fields for a 32-row INSERT writes its rows one by one, the same", "[store][gpkg][create]")
{
    // 1,100 fields × 32 rows would pass SQLite's 32,766 parameters.
    QTemporaryDir dir;
    std::vector<FieldDefinition> fields;
    for (int k = 0; k < 1100; ++k)
        fields.push_back({ QStringLiteral("F%1").arg(k), k % 2 ? FieldType::Integer : FieldType::Text });
    const std::vector<StreamedFeature> features = squares(40, fields);
    const Written alone = write(dir.filePath(QStringLiteral("alone.gpkg")), fields, features, 16, [](size_t) { return false; });
    REQUIRE(alone.rows.size() == 40);
    checkSame(write(dir.filePath(QStringLiteral("wide.gpkg")), fields, features, 16, [](size_t) { return true; }), alone);
}
