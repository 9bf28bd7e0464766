// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;
class QPagedPaintDevice;
class QPainter;
class QPdfWriter;

namespace fg::gis {

/// Paper and orientation of a report: A4 or A3, portrait or landscape, margins in mm.
struct PageSetup
{
    QPageSize::PageSizeId size = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    double marginMm = 18;

    /// Parses "A4", "A3", "A4-landscape", "a3-portrait" …; false for anything else.
    static bool parse(const QString &text, PageSetup *setup);
    /// Page width and height in mm, orientation applied.
    QSizeF sizeMm() const;
};

/// What every page shows besides its content: the issuing bureau (平顺县自然资源局 by default,
/// configurable), the document title, the date, and the note naming the area method and CRS
/// of every number on the page.
struct PageDecor
{
    QString bureau = QStringLiteral("平顺县自然资源局");
    QString title;
    QString subtitle;       ///< e.g. the case number, right of the title in the header
    QDate date;
    QString numbersNote;    ///< area method and CRS, printed in every page's footer
    /// The project's audit log head ("#SEQ HASH") or why its check failed, printed in every
    /// page's footer below the numbers note (ReportInputs::logNote()); empty for plain files.
    QString logNote;
    /// Where the report's figures come from (gis::Provenance::lines(), issue 16 item 6): printed
    /// as the last section of the report (writeProvenance); empty: none.
    QStringList provenance;
};

/// Lays out a report on Qt's PDF output (QPdfWriter, vector text and drawing, fonts embedded)
/// or on any paged device (a QPrinter of a print preview or a real printer) with a flowing
/// cursor: blocks are taken from the top of the content area; a block that does not fit starts
/// a new page. Coordinates are device units (1200 dpi for the PDF writer, the device's
/// resolution otherwise) measured from the paper's top-left corner; mm() converts. Page numbers read "page n of N": N comes from a first layout pass (see
/// writeTwoPass in the report classes); pass 0 when unknown and only "page n" is printed.
/// Text uses "Noto Sans CJK SC" (named explicitly: Qt would otherwise pick the Japanese
/// variant of Noto CJK). Needs a QGuiApplication. Not thread-safe; one writer per document.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::ReportWriter)

public:
    /// Writes to `device` (opened by the writer, not owned).
    ReportWriter(QIODevice *device, const PageSetup &setup, PageDecor decor, int totalPages = 0);
    /// Paints on `device` (not owned; must outlive the writer), giving it the setup's paper and
    /// orientation. A QPrinter must be in full-page mode so that its origin is the paper corner.
    ReportWriter(QPagedPaintDevice *device, const PageSetup &setup, PageDecor decor, int totalPages = 0);
    ~ReportWriter();
    ReportWriter(const ReportWriter &) = delete;
    ReportWriter &operator=(const ReportWriter &) = delete;

    static QString fontFamily() { return QStringLiteral("Noto Sans CJK SC"); }
    /// The report font at `points` size.
    static QFont font(double points, bool bold = false);

    QPainter &painter();
    /// Device units in `millimetres`.
    double mm(double millimetres) const { return millimetres * m_unitsPerMm; }
    /// The content area of the current page (between header and footer), device units.
    QRectF contentRect() const { return m_content; }
    /// Top of the free space on the current page, device units.
    double cursor() const { return m_cursor; }
    double remaining() const { return m_content.bottom() - m_cursor; }
    int pageNumber() const { return m_page; }
    const PageSetup &setup() const { return m_setup; }

    /// Starts a new page (header and footer drawn, cursor at the top).
    void newPage();
    /// Starts a new page unless `height` device units are left on this one.
    void ensureSpace(double height);
    /// Takes a block `height` high (after ensureSpace) across the content width; moves the cursor.
    QRectF take(double height);
    /// Moves the cursor down by `millimetres` (never past the page end).
    void skip(double millimetres);

    /// A section heading (bold, 12 pt), kept with at least `keepWithMm` of what follows.
    void heading(const QString &text, double keepWithMm = 25);
    /// Word-wrapped text across the content width.
    void paragraph(const QString &text, double points = 10.5, bool bold = false, Qt::Alignment align = Qt::AlignLeft);
    /// Height in device units of `text` wrapped to `width` device units with `font`.
    double textHeight(const QString &text, const QFont &font, double width) const;

    /// The last section: the decor's provenance lines in small type (nothing when empty).
    /// Returns the page number after it. (provenance_section.cpp)
    int writeProvenance();

    /// Ends the document; false when the device could not be written.
    bool finish();

private:
    void drawHeader();
    void drawFooter();
    void begin();

    std::unique_ptr<QPdfWriter> m_ownedWriter;
    QPagedPaintDevice *m_device = nullptr;
    std::unique_ptr<QPainter> m_painter;
    PageSetup m_setup;
    PageDecor m_decor;
    int m_totalPages = 0;
    int m_page = 1;
    double m_unitsPerMm = 1;
    QRectF m_content;
    double m_cursor = 0;
};

} // namespace fg::gis
