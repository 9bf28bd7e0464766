// SPDX-License-Identifier: MIT
#include "cli_runner.h"

#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

const QString kSample = QStringLiteral(FG_SAMPLE_DIR);

QStringList sampleArgs(const QString &caseId, const QString &output)
{
    return { QStringLiteral("report"), QStringLiteral("case"), QStringLiteral("--incidents"),
        kSample + QStringLiteral("/incidents.shp"), QStringLiteral("--basic-farmland"),
        kSample + QStringLiteral("/basic_farmland.shp"), QStringLiteral("--cultivated"),
        kSample + QStringLiteral("/landuse.shp"), QStringLiteral("--boundaries"), kSample + QStringLiteral("/townships.shp"),
        QStringLiteral("--boundaries"), kSample + QStringLiteral("/villages.shp"), QStringLiteral("--case"), caseId,
        QStringLiteral("--id-field"), QStringLiteral("BH"), QStringLiteral("--date"), QStringLiteral("2024-09-30"),
        QStringLiteral("--output"), output };
}

QString poppler(const QString &tool, const QStringList &args)
{
    QProcess process;
    process.start(tool, args);
    INFO(tool.toStdString() << " must be installed (poppler-utils)");
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    // NFKC: Qt's ToUnicode map gives some ideographs as their Kangxi radical twins (一 → ⼀).
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

} // namespace

TEST_CASE("report case writes the Chinese case report of PS2024-002 from the sample layers", "[cli][report]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("PS2024-002.pdf"));
    const CliResult r = runCli(sampleArgs(QStringLiteral("PS2024-002"), pdf), "zh_CN");
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString text = poppler(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    // Designed in data/sample/README.md: exactly 5.00 亩 of basic farmland = 3333.33 m².
    CHECK(text.contains(QStringLiteral("5.00 亩")));
    CHECK(text.contains(QStringLiteral("3333.33")));
    CHECK(text.contains(QStringLiteral("责任追究")));
    CHECK(text.contains(QStringLiteral("界址点坐标表")));
    CHECK(text.contains(QStringLiteral("案件图斑分析报告")));
    CHECK(text.contains(QStringLiteral("平顺县自然资源局")));
    CHECK(text.contains(QStringLiteral("段俊峰")));
    CHECK(text.contains(QStringLiteral("石城镇")));
    CHECK(text.contains(QStringLiteral("EPSG:4547")));
    const QString fonts = poppler(QStringLiteral("pdffonts"), { pdf });
    bool embedded = false;
    for (const QString &line : fonts.split(QLatin1Char('\n'))) {
        const QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (line.contains(QStringLiteral("NotoSansCJKsc")) && fields.size() >= 7)
            embedded = fields.at(fields.size() - 5) == QLatin1String("yes");
    }
    CHECK(embedded);
}

TEST_CASE("report case exit codes: 2 for usage, 3 for bad input", "[cli][report]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("x.pdf"));
    QStringList noCase = sampleArgs(QStringLiteral("PS2024-002"), pdf);
    noCase.removeAt(noCase.indexOf(QStringLiteral("--case")) + 1);
    noCase.removeAll(QStringLiteral("--case"));
    CHECK(runCli(noCase).exitCode == 2);
    QStringList badPage = sampleArgs(QStringLiteral("PS2024-002"), pdf);
    badPage << QStringLiteral("--page") << QStringLiteral("A5");
    CHECK(runCli(badPage).exitCode == 2);
    CHECK(runCli({ QStringLiteral("report"), QStringLiteral("patrol") }).exitCode == 2);
    const CliResult unknown = runCli(sampleArgs(QStringLiteral("PS2099-999"), pdf));
    CHECK(unknown.exitCode == 3);
    CHECK(unknown.err.contains(QStringLiteral("PS2099-999")));
    const CliResult unwritable = runCli(sampleArgs(QStringLiteral("PS2024-002"), dir.filePath(QStringLiteral("no/such/dir/x.pdf"))));
    CHECK(unwritable.exitCode == 3);
}
