// SPDX-License-Identifier: MIT
#pragma once

#include "gis/geos_context.h"

#include <QString>

#include <vector>

namespace fg::gis {

/// One boundary point (界址点) of an incident, in the working Gauss-Krüger CRS.
struct BoundaryPoint
{
    QString name;          ///< J1, J2, … numbered across all rings
    double x = 0;          ///< northing, m (surveying X)
    double y = 0;          ///< easting, m (surveying Y)
    double edgeToNext = 0; ///< plane distance to the next point of the ring, m
};

/// One ring of boundary points: the outer ring of a polygon part or one of its holes.
struct BoundaryRing
{
    int part = 0;          ///< polygon part, from 1
    bool hole = false;
    std::vector<BoundaryPoint> points; ///< closed implicitly: the last edge returns to the first point
};

/// The boundary point table of a polygonal geometry, as a 界址点坐标表 lists it: per polygon part
/// the outer ring then its holes; each ring clockwise (as seen on the map) from its north-west
/// vertex (greatest northing − easting); repeated vertices dropped; points numbered J1… across
/// rings. Edge lengths are distances in the Gauss-Krüger plane. Non-polygonal members are left
/// out. Uses the calling thread's GEOS context.
std::vector<BoundaryRing> boundaryPoints(const GEOSGeometry *geometry);

} // namespace fg::gis
