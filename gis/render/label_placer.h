// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace fg::gis {

/// A label a layer would like to show, anchored at a pixel of the view.
struct LabelCandidate
{
    QString text;
    QPointF anchor;      ///< logical pixels
    QFont font;
    QColor colour;
    int priority = 0;    ///< higher first
    double weight = 0;   ///< tie-break inside a priority (e.g. feature size on screen): larger first
    bool mayCoverObstacles = false; ///< an incident's own number may sit on incidents; nothing else may
};

/// A label that won its place.
struct PlacedLabel
{
    QString text;
    QRectF box;          ///< text box in logical pixels, halo included
    QPointF baseline;    ///< where drawText() starts
    QFont font;
    QColor colour;
};

/// Places labels so that no two overlap: candidates in priority order, each tried centred on its
/// anchor, then above, below, right and left of it; a candidate whose every position collides
/// with a placed label, leaves the view or (unless mayCoverObstacles) touches one of the
/// obstacles (the incidents drawn, logical pixels) is dropped. Thread-safe (pure function of its input).
std::vector<PlacedLabel> placeLabels(std::vector<LabelCandidate> candidates, const QSizeF &viewSize,
                                     const std::vector<QRectF> &obstacles = {});

/// Draws placed labels with a white halo.
void drawLabels(QPainter &painter, const std::vector<PlacedLabel> &labels);

} // namespace fg::gis
