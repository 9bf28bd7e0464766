// SPDX-License-Identifier: MIT
#include "gis/render/map_transform.h"

#include <algorithm>
#include <cmath>

namespace fg::gis {

namespace {
constexpr double kMetresPerInch = 0.0254;
}

MapTransform::MapTransform(QPointF centre, double unitsPerPixel, QSize size)
    : m_centre(centre)
    , m_unitsPerPixel(unitsPerPixel)
    , m_size(size)
{
}

MapTransform MapTransform::fitting(const QRectF &extent, QSize size, double margin)
{
    if (size.isEmpty())
        return {};
    const QRectF e = extent.normalized();
    const double w = std::max(e.width(), 1e-9);
    const double h = std::max(e.height(), 1e-9);
    const double usable = std::max(1.0 - 2 * margin, 0.1);
    const double upp = std::max(w / (size.width() * usable), h / (size.height() * usable));
    return MapTransform(e.center(), upp, size);
}

QPointF MapTransform::toPixel(QPointF map) const
{
    return {(map.x() - m_centre.x()) / m_unitsPerPixel + m_size.width() / 2.0,
            m_size.height() / 2.0 - (map.y() - m_centre.y()) / m_unitsPerPixel};
}

QPointF MapTransform::toMap(QPointF pixel) const
{
    return {m_centre.x() + (pixel.x() - m_size.width() / 2.0) * m_unitsPerPixel,
            m_centre.y() - (pixel.y() - m_size.height() / 2.0) * m_unitsPerPixel};
}

QRectF MapTransform::visibleExtent() const
{
    const double halfW = m_size.width() / 2.0 * m_unitsPerPixel;
    const double halfH = m_size.height() / 2.0 * m_unitsPerPixel;
    return QRectF(QPointF(m_centre.x() - halfW, m_centre.y() - halfH),
                  QPointF(m_centre.x() + halfW, m_centre.y() + halfH));
}

MapTransform MapTransform::zoomedAround(QPointF pixel, double factor) const
{
    if (factor <= 0)
        return *this;
    // The map point under the cursor must stay under the cursor:
    // anchor = c + (p - s/2) * upp  =>  c' = anchor - (p - s/2) * upp'.
    const QPointF anchor = toMap(pixel);
    const double upp = m_unitsPerPixel / factor;
    const QPointF offset(pixel.x() - m_size.width() / 2.0, m_size.height() / 2.0 - pixel.y());
    return MapTransform(anchor - offset * upp, upp, m_size);
}

MapTransform MapTransform::panned(QPointF pixelDelta) const
{
    const QPointF mapDelta(-pixelDelta.x() * m_unitsPerPixel, pixelDelta.y() * m_unitsPerPixel);
    return MapTransform(m_centre + mapDelta, m_unitsPerPixel, m_size);
}

MapTransform MapTransform::resized(QSize size) const
{
    return MapTransform(m_centre, m_unitsPerPixel, size);
}

MapTransform MapTransform::withScale(double denominator, double dpi, double metresPerUnit) const
{
    if (denominator <= 0 || dpi <= 0 || metresPerUnit <= 0)
        return *this;
    const double metresPerPixel = denominator * kMetresPerInch / dpi;
    return MapTransform(m_centre, metresPerPixel / metresPerUnit, m_size);
}

double MapTransform::scaleDenominator(double dpi, double metresPerUnit) const
{
    return m_unitsPerPixel * metresPerUnit * dpi / kMetresPerInch;
}

QTransform MapTransform::pixelTransformFrom(const MapTransform &rendered) const
{
    if (!rendered.isValid() || !isValid())
        return {};
    // pixel_this = toPixel(rendered.toMap(p)): a scale and a translation.
    const double s = rendered.m_unitsPerPixel / m_unitsPerPixel;
    const QPointF origin = toPixel(rendered.toMap(QPointF(0, 0)));
    return QTransform(s, 0, 0, s, origin.x(), origin.y());
}

bool MapTransform::operator==(const MapTransform &other) const
{
    return m_centre == other.m_centre && m_unitsPerPixel == other.m_unitsPerPixel && m_size == other.m_size;
}

} // namespace fg::gis
