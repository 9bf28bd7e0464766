// SPDX-License-Identifier: MIT
#pragma once

#include <QPointF>
#include <QRectF>
#include <QString>

namespace fg::gis {

class ReportWriter;

/// Texts of a report map's scale, already translated by the caller.
struct ReportScaleTexts
{
    QString numeric;      ///< e.g. "比例尺 1:2000", complete
    QString metres;       ///< unit label of the bar below 1 km ("米")
    QString kilometres;   ///< unit label of the bar from 1 km ("千米")
};

/// Draws a report map's scale in `box` (device units of `writer`, about 14 mm high): the numeric
/// scale centred on top and under it a four-segment black/white bar of a nice ground length
/// (1, 2, 5 × 10ⁿ m) no longer than 70 % of the box, labelled 0, half and full with its unit.
/// `denominator` is the map's 1:n. Paints on the writer's painter; GUI thread.
void drawReportScale(ReportWriter &writer, const QRectF &box, double denominator, const ReportScaleTexts &texts);

/// Draws a north arrow (grid north) whose tip is at `tip`, `sizeMm` tall, with `north` ("北")
/// centred under its base so the label never touches the tip or the map edge. With `halo` a
/// translucent white disc keeps the arrow readable over a coloured map.
/// Returns the box it covers, arrow and label, in device units.
QRectF drawReportNorthArrow(ReportWriter &writer, const QPointF &tip, double sizeMm, const QString &north,
                            bool halo = false);

} // namespace fg::gis
