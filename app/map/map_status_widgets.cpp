// SPDX-License-Identifier: MIT
#include "app/map/map_status_widgets.h"

#include "app/map/map_canvas.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

#include <cmath>

namespace fg::app {

MapStatusWidgets::MapStatusWidgets(MapCanvas *canvas, QStatusBar *bar)
    : QObject(bar)
    , m_canvas(canvas)
    , m_xy(new QLabel(bar))
    , m_lonLat(new QLabel(bar))
    , m_scale(new QLineEdit(bar))
    , m_crs(new QLabel(bar))
    , m_progress(new QProgressBar(bar))
    , m_cancel(new QToolButton(bar))
{
    m_xy->setMinimumWidth(190);
    m_xy->setToolTip(tr("Cursor position in the working CRS (east, north, metres)"));
    m_lonLat->setMinimumWidth(190);
    m_lonLat->setToolTip(tr("Cursor position as CGCS2000 longitude and latitude"));
    m_scale->setFixedWidth(110);
    m_scale->setToolTip(tr("Map scale: type 1:N and press Enter"));
    m_crs->setToolTip(tr("Working coordinate reference system"));
    m_progress->setRange(0, 1000);
    m_progress->setFixedWidth(160);
    m_progress->hide();
    m_cancel->setText(tr("Cancel"));
    m_cancel->hide();
    for (QWidget *w : std::initializer_list<QWidget *>{m_progress, m_cancel, m_xy, m_lonLat, m_scale, m_crs})
        bar->addPermanentWidget(w);
    connect(m_cancel, &QToolButton::clicked, this, &MapStatusWidgets::cancelRequested);
    connect(m_scale, &QLineEdit::returnPressed, this, &MapStatusWidgets::applyScale);
    connect(m_canvas, &MapCanvas::transformChanged, this, &MapStatusWidgets::updateScale);
    connect(m_canvas, &MapCanvas::cursorMoved, this, &MapStatusWidgets::showCursor);
    setCrs({}, {});
}

void MapStatusWidgets::setCrs(const QString &definition, const QString &name)
{
    m_geo = definition.isEmpty() ? gis::GeoReference() : gis::GeoReference(definition);
    m_crs->setText(name.isEmpty() ? tr("CRS: unknown") : name);
}

void MapStatusWidgets::setProgress(double fraction, const QString &what)
{
    const bool visible = fraction >= 0;
    m_progress->setVisible(visible);
    m_cancel->setVisible(visible);
    if (visible) {
        m_progress->setValue(int(std::clamp(fraction, 0.0, 1.0) * 1000));
        m_progress->setFormat(what.isEmpty() ? QStringLiteral("%p%") : what + QStringLiteral(" %p%"));
    }
}

void MapStatusWidgets::showCursor(const QPointF &map)
{
    const QLocale c = QLocale::c();
    m_xy->setText(tr("X %1  Y %2").arg(c.toString(map.x(), 'f', 2), c.toString(map.y(), 'f', 2)));
    QPointF lonLat;
    if (m_geo.isValid() && m_geo.toLonLat(map, &lonLat))
        m_lonLat->setText(tr("E %1°  N %2°").arg(c.toString(lonLat.x(), 'f', 6), c.toString(lonLat.y(), 'f', 6)));
    else
        m_lonLat->setText(tr("lon/lat unavailable"));
}

void MapStatusWidgets::updateScale()
{
    if (m_scale->hasFocus())
        return;
    const double n = m_canvas->scaleDenominator();
    m_scale->setText(std::isfinite(n) && n > 0 ? QStringLiteral("1:%1").arg(qRound64(n)) : QString());
}

void MapStatusWidgets::applyScale()
{
    QString text = m_scale->text().trimmed().remove(QLatin1Char(',')).remove(QLatin1Char(' '));
    text.replace(QStringLiteral("："), QStringLiteral(":"));
    if (text.startsWith(QLatin1String("1:")))
        text = text.mid(2);
    bool ok = false;
    const double n = text.toDouble(&ok);
    if (ok && n >= 1)
        m_canvas->setScaleDenominator(n);
    m_scale->clearFocus();
    updateScale();
}

} // namespace fg::app
