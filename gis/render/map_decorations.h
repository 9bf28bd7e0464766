// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QPainter;
class QRectF;

namespace fg::gis {

class MapTransform;

/// Texts the decorations show, already translated by the caller ("%1 m", "%1 km", "N").
struct DecorationTexts
{
    QString metres = QStringLiteral("%1 m");
    QString kilometres = QStringLiteral("%1 km");
    QString north = QStringLiteral("N");
    QString fontFamily = QStringLiteral("Noto Sans CJK SC");
};

/// Ground length of a "nice" scale bar (1, 2 or 5 × 10ⁿ metres) no longer than maxPixels at
/// metresPerPixel; returns its length in metres.
double niceScaleBarMetres(double metresPerPixel, double maxPixels);

/// Metres per map unit: 1 for projected CRSs; for geographic ones, metres per degree of
/// longitude at the given latitude (degrees) on the CGCS2000/WGS 84 sphere of equal area.
double metresPerMapUnit(bool geographic, double latitude);

/// Draws an alternating black/white scale bar in the bottom-left corner of `view`.
void drawScaleBar(QPainter &painter, const MapTransform &transform, bool geographic, const QRectF &view,
                  const DecorationTexts &texts = {});

/// Draws a north arrow in the top-right corner of `view` (grid north: the map is not rotated).
void drawNorthArrow(QPainter &painter, const QRectF &view, const DecorationTexts &texts = {});

} // namespace fg::gis
