// SPDX-License-Identifier: MIT
#include "gis/store/gpkg/gpkg_geometry_p.h"
#include "gis/geometry/geometry_box.h"

#include <sqlite3.h>

#include <QtEndian>

#include <array>
#include <cstring>
#include <optional>
#include <stdexcept>

namespace fg::gis {

namespace {

constexpr unsigned char kLittleEndian = 0x01;
constexpr unsigned char kEnvelopeXY = 0x02; // envelope indicator 1, in bits 1–3
constexpr unsigned char kEmpty = 0x10;

void appendDouble(QByteArray &out, double value)
{
    char bytes[8];
    qToLittleEndian(value, bytes);
    out.append(bytes, 8);
}

/// Header length and flags of a blob, or nullopt when it is not a GeoPackage blob.
std::optional<std::pair<int, unsigned char>> header(const unsigned char *data, int size)
{
    if (size < 8 || data[0] != 'G' || data[1] != 'P')
        return std::nullopt;
    const unsigned char flags = data[3];
    static constexpr std::array<int, 5> kEnvelopeBytes { 0, 32, 48, 48, 64 };
    const int indicator = (flags >> 1) & 0x07;
    if (indicator >= int(kEnvelopeBytes.size()) || size < 8 + kEnvelopeBytes[size_t(indicator)])
        return std::nullopt;
    return std::make_pair(8 + kEnvelopeBytes[size_t(indicator)], flags);
}

/// SQL function body: which = 0 minx, 1 maxx, 2 miny, 3 maxy (the blob's envelope order).
void envelopeFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    const int which = int(reinterpret_cast<std::intptr_t>(sqlite3_user_data(context)));
    const auto *data = static_cast<const unsigned char *>(sqlite3_value_blob(argv[0]));
    const int size = sqlite3_value_bytes(argv[0]);
    const auto head = header(data, size);
    if (!head || (head->second & kEmpty)) {
        sqlite3_result_null(context);
        return;
    }
    if (((head->second >> 1) & 0x07) != 0) {
        double value = 0;
        std::memcpy(&value, data + 8 + 8 * which, 8);
        sqlite3_result_double(context, (head->second & kLittleEndian) ? qFromLittleEndian(value)
                                                                      : qFromBigEndian(value));
        return;
    }
    // No envelope in the header (another writer): measure the geometry itself.
    GeosGeometryPtr geometry = geosFromGpkgBlob(QByteArray(reinterpret_cast<const char *>(data), size));
    GeometryBox box;
    if (!geometryBox(geometry.get(), &box)) {
        sqlite3_result_null(context);
        return;
    }
    const double envelope[4] = { box.minX, box.maxX, box.minY, box.maxY };
    sqlite3_result_double(context, envelope[which]);
}

void isEmptyFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *data = static_cast<const unsigned char *>(sqlite3_value_blob(argv[0]));
    const auto head = header(data, sqlite3_value_bytes(argv[0]));
    if (!head)
        sqlite3_result_null(context);
    else
        sqlite3_result_int(context, (head->second & kEmpty) ? 1 : 0);
}

/// Header (flags, SRS, envelope) followed by @p wkb.
QByteArray blobOf(const GEOSGeometry *geometry, const QByteArray &wkb, int srsId)
{
    GeometryBox box;
    if (!geometryBox(geometry, &box))
        return gpkgBlobWithEnvelope(wkb, nullptr, srsId);
    const double envelope[4] = { box.minX, box.maxX, box.minY, box.maxY }; // the GeoPackage's order
    return gpkgBlobWithEnvelope(wkb, envelope, srsId);
}

} // namespace

QByteArray gpkgBlobWithEnvelope(const QByteArray &wkb, const double *envelope, int srsId)
{
    QByteArray out;
    out.reserve(8 + (envelope ? 32 : 0) + wkb.size());
    out.append("GP", 2);
    out.append(char(0)); // version 1 of the blob format
    out.append(char(kLittleEndian | (envelope ? kEnvelopeXY : kEmpty)));
    char srs[4];
    qToLittleEndian(qint32(srsId), srs);
    out.append(srs, 4);
    for (int i = 0; envelope && i < 4; ++i)
        appendDouble(out, envelope[i]);
    out.append(wkb);
    return out;
}

QByteArray gpkgBlobFromGeos(const GEOSGeometry *geometry, int srsId)
{
    GeosGeometryPtr multi = toMultiPolygon(geometry);
    const QByteArray wkb = toWkb(multi.get());
    if (wkb.isEmpty())
        throw std::runtime_error("GEOS cannot write the geometry as WKB");
    return blobOf(multi.get(), wkb, srsId);
}

QByteArray gpkgBlobFromWkb(const QByteArray &wkb, int srsId)
{
    const GeosGeometryPtr geometry = fromWkb(wkb);
    if (!geometry)
        throw std::runtime_error("GEOS cannot read the WKB of a geometry");
    return blobOf(geometry.get(), wkb, srsId);
}

QByteArray wkbFromGpkgBlob(const QByteArray &blob)
{
    const auto head = header(reinterpret_cast<const unsigned char *>(blob.constData()), int(blob.size()));
    return head ? blob.mid(head->first) : QByteArray();
}

GeosGeometryPtr geosFromGpkgBlob(const QByteArray &blob)
{
    const auto *data = reinterpret_cast<const unsigned char *>(blob.constData());
    const auto head = header(data, int(blob.size()));
    return head ? fromWkb(blob.mid(head->first)) : GeosGeometryPtr();
}

void registerGpkgFunctions(sqlite3 *db)
{
    static const char *const kNames[] = { "ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY" };
    for (std::intptr_t which = 0; which < 4; ++which)
        sqlite3_create_function_v2(db, kNames[which], 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
            reinterpret_cast<void *>(which), envelopeFunction, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(db, "ST_IsEmpty", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
        isEmptyFunction, nullptr, nullptr, nullptr);
}

} // namespace fg::gis
