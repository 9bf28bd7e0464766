// SPDX-License-Identifier: MIT
#pragma once

#include <QRectF>

#include <cstdint>
#include <vector>

namespace fg::gis {

class VectorLayer;

/// Every row's envelope of one layer in a flat array, and a uniform grid over them: what a render
/// asks for the rows in view and their sizes, instead of the GEOS STRtree (which cannot stop at a
/// size) and one GEOS call per feature for its envelope. Built once per layer, then immutable:
/// any thread may query it.
class FeatureBoxes
{
public:
    /// Boxes of every row of `layer` (a null or empty geometry gets none and is never returned).
    explicit FeatureBoxes(const VectorLayer &layer);
    /// Boxes of the given rows only (what a one-off render of a part of the layer needs).
    FeatureBoxes(const VectorLayer &layer, const std::vector<int> &rows);

    /// Rows whose closed envelope meets the closed rectangle (map units), ascending, each once.
    std::vector<int> query(const QRectF &rect) const;
    /// The row's envelope in map units; false for a row without one (null or empty geometry).
    bool box(int row, QRectF *box) const;
    /// Union of the boxes (null when there are none).
    QRectF extent() const { return m_extent; }

private:
    void buildGrid(const std::vector<int> &rows);
    int cellX(double x) const;
    int cellY(double y) const;

    std::vector<double> m_boxes;        ///< x0, y0, x1, y1 per row; NaN for rows without a box
    QRectF m_extent;
    int m_columns = 0;
    int m_rows = 0;
    double m_cellWidth = 1;
    double m_cellHeight = 1;
    std::vector<uint32_t> m_cellStart;  ///< m_columns * m_rows + 1 offsets into m_cellRows
    std::vector<int> m_cellRows;        ///< per cell, the rows whose box meets it, ascending
};

} // namespace fg::gis
