// SPDX-License-Identifier: MIT
#pragma once

#include "gis/io/vector_layer.h"

#include <QRectF>
#include <QString>
#include <QStringList>

namespace fg::gis {

/// Resolves a declared CRS definition (WKT1, Esri WKT, WKT2, "EPSG:n" or a PROJ string) to a
/// decision with an EPSG code where one exists. Esri-flavoured CGCS2000 definitions
/// ("GCS_China_Geodetic_Coordinate_System_2000", "CGCS_2000"/"D_2000", "Gauss_Kruger") that PROJ
/// cannot identify are matched by their ellipsoid and projection parameters to EPSG:4490 and the
/// CGCS2000 Gauss-Krüger zones. `source` says where the definition came from (".prj file", "--crs")
/// and starts `how`. Returns an unknown decision (empty wkt) when PROJ cannot parse the text.
/// Thread-safe (calling thread's PROJ context).
CrsDecision identifyCrs(const QString &definition, const QString &source);

/// Infers a CRS from coordinates alone, for sources that declare none: lon/lat ranges → geographic
/// (CGCS2000 within China, WGS 84 elsewhere); 8-digit eastings with a zone prefix → the CGCS2000
/// Gauss-Krüger zone (EPSG:4513–4533 for 3°, 4491–4501 for 6°); 6-digit eastings with 7-digit
/// northings → Gauss-Krüger with an unknown zone (decision unknown, needsZone set). `how` says which.
CrsDecision inferCrsFromExtent(const QRectF &extent);

/// A warning when the decided CRS cannot be right for data with this extent (a geographic CRS with
/// coordinates outside lon/lat ranges, or a projected CRS whose area of use the data misses);
/// empty when it fits or when nothing can be checked.
QString crsExtentMismatch(const CrsDecision &crs, const QRectF &extent);

/// Makes, ahead of the reads, the PROJ objects crsExtentMismatch() will ask for the layers at
/// @p paths: each distinct CRS their .prj files name (identified as identifyCrs() does) and its
/// transformation to lon/lat, made once for the process (PROJ's database search) so that every
/// thread's check takes a clone. Meant to run on another thread beside the reads, off their
/// critical path; changes no decision and no answer (the objects are those the checks would
/// make). Reads only regular .prj files; never throws. `analyze` runs it first on its hashing
/// thread, which has time to spare.
void prepareCrsChecks(const QStringList &paths) noexcept;

} // namespace fg::gis
