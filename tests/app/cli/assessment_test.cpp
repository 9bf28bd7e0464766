// SPDX-License-Identifier: MIT
// farmguard-cli project targets | measure | assessment, and the township report's targets
// section (issue 16 item 3).
#include "cli_runner.h"
#include "pdf_text.h"
#include "sample_project.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonObject township(const QJsonObject &assessment, const QString &name)
{
    for (const QJsonValue &row : assessment.value(QStringLiteral("townships")).toArray())
        if (row.toObject().value(QStringLiteral("township")).toString() == name)
            return row.toObject();
    return {};
}

QJsonObject assessmentJson(const QString &project)
{
    const CliResult r = runCli({ QStringLiteral("project"), QStringLiteral("assessment"), project,
        QStringLiteral("--format"), QStringLiteral("json") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

} // namespace

TEST_CASE("project targets and measure are recorded, logged and change the assessment", "[cli][assessment]")
{
    QTemporaryDir dir;
    const QString project = sampleProjectCopy(dir);
    const QString year = QString::number(QDate::currentDate().year());
    const QJsonObject before = assessmentJson(project);
    CHECK(before.value(QStringLiteral("year")).toInt() == QDate::currentDate().year());
    CHECK(before.value(QStringLiteral("log_head")).toObject().value(QStringLiteral("seq")).toInt() > 0);
    const QJsonObject dongsi = township(before, QStringLiteral("北耽车乡"));
    REQUIRE(!dongsi.isEmpty());
    CHECK_FALSE(dongsi.value(QStringLiteral("veto")).toBool());
    const double current = dongsi.value(QStringLiteral("cultivated"))
                               .toObject()
                               .value(QStringLiteral("current_mu"))
                               .toDouble();

    // The bureau raises 北耽车乡's cultivated target 10 mu above its current figure, in hectares:
    // (current + 10) mu / 15 ha.
    const double targetHa = (current + 10) / 15.0;
    CliResult r = runCli({ QStringLiteral("project"), QStringLiteral("targets"), project,
        QStringLiteral("--year"), year, QStringLiteral("--set"), QStringLiteral("北耽车乡"),
        QStringLiteral("--cultivated"), QString::number(targetHa, 'f', 6), QStringLiteral("--unit"),
        QStringLiteral("ha"), QStringLiteral("--operator"), QStringLiteral("李局长") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject after = township(assessmentJson(project), QStringLiteral("北耽车乡"));
    const QJsonObject cultivated = after.value(QStringLiteral("cultivated")).toObject();
    CHECK(cultivated.value(QStringLiteral("target_mu")).toDouble() == Approx(current + 10).margin(0.006));
    CHECK(cultivated.value(QStringLiteral("gap_mu")).toDouble() == Approx(-10).margin(0.011));
    CHECK(cultivated.value(QStringLiteral("short")).toBool());
    CHECK(after.value(QStringLiteral("veto")).toBool());
    CHECK(after.value(QStringLiteral("target_unit")).toString() == QStringLiteral("ha"));

    r = runCli({ QStringLiteral("project"), QStringLiteral("measure"), project, QStringLiteral("--township"),
        QStringLiteral("北耽车乡"), QStringLiteral("--kind"), QStringLiteral("通报批评"),
        QStringLiteral("--date"), QStringLiteral("%1-01-15").arg(year), QStringLiteral("--doc"),
        QStringLiteral("平政通〔%1〕3号").arg(year) });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.startsWith(QStringLiteral("committed 2"))); // the sample's 约谈 is measure 1
    const QJsonArray measures = township(assessmentJson(project), QStringLiteral("北耽车乡"))
                                    .value(QStringLiteral("measures"))
                                    .toArray();
    REQUIRE(measures.size() == 1);
    CHECK(measures.first().toObject().value(QStringLiteral("term")).toString() == QStringLiteral("通报批评"));

    // Both writes are in the log and the log check passes.
    r = runCli({ QStringLiteral("verify-log"), project });
    INFO(r.out.toStdString() + r.err.toStdString());
    CHECK(r.exitCode == 0);
    r = runCli(
        { QStringLiteral("project"), QStringLiteral("targets"), project, QStringLiteral("--year"), year });
    CHECK(r.out.contains(QStringLiteral("北耽车乡")));
    CHECK(r.out.contains(QStringLiteral("李局长")));
}

TEST_CASE(
    "project targets and measure refuse bad input with exit 2 and name the problem", "[cli][assessment]")
{
    QTemporaryDir dir;
    const QString project = sampleProjectCopy(dir);
    CliResult r = runCli({ QStringLiteral("project"), QStringLiteral("targets"), project,
        QStringLiteral("--set"), QStringLiteral("龙溪镇"), QStringLiteral("--basic"), QStringLiteral("-3") });
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--basic")));
    r = runCli({ QStringLiteral("project"), QStringLiteral("targets"), project, QStringLiteral("--set"),
        QStringLiteral("龙溪镇"), QStringLiteral("--cultivated"), QStringLiteral("100"),
        QStringLiteral("--unit"), QStringLiteral("acre") });
    CHECK(r.exitCode == 2);
    r = runCli({ QStringLiteral("project"), QStringLiteral("measure"), project, QStringLiteral("--township"),
        QStringLiteral("龙溪镇"), QStringLiteral("--kind"), QStringLiteral("罚款"), QStringLiteral("--date"),
        QStringLiteral("2026-01-01"), QStringLiteral("--doc"), QStringLiteral("x") });
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("罚款")));
}

TEST_CASE("the township report prints the targets, gaps, triggers and measures", "[cli][assessment][report]")
{
    QTemporaryDir dir;
    const QString project = sampleProjectCopy(dir);
    const QString pdf = dir.filePath(QStringLiteral("township.pdf"));
    const CliResult r = runCli(
        { QStringLiteral("report"), QStringLiteral("township"), project, QStringLiteral("--output"), pdf },
        "zh_CN");
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString text = pdfText(pdf);
    const QJsonObject xigou = township(assessmentJson(project), QStringLiteral("西沟乡"));
    const QJsonObject basic = xigou.value(QStringLiteral("basic_farmland")).toObject();
    // 西沟乡's basic-farmland target, current figure and gap as the assessment computes them.
    CHECK(text.contains(QString::number(basic.value(QStringLiteral("target_mu")).toDouble(), 'f', 2)));
    CHECK(text.contains(QString::number(basic.value(QStringLiteral("current_mu")).toDouble(), 'f', 2)));
    CHECK(text.contains(QString::number(basic.value(QStringLiteral("gap_mu")).toDouble(), 'f', 2)));
    CHECK(text.contains(QStringLiteral("PS2024-005"))); // 龙溪镇's overdue threshold case
    CHECK(text.contains(QStringLiteral("约谈")));
    CHECK(text.contains(QStringLiteral("平政约")));
}

TEST_CASE("a target or measure for a township the project does not have is refused and nothing is logged",
    "[cli][assessment]")
{
    QTemporaryDir dir;
    const QString project = sampleProjectCopy(dir);
    const auto events = [&] {
        return runCli({ QStringLiteral("verify-log"), project }).out;
    };
    const QString before = events();
    CliResult r = runCli({ QStringLiteral("project"), QStringLiteral("targets"), project, QStringLiteral("--set"),
        QStringLiteral("龙溪乡"), QStringLiteral("--cultivated"), QStringLiteral("100"), QStringLiteral("--basic"),
        QStringLiteral("50") });
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(QStringLiteral("no township '龙溪乡'")));
    CHECK(r.err.contains(QStringLiteral("龙溪镇"))); // the townships it has are named
    r = runCli({ QStringLiteral("project"), QStringLiteral("measure"), project, QStringLiteral("--township"),
        QStringLiteral("龙溪乡"), QStringLiteral("--kind"), QStringLiteral("约谈"), QStringLiteral("--date"),
        QStringLiteral("2026-12-01"), QStringLiteral("--doc"), QStringLiteral("平自然资约〔2026〕9号") });
    CHECK(r.exitCode == 3);
    CHECK_FALSE(r.out.contains(QStringLiteral("committed")));
    CHECK(events() == before); // the same head and event count: nothing was written
}
