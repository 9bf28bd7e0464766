// SPDX-License-Identifier: MIT
#include "gis/render/feature_boxes.h"

#include "gis/io/vector_layer.h"
#include "gis/render/geometry_path.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace fg::gis {

namespace {

// About two boxes per cell keeps a query's candidates close to what it returns, and the grid's
// offsets no bigger than the boxes themselves.
constexpr double kRowsPerCell = 2.0;
constexpr int kMaxCellsPerSide = 2048;

bool meets(const double *b, const QRectF &r)
{
    return b[0] <= r.right() && b[2] >= r.left() && b[1] <= r.bottom() && b[3] >= r.top();
}

} // namespace

FeatureBoxes::FeatureBoxes(const VectorLayer &layer)
    : FeatureBoxes(layer, [&] {
        std::vector<int> all(size_t(layer.featureCount()));
        std::iota(all.begin(), all.end(), 0);
        return all;
    }())
{
}

FeatureBoxes::FeatureBoxes(const VectorLayer &layer, const std::vector<int> &rows)
    : m_boxes(size_t(layer.featureCount()) * 4, std::numeric_limits<double>::quiet_NaN())
{
    std::vector<int> boxed;
    boxed.reserve(rows.size());
    double x0 = std::numeric_limits<double>::infinity(), y0 = x0, x1 = -x0, y1 = -x0;
    for (int row : rows) {
        QRectF envelope;
        if (row < 0 || row >= layer.featureCount() || !geometryEnvelope(layer.geometry(row), &envelope))
            continue;
        double *b = &m_boxes[size_t(row) * 4];
        b[0] = envelope.left();
        b[1] = envelope.top();
        b[2] = envelope.right();
        b[3] = envelope.bottom();
        x0 = std::min(x0, b[0]);
        y0 = std::min(y0, b[1]);
        x1 = std::max(x1, b[2]);
        y1 = std::max(y1, b[3]);
        boxed.push_back(row);
    }
    if (!boxed.empty())
        m_extent = QRectF(QPointF(x0, y0), QPointF(x1, y1));
    std::sort(boxed.begin(), boxed.end());
    boxed.erase(std::unique(boxed.begin(), boxed.end()), boxed.end());
    buildGrid(boxed);
}

void FeatureBoxes::buildGrid(const std::vector<int> &rows)
{
    if (rows.empty())
        return;
    const double w = std::max(m_extent.width(), 1e-9), h = std::max(m_extent.height(), 1e-9);
    const double cells = std::max(1.0, double(rows.size()) / kRowsPerCell);
    m_columns = std::clamp(int(std::sqrt(cells * w / h)), 1, kMaxCellsPerSide);
    m_rows = std::clamp(int(cells / m_columns), 1, kMaxCellsPerSide);
    m_cellWidth = w / m_columns;
    m_cellHeight = h / m_rows;
    // Two passes (count, then fill) give one flat array; rows go in ascending, so each cell's
    // list is ascending too.
    m_cellStart.assign(size_t(m_columns) * size_t(m_rows) + 1, 0);
    const auto forCells = [&](int row, auto &&visit) {
        const double *b = &m_boxes[size_t(row) * 4];
        const int x1 = cellX(b[2]), y1 = cellY(b[3]);
        for (int y = cellY(b[1]); y <= y1; ++y)
            for (int x = cellX(b[0]); x <= x1; ++x)
                visit(size_t(y) * size_t(m_columns) + size_t(x));
    };
    for (int row : rows)
        forCells(row, [&](size_t cell) { ++m_cellStart[cell + 1]; });
    std::partial_sum(m_cellStart.begin(), m_cellStart.end(), m_cellStart.begin());
    m_cellRows.resize(m_cellStart.back());
    std::vector<uint32_t> fill(m_cellStart.begin(), m_cellStart.end() - 1);
    for (int row : rows)
        forCells(row, [&](size_t cell) { m_cellRows[fill[cell]++] = row; });
}

int FeatureBoxes::cellX(double x) const
{
    return std::clamp(int(std::floor((x - m_extent.left()) / m_cellWidth)), 0, m_columns - 1);
}

int FeatureBoxes::cellY(double y) const
{
    return std::clamp(int(std::floor((y - m_extent.top()) / m_cellHeight)), 0, m_rows - 1);
}

std::vector<int> FeatureBoxes::query(const QRectF &rect) const
{
    std::vector<int> out;
    if (m_columns == 0 || rect.right() < m_extent.left() || rect.left() > m_extent.right()
        || rect.bottom() < m_extent.top() || rect.top() > m_extent.bottom())
        return out;
    const QRectF r = rect.normalized();
    const int cx0 = cellX(r.left()), cx1 = cellX(r.right()), cy0 = cellY(r.top()), cy1 = cellY(r.bottom());
    for (int y = cy0; y <= cy1; ++y) {
        for (int x = cx0; x <= cx1; ++x) {
            const size_t cell = size_t(y) * size_t(m_columns) + size_t(x);
            for (uint32_t i = m_cellStart[cell]; i < m_cellStart[cell + 1]; ++i) {
                const int row = m_cellRows[i];
                const double *b = &m_boxes[size_t(row) * 4];
                // A box spanning several cells is reported once: by the cell holding the lower-left
                // corner of its overlap with the rectangle.
                if (meets(b, r) && cellX(std::max(b[0], r.left())) == x && cellY(std::max(b[1], r.top())) == y)
                    out.push_back(row);
            }
        }
    }
    if (cx0 != cx1 || cy0 != cy1)
        std::sort(out.begin(), out.end());
    return out;
}

bool FeatureBoxes::box(int row, QRectF *box) const
{
    if (row < 0 || size_t(row) * 4 >= m_boxes.size() || std::isnan(m_boxes[size_t(row) * 4]))
        return false;
    const double *b = &m_boxes[size_t(row) * 4];
    *box = QRectF(QPointF(b[0], b[1]), QPointF(b[2], b[3]));
    return true;
}

} // namespace fg::gis
