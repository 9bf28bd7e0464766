// SPDX-License-Identifier: MIT
#pragma once

#include <geos_c.h>

#include <memory>
#include <QByteArray>
#include <QString>

namespace fg::gis {

/// The calling thread's GEOS context (created on first use, destroyed at thread exit).
/// GEOS errors land in that context's last-error string, never as exceptions through C frames.
GEOSContextHandle_t geosContext();

/// Last GEOS error message on this thread, cleared when read.
QString takeGeosError();

struct GeosGeometryDeleter
{
    void operator()(GEOSGeometry *g) const;
};
struct GeosPreparedDeleter
{
    void operator()(const GEOSPreparedGeometry *g) const;
};
struct GeosCoordSeqDeleter
{
    void operator()(GEOSCoordSequence *s) const;
};

/// Owning handle for a GEOS geometry. Destroy on any thread (the deleter uses that thread's context).
using GeosGeometryPtr = std::unique_ptr<GEOSGeometry, GeosGeometryDeleter>;
using GeosPreparedPtr = std::unique_ptr<const GEOSPreparedGeometry, GeosPreparedDeleter>;
using GeosCoordSeqPtr = std::unique_ptr<GEOSCoordSequence, GeosCoordSeqDeleter>;

/// Deep copy.
GeosGeometryPtr cloneGeometry(const GEOSGeometry *g);
/// WKT for messages and tests.
QString toWkt(const GEOSGeometry *g, int decimals = 3);
/// Parses WKT; returns null on error (see takeGeosError()).
GeosGeometryPtr fromWkt(const QString &wkt);
/// A polygon as a one-part MultiPolygon, anything else cloned: how projects store polygons.
GeosGeometryPtr toMultiPolygon(const GEOSGeometry *g);
/// ISO WKB, little endian (2D for 2D geometries); empty for null or on error.
QByteArray toWkb(const GEOSGeometry *g);
/// Parses WKB; returns null on error.
GeosGeometryPtr fromWkb(const QByteArray &wkb);

} // namespace fg::gis
