// SPDX-License-Identifier: MIT
// Runs poppler-utils (a declared dependency: pdftotext, pdffonts, pdfinfo, pdftoppm) on a PDF.
#pragma once

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

namespace fg::gis::test {

/// Standard output of a poppler tool; fails the test when the tool is missing or fails.
inline QString popplerOutput(const QString &tool, const QStringList &args)
{
    QProcess process;
    process.start(tool, args);
    INFO(tool.toStdString() << " must be installed (poppler-utils)");
    REQUIRE(process.waitForStarted(10000));
    REQUIRE(process.waitForFinished(60000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// The text of a PDF, NFKC-normalised: Qt's ToUnicode map gives ideographs that share a glyph
/// with a Kangxi radical the radical's code point (一 comes out as U+2F00 ⼀); NFKC maps them back.
inline QString pdfText(const QString &pdf)
{
    return popplerOutput(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") })
        .normalized(QString::NormalizationForm_KC);
}

/// The rows of pdffonts naming `family` (with spaces removed, as PDF font names have them).
inline QStringList pdfFontRows(const QString &pdf, const QString &family)
{
    QStringList rows;
    const QString needle = QString(family).remove(QLatin1Char(' '));
    for (const QString &line : popplerOutput(QStringLiteral("pdffonts"), { pdf }).split(QLatin1Char('\n')))
        if (line.contains(needle, Qt::CaseInsensitive))
            rows << line;
    return rows;
}

/// True when a pdffonts row says the font is embedded (the "emb" column).
inline bool fontRowEmbedded(const QString &row)
{
    // Columns after the name: type (one or two words), encoding, emb, sub, uni, object, id.
    const QStringList fields = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return fields.size() >= 7 && fields.at(fields.size() - 5) == QLatin1String("yes");
}

/// Page `page` rendered at `dpi` by pdftoppm.
inline QImage pdfPage(const QString &pdf, int page, int dpi, const QDir &scratch)
{
    const QString prefix = scratch.filePath(QStringLiteral("page"));
    popplerOutput(QStringLiteral("pdftoppm"), { QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"),
                                                  QString::number(page), QStringLiteral("-l"), QString::number(page),
                                                  QStringLiteral("-png"), QStringLiteral("-singlefile"), pdf, prefix });
    QImage image(prefix + QStringLiteral(".png"));
    REQUIRE(!image.isNull());
    return image.convertToFormat(QImage::Format_RGB32);
}

} // namespace fg::gis::test
