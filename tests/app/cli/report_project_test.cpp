// SPDX-License-Identifier: MIT
#include "cli_runner.h"
#include "pdf_text.h"

#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

QString sampleProject(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("sample.gpkg"));
    const CliResult r = runCli({ QStringLiteral("project"), QStringLiteral("create-sample"), path });
    REQUIRE(r.exitCode == 0);
    return path;
}

} // namespace

TEST_CASE("report township, public-map and patrol write Chinese PDFs from the sample project", "[cli][report]")
{
    QTemporaryDir dir;
    const QString project = sampleProject(dir);
    const QString township = dir.filePath(QStringLiteral("township.pdf"));
    CliResult r = runCli({ QStringLiteral("report"), QStringLiteral("township"), project, QStringLiteral("--output"),
                           township },
                         "zh_CN");
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QString text = pdfText(township);
    for (const char *expected : { "乡镇耕地保护考核统计报告", "一票否决", "结案率", "50.0%", "北耽车乡", "无巡查记录",
                                  "平顺县自然资源局", "PS2024-012" })
        CHECK(text.contains(QString::fromUtf8(expected)));

    const QString map = dir.filePath(QStringLiteral("map.pdf"));
    r = runCli({ QStringLiteral("report"), QStringLiteral("public-map"), project, QStringLiteral("--township"),
                 QStringLiteral("石城镇"), QStringLiteral("--output"), map },
               "zh_CN");
    REQUIRE(r.exitCode == 0);
    text = pdfText(map);
    for (const char *expected : { "石城镇永久基本农田分布图", "向社会公告", "图例", "比例尺", "马井村", "公告" })
        CHECK(text.contains(QString::fromUtf8(expected)));

    const QString patrol = dir.filePath(QStringLiteral("patrol.pdf"));
    const QDate today = QDate::currentDate();
    r = runCli({ QStringLiteral("report"), QStringLiteral("patrol"), project, QStringLiteral("--township"),
                 QStringLiteral("石城镇"), QStringLiteral("--from"), today.addDays(-30).toString(Qt::ISODate),
                 QStringLiteral("--to"), today.addDays(30).toString(Qt::ISODate), QStringLiteral("--output"), patrol },
               "zh_CN");
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    text = pdfText(patrol);
    for (const char *expected : { "石城镇网格化巡查计划", "每日路线", "巡查员" })
        CHECK(text.contains(QString::fromUtf8(expected)));
}

TEST_CASE("report township/public-map/patrol: usage errors exit 2, unknown township exits 3", "[cli][report]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("x.pdf"));
    CHECK(runCli({ QStringLiteral("report"), QStringLiteral("township"), QStringLiteral("--output"), out }).exitCode == 2);
    CHECK(runCli({ QStringLiteral("report"), QStringLiteral("public-map"), QStringLiteral("p.gpkg"), QStringLiteral("--output"), out })
              .exitCode == 2);
    CHECK(runCli({ QStringLiteral("report"), QStringLiteral("patrol"), QStringLiteral("p.gpkg"), QStringLiteral("--township"),
                   QStringLiteral("石城镇"), QStringLiteral("--from"), QStringLiteral("2024-13-01"), QStringLiteral("--to"),
                   QStringLiteral("2024-12-01"), QStringLiteral("--output"), out })
              .exitCode == 2);
    const QString project = sampleProject(dir);
    const CliResult r = runCli({ QStringLiteral("report"), QStringLiteral("township"), project, QStringLiteral("--township"),
                                 QStringLiteral("不存在乡"), QStringLiteral("--output"), out });
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(QStringLiteral("不存在乡")));
}
