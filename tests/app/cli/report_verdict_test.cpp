// SPDX-License-Identifier: MIT
// Issue 12, "done when": no report can show a figure that disagrees with its verdict. Every case of
// the sample is reported (case report; major-case report and joint-discipline notice where they
// apply); each printed verdict figure is the case's judged figure (`project case --format json`)
// with the verdict's rounding, and each "threshold reached / below" beside a figure follows from
// that very figure.
#include "pdf_text.h"
#include "sample_project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

/// One line of words: a sentence may wrap anywhere in the PDF.
QString pdfWords(const QString &pdf)
{
    return pdfText(pdf).simplified();
}

QString mu(const QJsonValue &value)
{
    return QString::number(value.toDouble(), 'f', 2);
}

QJsonObject caseJson(const QString &project, const QString &id)
{
    const CliResult r = runCli({ QStringLiteral("project"), QStringLiteral("case"), project, id, QStringLiteral("--format"),
        QStringLiteral("json") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QString report(const QStringList &args, const QString &pdf)
{
    const CliResult r = runCli(QStringList { QStringLiteral("report") } + args + QStringList { QStringLiteral("--output"), pdf });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return pdfWords(pdf);
}

/// Every "<figure> mu; threshold <t> mu or more: <verdict>" of @p text agrees with itself.
int checkVerdictSentences(const QString &text)
{
    static const QRegularExpression sentence(
        QStringLiteral("([0-9]+\\.[0-9]{2}) mu; threshold ([0-9]+\\.[0-9]{2}) mu or more: (threshold reached|below the threshold)"));
    int seen = 0;
    for (auto it = sentence.globalMatch(text); it.hasNext(); ++seen) {
        const QRegularExpressionMatch m = it.next();
        INFO(m.captured(0).toStdString());
        CHECK((m.captured(1).toDouble() >= m.captured(2).toDouble()) == (m.captured(3) == QLatin1String("threshold reached")));
    }
    return seen;
}

} // namespace

TEST_CASE("Every report of the sample prints its mu figures as the case's verdict judged them", "[cli][report][cases]")
{
    QTemporaryDir dir;
    const QString project = sampleProjectCopy(dir);
    const CliResult listed = runCli({ QStringLiteral("project"), QStringLiteral("cases"), project, QStringLiteral("--format"),
        QStringLiteral("json") });
    REQUIRE(listed.exitCode == 0);
    const QJsonArray cases = QJsonDocument::fromJson(listed.out.toUtf8()).object().value(QStringLiteral("cases")).toArray();
    REQUIRE(cases.size() >= 5);
    int reported = 0, major = 0;
    for (const QJsonValue &entry : cases) {
        const QString id = entry.toObject().value(QStringLiteral("id")).toString();
        const QJsonObject json = caseJson(project, id);
        if (json.value(QStringLiteral("status")).toString() == QLatin1String("dismissed"))
            continue;
        INFO("case " << id.toStdString());
        const QString judged = json.value(QStringLiteral("judged_flag")).toString();
        const QJsonObject figures = json.value(QStringLiteral("figures")).toObject();
        const QJsonObject own = figures.value(QStringLiteral("own")).toObject();
        const QJsonObject party = figures.value(QStringLiteral("party")).toObject();
        // The stored flag is the judged one: the flag follows the figures.
        CHECK(json.value(QStringLiteral("facts")).toObject().value(QStringLiteral("threshold")).toString() == judged);

        const QString text = report({ QStringLiteral("case"), project, QStringLiteral("--case"), id },
            dir.filePath(QStringLiteral("case-%1.pdf").arg(id)));
        ++reported;
        CHECK_FALSE(text.contains(QStringLiteral("differs from these figures")));
        if (judged == QLatin1String("not_applicable")) {
            CHECK(text.contains(QStringLiteral("not judged against the accountability thresholds")));
            continue;
        }
        CHECK(checkVerdictSentences(text) >= 2);
        CHECK(text.contains(QStringLiteral("Permanent basic farmland occupied: %1 mu")
                                .arg(mu(own.value(QStringLiteral("basic_farmland_mu"))))));
        CHECK(text.contains(QStringLiteral(": %1 mu; threshold").arg(mu(own.value(QStringLiteral("cultivated_mu"))))));
        if (!party.isEmpty())
            CHECK(text.contains(QStringLiteral("basic farmland %1 mu, cultivated land %2 mu: %3")
                                    .arg(mu(party.value(QStringLiteral("basic_farmland_mu"))),
                                        mu(party.value(QStringLiteral("cultivated_mu"))),
                                        party.value(QStringLiteral("basic_farmland")).toBool()
                                                || party.value(QStringLiteral("cultivated")).toBool()
                                            ? QStringLiteral("threshold reached")
                                            : QStringLiteral("below the threshold"))));
        const bool reached = judged == QLatin1String("reached");
        CHECK(text.contains(QStringLiteral("Conclusion: this case reaches the accountability threshold")) == reached);

        if (reached) {
            ++major;
            const QString majorText = report({ QStringLiteral("major-case"), project, QStringLiteral("--case"), id },
                dir.filePath(QStringLiteral("major-%1.pdf").arg(id)));
            CHECK(majorText.contains(QStringLiteral("Occupied by the case's incidents: %1 mu of permanent basic farmland, %2 mu "
                                                    "of cultivated land.")
                                         .arg(mu(own.value(QStringLiteral("basic_farmland_mu"))),
                                             mu(own.value(QStringLiteral("cultivated_mu"))))));
            const QString joint = report({ QStringLiteral("joint-discipline"), project, id },
                dir.filePath(QStringLiteral("joint-%1.pdf").arg(id)));
            CHECK(joint.contains(QStringLiteral("of which permanent basic farmland %1 mu and cultivated land %2 mu")
                                     .arg(mu(own.value(QStringLiteral("basic_farmland_mu"))),
                                         mu(own.value(QStringLiteral("cultivated_mu"))))));
        }
    }
    CHECK(reported >= 5);
    CHECK(major >= 2);
}
