// SPDX-License-Identifier: MIT
#include "gis/report/report_writer.h"

#include <QPainter>
#include <QPdfWriter>

namespace fg::gis {

namespace {

constexpr int kResolution = 1200;
constexpr double kHeaderMm = 12;
constexpr double kFooterMm = 14;

} // namespace

bool PageSetup::parse(const QString &text, PageSetup *setup)
{
    const QStringList parts = text.trimmed().toLower().split(QLatin1Char('-'));
    if (parts.isEmpty() || parts.size() > 2)
        return false;
    PageSetup result = *setup;
    if (parts[0] == QLatin1String("a4"))
        result.size = QPageSize::A4;
    else if (parts[0] == QLatin1String("a3"))
        result.size = QPageSize::A3;
    else
        return false;
    if (parts.size() == 2) {
        if (parts[1] == QLatin1String("landscape"))
            result.orientation = QPageLayout::Landscape;
        else if (parts[1] == QLatin1String("portrait"))
            result.orientation = QPageLayout::Portrait;
        else
            return false;
    }
    *setup = result;
    return true;
}

QSizeF PageSetup::sizeMm() const
{
    const QSizeF portrait = QPageSize(size).size(QPageSize::Millimeter);
    return orientation == QPageLayout::Landscape ? portrait.transposed() : portrait;
}

QFont ReportWriter::font(double points, bool bold)
{
    QFont f(fontFamily());
    f.setPointSizeF(points);
    f.setBold(bold);
    // Kerning and hinting off: the PDF keeps exact advances, so layouts measured in the first
    // pass match the second.
    f.setKerning(false);
    f.setHintingPreference(QFont::PreferNoHinting);
    // Without shaping, every glyph comes straight from the cmap, so pdftotext (the PDF's ToUnicode
    // map) gets every character back: shaped Latin runs used glyph variants that lost their digits.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

ReportWriter::ReportWriter(QIODevice *device, const PageSetup &setup, PageDecor decor, int totalPages)
    : m_ownedWriter(std::make_unique<QPdfWriter>(device))
    , m_device(m_ownedWriter.get())
    , m_setup(setup)
    , m_decor(std::move(decor))
    , m_totalPages(totalPages)
{
    m_ownedWriter->setResolution(kResolution);
    m_ownedWriter->setTitle(m_decor.title + QLatin1Char(' ') + m_decor.subtitle);
    m_ownedWriter->setCreator(QStringLiteral("FarmGuard"));
    begin();
}

ReportWriter::ReportWriter(QPagedPaintDevice *device, const PageSetup &setup, PageDecor decor, int totalPages)
    : m_device(device)
    , m_setup(setup)
    , m_decor(std::move(decor))
    , m_totalPages(totalPages)
{
    begin();
}

void ReportWriter::begin()
{
    const QPageLayout layout(QPageSize(m_setup.size), m_setup.orientation, QMarginsF(0, 0, 0, 0));
    // A printer may refuse zero margins; the layout is drawn from the paper corner either way.
    if (!m_device->setPageLayout(layout)) {
        m_device->setPageSize(layout.pageSize());
        m_device->setPageOrientation(layout.orientation());
    }
    m_unitsPerMm = m_device->logicalDpiX() / 25.4;
    m_painter = std::make_unique<QPainter>(m_device);
    m_painter->setRenderHint(QPainter::Antialiasing);
    const QSizeF page = m_setup.sizeMm();
    const double margin = m_setup.marginMm;
    m_content = QRectF(mm(margin), mm(margin + kHeaderMm), mm(page.width() - 2 * margin),
                       mm(page.height() - 2 * margin - kHeaderMm - kFooterMm));
    drawHeader();
    drawFooter();
    m_cursor = m_content.top();
}

ReportWriter::~ReportWriter()
{
    if (m_painter && m_painter->isActive())
        m_painter->end();
}

QPainter &ReportWriter::painter()
{
    return *m_painter;
}

void ReportWriter::newPage()
{
    m_device->newPage();
    ++m_page;
    drawHeader();
    drawFooter();
    m_cursor = m_content.top();
}

void ReportWriter::ensureSpace(double height)
{
    if (remaining() < height && m_cursor > m_content.top())
        newPage();
}

QRectF ReportWriter::take(double height)
{
    ensureSpace(height);
    const QRectF block(m_content.left(), m_cursor, m_content.width(), height);
    m_cursor = std::min(m_content.bottom(), m_cursor + height);
    return block;
}

void ReportWriter::skip(double millimetres)
{
    m_cursor = std::min(m_content.bottom(), m_cursor + mm(millimetres));
}

double ReportWriter::textHeight(const QString &text, const QFont &font, double width) const
{
    const QFontMetricsF metrics(font, m_device);
    return metrics.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text).height();
}

void ReportWriter::heading(const QString &text, double keepWithMm)
{
    const QFont f = font(12, true);
    const double height = textHeight(text, f, m_content.width());
    ensureSpace(height + mm(keepWithMm));
    skip(2);
    const QRectF box = take(height);
    m_painter->setFont(f);
    m_painter->setPen(Qt::black);
    m_painter->drawText(box, Qt::AlignLeft | Qt::TextWordWrap, text);
    skip(1.5);
}

void ReportWriter::paragraph(const QString &text, double points, bool bold, Qt::Alignment align)
{
    const QFont f = font(points, bold);
    const double height = textHeight(text, f, m_content.width());
    const QRectF box = take(height);
    m_painter->setFont(f);
    m_painter->setPen(Qt::black);
    m_painter->drawText(box, int(align) | Qt::TextWordWrap, text);
    skip(1);
}

void ReportWriter::drawHeader()
{
    QPainter &p = *m_painter;
    const double margin = mm(m_setup.marginMm);
    const QRectF band(m_content.left(), margin, m_content.width(), mm(kHeaderMm - 4));
    p.setPen(QColor(150, 20, 20));
    p.setFont(font(11, true));
    p.drawText(band, Qt::AlignLeft | Qt::AlignBottom, m_decor.bureau);
    p.setPen(Qt::black);
    p.setFont(font(9));
    p.drawText(band, Qt::AlignRight | Qt::AlignBottom,
               m_decor.subtitle.isEmpty() ? m_decor.title : m_decor.title + QStringLiteral("  ") + m_decor.subtitle);
    p.setPen(QPen(QColor(150, 20, 20), mm(0.5)));
    p.drawLine(QPointF(band.left(), band.bottom() + mm(1.2)), QPointF(band.right(), band.bottom() + mm(1.2)));
}

void ReportWriter::drawFooter()
{
    QPainter &p = *m_painter;
    const double top = m_content.bottom() + mm(3);
    p.setPen(QPen(Qt::black, mm(0.2)));
    p.drawLine(QPointF(m_content.left(), top), QPointF(m_content.right(), top));
    const QString pageText = m_totalPages > 0 ? tr("Page %1 of %2").arg(m_page).arg(m_totalPages)
                                              : tr("Page %1").arg(m_page);
    const QFont small = font(7.5);
    p.setFont(small);
    const double pageWidth = mm(32);
    // Three lines of small text: the numbers note (up to two) and the log head; the last may
    // reach a little into the bottom margin.
    const QRectF noteBox(
        m_content.left(), top + mm(1), m_content.width() - pageWidth - mm(2), mm(kFooterMm - 1));
    const QString note = m_decor.logNote.isEmpty()
        ? m_decor.numbersNote
        : m_decor.numbersNote + QLatin1Char('\n') + m_decor.logNote;
    p.drawText(noteBox, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, note);
    const QRectF pageBox(m_content.right() - pageWidth, top + mm(1), pageWidth, mm(kFooterMm - 4));
    p.drawText(pageBox, Qt::AlignRight | Qt::AlignBottom, tr("Date: %1").arg(m_decor.date.toString(Qt::ISODate)));
    p.setFont(font(9));
    p.drawText(pageBox, Qt::AlignRight | Qt::AlignTop, pageText);
}

bool ReportWriter::finish()
{
    return m_painter->end();
}

} // namespace fg::gis
