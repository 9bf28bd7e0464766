// SPDX-License-Identifier: MIT
#include "gis/render/label_placer.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace fg::gis {

namespace {

constexpr double kHalo = 2.0;
constexpr double kCell = 64.0;

/// A uniform grid over the view: each box is listed in the cells it touches.
class CollisionGrid
{
public:
    bool collides(const QRectF &box) const
    {
        for (qint64 key : keysOf(box)) {
            auto it = m_cells.constFind(key);
            if (it == m_cells.constEnd())
                continue;
            for (int index : *it)
                if (m_boxes[size_t(index)].intersects(box))
                    return true;
        }
        return false;
    }
    void insert(const QRectF &box)
    {
        for (qint64 key : keysOf(box))
            m_cells[key].push_back(int(m_boxes.size()));
        m_boxes.push_back(box);
    }

private:
    static std::vector<qint64> keysOf(const QRectF &box)
    {
        std::vector<qint64> keys;
        const int x0 = int(std::floor(box.left() / kCell)), x1 = int(std::floor(box.right() / kCell));
        const int y0 = int(std::floor(box.top() / kCell)), y1 = int(std::floor(box.bottom() / kCell));
        for (int x = x0; x <= x1; ++x)
            for (int y = y0; y <= y1; ++y)
                keys.push_back((qint64(x) << 32) ^ qint64(quint32(y)));
        return keys;
    }
    QHash<qint64, std::vector<int>> m_cells;
    std::vector<QRectF> m_boxes;
};

} // namespace

std::vector<PlacedLabel> placeLabels(std::vector<LabelCandidate> candidates, const QSizeF &viewSize,
                                     const std::vector<QRectF> &obstacles)
{
    std::stable_sort(candidates.begin(), candidates.end(), [](const LabelCandidate &a, const LabelCandidate &b) {
        return a.priority != b.priority ? a.priority > b.priority : a.weight > b.weight;
    });
    const QRectF view(QPointF(0, 0), viewSize);
    std::vector<PlacedLabel> placed;
    CollisionGrid grid;
    CollisionGrid blocked;
    const QRectF viewBox(QPointF(0, 0), viewSize);
    for (const QRectF &obstacle : obstacles)
        if (obstacle.intersects(viewBox))
            blocked.insert(obstacle.intersected(viewBox));
    for (const LabelCandidate &c : candidates) {
        if (c.text.isEmpty())
            continue;
        const QFontMetricsF metrics(c.font);
        const double w = metrics.horizontalAdvance(c.text) + 2 * kHalo;
        const double h = metrics.height() + 2 * kHalo;
        const QPointF offsets[] = {{0, 0}, {0, -h}, {0, h}, {w / 2 + 4, 0}, {-w / 2 - 4, 0}};
        for (const QPointF &offset : offsets) {
            const QPointF centre = c.anchor + offset;
            const QRectF box(centre.x() - w / 2, centre.y() - h / 2, w, h);
            if (!view.contains(box) || grid.collides(box) || (!c.mayCoverObstacles && blocked.collides(box)))
                continue;
            const QPointF baseline(box.left() + kHalo, box.top() + kHalo + metrics.ascent());
            grid.insert(box);
            placed.push_back({c.text, box, baseline, c.font, c.colour});
            break;
        }
    }
    return placed;
}

void drawLabels(QPainter &painter, const std::vector<PlacedLabel> &labels)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const PlacedLabel &label : labels) {
        QPainterPath text;
        text.addText(label.baseline, label.font, label.text);
        painter.strokePath(text, QPen(QColor(255, 255, 255, 230), 2 * kHalo, Qt::SolidLine, Qt::RoundCap,
                                      Qt::RoundJoin));
        painter.fillPath(text, label.colour);
    }
    painter.restore();
}

} // namespace fg::gis
