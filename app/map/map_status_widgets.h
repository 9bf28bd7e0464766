// SPDX-License-Identifier: MIT
#pragma once

#include "gis/render/geo_reference.h"

#include <QObject>
#include <QPointF>

class QLabel;
class QLineEdit;
class QProgressBar;
class QStatusBar;
class QToolButton;

namespace fg::app {

class MapCanvas;

/// The map's part of the status bar: cursor position in the working CRS and as lon/lat, an
/// editable scale 1:N, the CRS, and a progress bar with a cancel button for long work.
class MapStatusWidgets : public QObject
{
    Q_OBJECT

public:
    MapStatusWidgets(MapCanvas *canvas, QStatusBar *bar);

    /// The working CRS shown and used for lon/lat ("EPSG:4547" or WKT; empty when unknown).
    void setCrs(const QString &definition, const QString &name);
    /// Shows the progress bar (0..1) with a cancel button; a negative fraction hides it.
    void setProgress(double fraction, const QString &what);
    void showCursor(const QPointF &map);
    QLineEdit *scaleEdit() const { return m_scale; }
    QLabel *lonLatLabel() const { return m_lonLat; }

signals:
    void cancelRequested();

private:
    void updateScale();
    void applyScale();

    MapCanvas *m_canvas;
    gis::GeoReference m_geo;
    QLabel *m_xy;
    QLabel *m_lonLat;
    QLineEdit *m_scale;
    QLabel *m_crs;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};

} // namespace fg::app
