// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>

namespace fg::app {

/// Reads boundary point coordinates (界址点坐标) as typed or pasted from an RTK survey: one
/// point a line, "X Y" or "点号,X,Y" (commas, Chinese commas, tabs, semicolons or spaces), X the
/// northing and Y the easting as Chinese surveys write them. A Y with eight integer digits
/// carries its Gauss-Krüger zone (38 in 38450000.00); the zone is checked against the working CRS
/// and the prefix added or removed to match it. Blank lines and a header line without numbers are
/// skipped; a closing point equal to the first is dropped. Pure.
class BoundaryPointParser
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::BoundaryPointParser)

public:
    /// The ring as (easting, northing) in EPSG:@p workingEpsg, not closed, at least three
    /// distinct points. Throws core::InputError naming the line for anything it cannot read, a
    /// zone that is not the working CRS's, or coordinates that look swapped.
    static QList<QPointF> parse(const QString &text, int workingEpsg);

    /// The 3-degree zone of a CGCS2000 Gauss-Krüger EPSG code (4513–4533 with the zone in the
    /// easting, 4534–4554 without), 0 for any other CRS.
    static int zoneOf(int epsg);
    /// True when the CRS writes the zone number in front of the easting (EPSG 4513–4533).
    static bool zonePrefixed(int epsg);
};

} // namespace fg::app
