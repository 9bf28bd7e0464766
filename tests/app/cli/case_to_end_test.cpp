// SPDX-License-Identifier: MIT
// Issue 12, item 1, through the CLI: a threshold case from its clue to closed with the record
// commands beside `project advance`; a refused step exits 5 with the reason; `project case`
// shows every record, transfer and deadline of the closed case.
#include "sample_project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString kCase = QStringLiteral("AJ-2025-009");

QStringList operatorArgs()
{
    return { QStringLiteral("--operator"), QStringLiteral("测试员"), QStringLiteral("--role"), QStringLiteral("county officer") };
}

CliResult advance(const QString &project, const QString &action, const QString &date, const QStringList &more = {})
{
    return runCli(QStringList { QStringLiteral("project"), QStringLiteral("advance"), project, kCase, action,
                      QStringLiteral("--actor"), QStringLiteral("测试员"), QStringLiteral("--role"),
                      QStringLiteral("county officer"), QStringLiteral("--date"), date }
        + more);
}

CliResult record(const QString &command, const QString &project, const QStringList &args)
{
    return runCli(QStringList { QStringLiteral("project"), command, project, kCase } + args + operatorArgs());
}

void require(const CliResult &r)
{
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

} // namespace

TEST_CASE("A threshold case goes from its clue to closed through the CLI, and project case shows every record",
    "[cli][project][cases]")
{
    QTemporaryDir dir;
    const QString project = sampleProjectCopy(dir);
    // PS2024-009: 10.00 mu cultivated land, no case yet: reached under the notice's reading.
    const CliResult opened = runCli(QStringList { QStringLiteral("project"), QStringLiteral("open-case"), project, kCase,
                                        QStringLiteral("PS2024-009"), QStringLiteral("--date"),
                                        QStringLiteral("2025-09-30T09:00:00") }
        + operatorArgs());
    require(opened);
    CHECK(opened.out.contains(QStringLiteral("reached")));

    const CliResult early = advance(project, QStringLiteral("close"), QStringLiteral("2025-09-30T10:00:00"));
    CHECK(early.exitCode == 5);
    CHECK(early.err.contains(QStringLiteral("accountability")));
    require(advance(project, QStringLiteral("verify"), QStringLiteral("2025-09-30T11:00:00")));
    require(advance(project, QStringLiteral("stop"), QStringLiteral("2025-10-01T09:00:00")));
    require(record(QStringLiteral("declare-major"), project, { QStringLiteral("--date"), QStringLiteral("2025-10-02") }));
    require(advance(project, QStringLiteral("report"), QStringLiteral("2025-10-09T09:00:00")));
    require(advance(project, QStringLiteral("file"), QStringLiteral("2025-10-10T09:00:00")));
    require(record(QStringLiteral("suspect"), project, { QStringLiteral("--crime"), QStringLiteral("--date"), QStringLiteral("2025-10-11") }));
    // The suspected crime needs its transfer to 公安 before closing; a refused close exits 5.
    const CliResult untransferred = advance(project, QStringLiteral("close"), QStringLiteral("2025-10-12T09:00:00"));
    CHECK(untransferred.exitCode == 5);
    require(record(QStringLiteral("transfer"), project,
        { QStringLiteral("--to"), QStringLiteral("public_security"), QStringLiteral("--reason"), QStringLiteral("涉嫌非法占用农用地罪"),
            QStringLiteral("--date"), QStringLiteral("2025-10-12") }));
    require(record(QStringLiteral("reply"), project,
        { QStringLiteral("--transfer"), QStringLiteral("T1"), QStringLiteral("--text"), QStringLiteral("已立案侦查"),
            QStringLiteral("--date"), QStringLiteral("2025-10-20") }));
    require(advance(project, QStringLiteral("decide"), QStringLiteral("2025-10-21T09:00:00"),
        { QStringLiteral("--penalty"), QStringLiteral("demolish") }));
    require(advance(project, QStringLiteral("execute"), QStringLiteral("2025-11-21T09:00:00")));
    require(advance(project, QStringLiteral("accept_reclamation"), QStringLiteral("2025-12-01T09:00:00"),
        { QStringLiteral("--joint-acceptor"), QStringLiteral("农业农村局 李验收") }));
    CHECK(advance(project, QStringLiteral("close"), QStringLiteral("2025-12-02T09:00:00")).exitCode == 5);
    require(record(QStringLiteral("accountability"), project,
        { QStringLiteral("--organ"), QStringLiteral("discipline_inspection"), QStringLiteral("--persons"),
            QStringLiteral("某镇分管副镇长"), QStringLiteral("--decision"), QStringLiteral("诫勉谈话"), QStringLiteral("--date"),
            QStringLiteral("2025-12-03"), QStringLiteral("--document"), QStringLiteral("平纪发〔2025〕12号") }));
    require(advance(project, QStringLiteral("close"), QStringLiteral("2025-12-04T09:00:00")));

    const CliResult shown = runCli({ QStringLiteral("project"), QStringLiteral("case"), project, kCase, QStringLiteral("--format"),
        QStringLiteral("json") });
    require(shown);
    const QJsonObject json = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("status")).toString() == QStringLiteral("closed"));
    const QJsonObject facts = json.value(QStringLiteral("facts")).toObject();
    CHECK(facts.value(QStringLiteral("threshold")).toString() == QStringLiteral("reached"));
    CHECK(facts.value(QStringLiteral("crime_suspected_at")).toString().startsWith(QStringLiteral("2025-10-11")));
    const QJsonArray accountability = json.value(QStringLiteral("accountability")).toArray();
    REQUIRE(accountability.size() == 1);
    CHECK(accountability.first().toObject().value(QStringLiteral("document_number")).toString() == QStringLiteral("平纪发〔2025〕12号"));
    const QJsonArray transfers = json.value(QStringLiteral("transfers")).toArray();
    REQUIRE(transfers.size() == 1);
    CHECK(transfers.first().toObject().value(QStringLiteral("reply")).toString() == QStringLiteral("已立案侦查"));
    CHECK(facts.value(QStringLiteral("declared_major_at")).toString().startsWith(QStringLiteral("2025-10-02")));
    CHECK_FALSE(json.value(QStringLiteral("deadlines")).toArray().isEmpty());
    CHECK(json.value(QStringLiteral("steps")).toArray().last().toObject().value(QStringLiteral("action")).toString()
        == QStringLiteral("close"));
    // The text form names the same records.
    const CliResult text = runCli({ QStringLiteral("project"), QStringLiteral("case"), project, kCase });
    require(text);
    for (const QString &expected : { QStringLiteral("平纪发〔2025〕12号"), QStringLiteral("已立案侦查"), QStringLiteral("农业农村局 李验收") }) {
        INFO(expected.toStdString());
        CHECK(text.out.contains(expected));
    }
    CHECK(runCli({ QStringLiteral("verify-log"), project }).exitCode == 0);
}
