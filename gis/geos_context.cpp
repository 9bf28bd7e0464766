// SPDX-License-Identifier: MIT
#include "gis/geos_context.h"

#include <cstdarg>
#include <cstdio>
#include <string>

namespace fg::gis {

namespace {

struct ContextHolder
{
    GEOSContextHandle_t handle = nullptr;
    std::string lastError;

    ContextHolder()
    {
        handle = GEOS_init_r();
        GEOSContext_setErrorMessageHandler_r(handle, &ContextHolder::onError, this);
    }
    ~ContextHolder() { GEOS_finish_r(handle); }
    ContextHolder(const ContextHolder &) = delete;
    ContextHolder &operator=(const ContextHolder &) = delete;

    static void onError(const char *message, void *userdata)
    {
        static_cast<ContextHolder *>(userdata)->lastError = message ? message : "";
    }
};

ContextHolder &holder()
{
    thread_local ContextHolder instance;
    return instance;
}

} // namespace

GEOSContextHandle_t geosContext()
{
    return holder().handle;
}

QString takeGeosError()
{
    auto &h = holder();
    QString text = QString::fromStdString(h.lastError);
    h.lastError.clear();
    return text;
}

void GeosGeometryDeleter::operator()(GEOSGeometry *g) const
{
    if (g)
        GEOSGeom_destroy_r(geosContext(), g);
}

void GeosPreparedDeleter::operator()(const GEOSPreparedGeometry *g) const
{
    if (g)
        GEOSPreparedGeom_destroy_r(geosContext(), g);
}

void GeosCoordSeqDeleter::operator()(GEOSCoordSequence *s) const
{
    if (s)
        GEOSCoordSeq_destroy_r(geosContext(), s);
}

GeosGeometryPtr cloneGeometry(const GEOSGeometry *g)
{
    return GeosGeometryPtr(g ? GEOSGeom_clone_r(geosContext(), g) : nullptr);
}

QString toWkt(const GEOSGeometry *g, int decimals)
{
    if (!g)
        return QStringLiteral("NULL");
    GEOSContextHandle_t ctx = geosContext();
    GEOSWKTWriter *writer = GEOSWKTWriter_create_r(ctx);
    GEOSWKTWriter_setRoundingPrecision_r(ctx, writer, decimals);
    GEOSWKTWriter_setTrim_r(ctx, writer, 1);
    char *text = GEOSWKTWriter_write_r(ctx, writer, g);
    QString result = QString::fromUtf8(text ? text : "");
    GEOSFree_r(ctx, text);
    GEOSWKTWriter_destroy_r(ctx, writer);
    return result;
}

GeosGeometryPtr toMultiPolygon(const GEOSGeometry *g)
{
    GEOSContextHandle_t ctx = geosContext();
    if (GEOSGeomTypeId_r(ctx, g) != GEOS_POLYGON)
        return cloneGeometry(g);
    GEOSGeometry *parts[] = { cloneGeometry(g).release() };
    return GeosGeometryPtr(GEOSGeom_createCollection_r(ctx, GEOS_MULTIPOLYGON, parts, 1));
}

QByteArray toWkb(const GEOSGeometry *g)
{
    if (!g)
        return {};
    GEOSContextHandle_t ctx = geosContext();
    GEOSWKBWriter *writer = GEOSWKBWriter_create_r(ctx);
    GEOSWKBWriter_setByteOrder_r(ctx, writer, GEOS_WKB_NDR);
    size_t size = 0;
    unsigned char *wkb = GEOSWKBWriter_write_r(ctx, writer, g, &size);
    GEOSWKBWriter_destroy_r(ctx, writer);
    QByteArray result(reinterpret_cast<const char *>(wkb), wkb ? qsizetype(size) : 0);
    GEOSFree_r(ctx, wkb);
    return result;
}

GeosGeometryPtr fromWkb(const QByteArray &wkb)
{
    GEOSContextHandle_t ctx = geosContext();
    GEOSWKBReader *reader = GEOSWKBReader_create_r(ctx);
    GEOSGeometry *g = GEOSWKBReader_read_r(
        ctx, reader, reinterpret_cast<const unsigned char *>(wkb.constData()), size_t(wkb.size()));
    GEOSWKBReader_destroy_r(ctx, reader);
    return GeosGeometryPtr(g);
}

GeosGeometryPtr fromWkt(const QString &wkt)
{
    GEOSContextHandle_t ctx = geosContext();
    GEOSWKTReader *reader = GEOSWKTReader_create_r(ctx);
    const QByteArray utf8 = wkt.toUtf8();
    GEOSGeometry *g = GEOSWKTReader_read_r(ctx, reader, utf8.constData());
    GEOSWKTReader_destroy_r(ctx, reader);
    return GeosGeometryPtr(g);
}

} // namespace fg::gis
