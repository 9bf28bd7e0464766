// SPDX-License-Identifier: MIT
// `farmguard-cli project import-approvals` and `analyze --project` with approvals (issue 16 item 1):
// the sample's approvals take 1.00 mu out of PS2024-003, the JSON shows 已批准 with the document
// used, and the same file again is refused whole (exit 3) naming each document number. The
// import runs on a project made of the sample's layers and incidents (`project create` and
// `import-incidents`); `project create-sample` imports the same file itself, so the sample
// project's case and reports show 已批准 straight away.
#include "cli_runner.h"
#include "pdf_text.h"
#include "sample_project.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

QJsonObject incidentOf(const QJsonObject &root, const QString &id)
{
    for (const QJsonValue &value : root.value(QStringLiteral("incidents")).toArray())
        if (value.toObject().value(QStringLiteral("id")).toString() == id)
            return value.toObject();
    FAIL("no incident " << id.toStdString());
    return {};
}

/// A project of the sample's reference layers and incidents, without approvals.
QString layersAndIncidents(const QTemporaryDir &dir)
{
    const QDir sample(QStringLiteral(FG_SAMPLE_DIR));
    const QString project = dir.filePath(QStringLiteral("county.gpkg"));
    const CliResult created = runCli({ QStringLiteral("project"), QStringLiteral("create"), project,
        QStringLiteral("--basic-farmland"), sample.filePath(QStringLiteral("basic_farmland.shp")),
        QStringLiteral("--cultivated"), sample.filePath(QStringLiteral("landuse.shp")), QStringLiteral("--boundaries"),
        sample.filePath(QStringLiteral("townships.shp")), QStringLiteral("--operator"), QStringLiteral("测试员"),
        QStringLiteral("--role"), QStringLiteral("county officer") });
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    const CliResult imported = runCli({ QStringLiteral("project"), QStringLiteral("import-incidents"), project,
        sample.filePath(QStringLiteral("incidents.shp")), QStringLiteral("--id-field"), QStringLiteral("BH") });
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    return project;
}

} // namespace

TEST_CASE("project import-approvals commits each approval, and analyze --project shows the approved part "
          "beside the "
          "unlawful one",
    "[cli][approvals]")
{
    QTemporaryDir dir;
    const QString project = layersAndIncidents(dir);
    const QString approvals = QDir(QStringLiteral(FG_SAMPLE_DIR)).filePath(QStringLiteral("approvals.shp"));
    const CliResult imported
        = runCli({ QStringLiteral("project"), QStringLiteral("import-approvals"), project, approvals });
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("committed 平政转批〔2023〕18号\n")));
    CHECK(imported.out.count(QStringLiteral("committed ")) == 3);

    const CliResult analysed = runCli({ QStringLiteral("analyze"), QStringLiteral("--project"), project,
        QStringLiteral("--format"), QStringLiteral("json") });
    REQUIRE(analysed.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(analysed.out.toUtf8()).object();
    // data/sample/README.md: PS2024-003 is 5.01 mu, all basic farmland; the approval's strip
    // holds 1.00 mu of it (666.67 m²): 4.01 mu unlawful, below 5.
    const QJsonObject housing = incidentOf(root, QStringLiteral("PS2024-003"));
    CHECK(housing.value(QStringLiteral("area_mu")).toDouble() == 5.01);
    CHECK(housing.value(QStringLiteral("unlawful_area_mu")).toDouble() == 4.01);
    CHECK(housing.value(QStringLiteral("basic_farmland_mu")).toDouble() == 4.01);
    CHECK_FALSE(housing.value(QStringLiteral("accountability")).toBool());
    const QJsonObject approved = housing.value(QStringLiteral("approved")).toObject();
    CHECK(approved.value(QStringLiteral("area_mu")).toDouble() == 1.0);
    CHECK(approved.value(QStringLiteral("area_m2")).toDouble() == 666.67);
    const QJsonArray documents = approved.value(QStringLiteral("documents")).toArray();
    REQUIRE(documents.size() == 1);
    CHECK(documents[0].toObject().value(QStringLiteral("document_no")).toString()
        == QStringLiteral("平政转批〔2023〕18号"));
    CHECK(documents[0].toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("conversion"));
    // PS2024-005: the 临时用地 over it ended before it was found.
    const QJsonObject mining = incidentOf(root, QStringLiteral("PS2024-005"));
    CHECK(mining.value(QStringLiteral("approved")).toObject().value(QStringLiteral("area_m2")).toDouble()
        == 0.0);
    CHECK(mining.value(QStringLiteral("cultivated_mu")).toDouble() == 10.0);
    CHECK(mining.value(QStringLiteral("accountability")).toBool());

    const CliResult again
        = runCli({ QStringLiteral("project"), QStringLiteral("import-approvals"), project, approvals });
    CHECK(again.exitCode == 3);
    CHECK(again.out.count(QStringLiteral("committed ")) == 0);
    CHECK(again.err.contains(QStringLiteral("平临用〔2022〕6号")));
    const CliResult listed = runCli({ QStringLiteral("project"), QStringLiteral("approvals"), project,
        QStringLiteral("--format"), QStringLiteral("json") });
    REQUIRE(listed.exitCode == 0);
    CHECK(QJsonDocument::fromJson(listed.out.toUtf8())
              .object()
              .value(QStringLiteral("approvals"))
              .toArray()
              .size()
        == 3);
}

TEST_CASE("The sample project's case and reports list the approval used, with the approved and unlawful "
          "figures",
    "[cli][approvals]")
{
    QTemporaryDir dir;
    const QString project = sampleProjectCopy(dir); // create-sample imported approvals.shp
    const CliResult shown = runCli({ QStringLiteral("project"), QStringLiteral("case"), project,
        QStringLiteral("PS2024-003"), QStringLiteral("--format"), QStringLiteral("json") });
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.contains(QStringLiteral("平政转批〔2023〕18号")));
    const QString casePdf = dir.filePath(QStringLiteral("case.pdf"));
    const CliResult caseReport
        = runCli({ QStringLiteral("report"), QStringLiteral("case"), project, QStringLiteral("--case"),
                     QStringLiteral("PS2024-003"), QStringLiteral("--output"), casePdf },
            "zh_CN");
    INFO(caseReport.err.toStdString());
    REQUIRE(caseReport.exitCode == 0);
    const QString caseText = pdfText(casePdf).simplified().remove(QLatin1Char(' '));
    CHECK(caseText.contains(QStringLiteral("已批准1.00亩")));
    CHECK(caseText.contains(QStringLiteral("平政转批〔2023〕18号")));
    CHECK(caseText.contains(QStringLiteral("4.01")));
    const QString townshipPdf = dir.filePath(QStringLiteral("township.pdf"));
    REQUIRE(runCli({ QStringLiteral("report"), QStringLiteral("township"), project,
                       QStringLiteral("--output"), townshipPdf },
                "zh_CN")
                .exitCode
        == 0);
    const QString townshipText = pdfText(townshipPdf).simplified().remove(QLatin1Char(' '));
    CHECK(townshipText.contains(QStringLiteral("PS2024-003,已批准用地")));
    CHECK(townshipText.contains(QStringLiteral("平政转批〔2023〕18号")));
}
