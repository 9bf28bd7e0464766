// SPDX-License-Identifier: MIT
#include "gis/report/report_table.h"

#include "gis/report/report_writer.h"

#include <QPainter>

namespace fg::gis {

namespace {

constexpr double kPaddingMm = 1.2;

} // namespace

QList<double> ReportTableDrawer::columnWidths(const ReportTable &table) const
{
    double total = 0;
    for (const TableColumn &column : table.columns)
        total += column.weight;
    QList<double> widths;
    for (const TableColumn &column : table.columns)
        widths << m_writer.contentRect().width() * column.weight / total;
    return widths;
}

double ReportTableDrawer::rowHeight(const ReportTable &table, const QStringList &cells, bool bold) const
{
    const QList<double> widths = columnWidths(table);
    const QFont font = ReportWriter::font(table.points, bold);
    const double padding = m_writer.mm(kPaddingMm);
    double height = 0;
    for (int i = 0; i < widths.size() && i < cells.size(); ++i)
        height = std::max(height, m_writer.textHeight(cells[i], font, widths[i] - 2 * padding));
    return height + 2 * padding;
}

void ReportTableDrawer::drawRow(const ReportTable &table, const QStringList &cells, double top, double height,
                                bool header, bool bold)
{
    QPainter &p = m_writer.painter();
    const QList<double> widths = columnWidths(table);
    const double padding = m_writer.mm(kPaddingMm);
    double left = m_writer.contentRect().left();
    p.setFont(ReportWriter::font(table.points, bold || header));
    for (int i = 0; i < widths.size(); ++i) {
        const QRectF cell(left, top, widths[i], height);
        if (header)
            p.fillRect(cell, QColor(232, 232, 232));
        p.setPen(QPen(Qt::black, m_writer.mm(0.15)));
        p.setBrush(Qt::NoBrush);
        p.drawRect(cell);
        const Qt::Alignment align = header ? Qt::AlignHCenter : table.columns[i].align;
        if (i < cells.size())
            p.drawText(cell.adjusted(padding, padding, -padding, -padding),
                       int(align | Qt::AlignVCenter) | Qt::TextWordWrap, cells[i]);
        left += widths[i];
    }
}

void ReportTableDrawer::drawCaption(const ReportTable &table, bool continued)
{
    if (table.caption.isEmpty())
        return;
    const QString text = continued ? tr("%1 (continued)").arg(table.caption) : table.caption;
    m_writer.paragraph(text, table.points + 0.5, true, Qt::AlignHCenter);
}

void ReportTableDrawer::draw(const ReportTable &table)
{
    QStringList header;
    for (const TableColumn &column : table.columns)
        header << column.title;
    const double headerHeight = rowHeight(table, header, true);
    const double firstRow = table.rows.isEmpty() ? 0 : rowHeight(table, table.rows.first(), false);
    const double captionHeight = table.caption.isEmpty() ? 0 : m_writer.mm(7);
    // A short table stays on one page; a long one keeps caption, header and first row together.
    double whole = captionHeight + headerHeight;
    for (int r = 0; r < table.rows.size(); ++r)
        whole += rowHeight(table, table.rows[r], table.emphasisedRows.contains(r));
    const bool shortTable = whole <= m_writer.contentRect().height() / 2;
    m_writer.ensureSpace(shortTable ? whole : captionHeight + headerHeight + firstRow);
    drawCaption(table, false);
    drawRow(table, header, m_writer.take(headerHeight).top(), headerHeight, true, true);
    for (int r = 0; r < table.rows.size(); ++r) {
        const bool bold = table.emphasisedRows.contains(r);
        const double height = rowHeight(table, table.rows[r], bold);
        if (m_writer.remaining() < height) {
            m_writer.newPage();
            drawCaption(table, true);
            drawRow(table, header, m_writer.take(headerHeight).top(), headerHeight, true, true);
        }
        drawRow(table, table.rows[r], m_writer.take(height).top(), height, false, bold);
    }
    m_writer.skip(1);
    if (!table.note.isEmpty())
        m_writer.paragraph(table.note, table.points - 1.5);
    m_writer.skip(2);
}

} // namespace fg::gis
