// SPDX-License-Identifier: MIT
// The text of a PDF as pdftotext gives it, for the report tests.
#pragma once

#include <QProcess>
#include <QString>

#include <catch2/catch.hpp>

/// pdftotext's text of @p pdf (each page ends with a form feed), NFKC-normalised, with the CJK
/// Radicals Supplement twins pdftotext gives for 车 and 马 mapped back.
inline QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .replace(QChar(0x2ECB), QChar(0x8F66))
        .replace(QChar(0x2EE2), QChar(0x9A6C));
}
