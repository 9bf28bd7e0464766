// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace fg::gis {

class ReportWriter;

/// One column of a report table: header text, share of the table width, alignment of its cells.
struct TableColumn
{
    QString title;
    double weight = 1;
    Qt::Alignment align = Qt::AlignLeft;
};

/// A table of text cells. Numbers arrive already formatted (the caller decides rounding and
/// units); the caption names what the numbers are, the note their method and CRS.
struct ReportTable
{
    QString caption;
    QList<TableColumn> columns;
    QList<QStringList> rows;     ///< each as many cells as columns
    QList<int> emphasisedRows;   ///< printed bold (e.g. the verdict row)
    QString note;                ///< printed under the table (method, CRS, rounding)
    double points = 9;
};

/// Draws tables that break across pages: rows are never split, the header row is repeated on
/// each page, and a continued table's caption says so.
class ReportTableDrawer
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::ReportTableDrawer)

public:
    explicit ReportTableDrawer(ReportWriter &writer) : m_writer(writer) {}
    /// Draws `table` at the writer's cursor, starting pages as needed.
    void draw(const ReportTable &table);

private:
    double rowHeight(const ReportTable &table, const QStringList &cells, bool bold) const;
    void drawRow(const ReportTable &table, const QStringList &cells, double top, double height, bool header,
                 bool bold);
    void drawCaption(const ReportTable &table, bool continued);
    QList<double> columnWidths(const ReportTable &table) const;

    ReportWriter &m_writer;
};

} // namespace fg::gis
