// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace fg::gis {

class ReportWriter;

/// One series of a bar chart: a name for the legend, a colour and one value per category.
struct BarSeries
{
    QString name;
    QColor colour;
    QList<double> values;
};

/// A grouped vertical bar chart drawn with QPainter as vector graphics on a report page: axis
/// with rounded ticks, one group of bars per category, the value printed above every bar (to
/// `decimals` places, so the chart can be read without a ruler), category labels under the
/// groups and a legend. Negative values are drawn as zero. Thread affinity: the writer's thread.
struct BarChart
{
    QString title;
    QString unit;              ///< of the values, shown on the axis (e.g. "亩")
    QStringList categories;
    QList<BarSeries> series;
    int decimals = 0;

    /// Draws the chart into `box` (device units of `writer`).
    void draw(ReportWriter &writer, const QRectF &box) const;
    /// A tick step of 1, 2 or 5 × 10^n giving at most five steps up to `maximum`.
    static double tickStep(double maximum);
};

} // namespace fg::gis
