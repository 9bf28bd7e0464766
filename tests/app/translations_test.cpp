// SPDX-License-Identifier: MIT
// The Chinese catalogue is complete, keeps every placeholder, and is filed under the contexts the code
// asks for at run time (a context mismatch silently shows English in a Chinese UI).
#include <catch2/catch.hpp>

#include "core/cases/case_status.h"
#include "core/cases/department.h"
#include "core/input_error.h"
#include "gis/io/layer_reader.h"
#include "gis/store/incident_record.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString type; ///< the <translation> type attribute: "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList forms; ///< the translation, or each <numerusform> of a plural message
};

QList<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<TsMessage> messages;
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message"))
            messages << current;
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = TsMessage {};
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            current.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus)
                current.forms << xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            current.forms << xml.readElementText();
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

const QList<TsMessage> &chineseCatalogue()
{
    static const QList<TsMessage> messages
        = readTs(QStringLiteral(FG_SOURCE_DIR "/resources/translations/farmguard_zh_CN.ts"));
    return messages;
}

bool isLive(const TsMessage &m)
{
    return m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete");
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%[1-9]"));
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

QString describe(const TsMessage &m)
{
    return QStringLiteral("[%1] %2 => %3").arg(m.context, m.source, m.forms.join(QStringLiteral(" | ")));
}

} // namespace

TEST_CASE("zh_CN catalogue: every live message is finished and non-empty", "[translations]")
{
    const QList<TsMessage> &messages = chineseCatalogue();
    REQUIRE(messages.size() > 100); // the parser found the catalogue, not an empty file
    QStringList offending;
    for (const TsMessage &m : messages) {
        if (!isLive(m))
            continue;
        bool empty = m.forms.isEmpty();
        for (const QString &form : m.forms)
            empty = empty || form.trimmed().isEmpty();
        if (empty || m.type == QLatin1String("unfinished"))
            offending << describe(m);
    }
    INFO("untranslated (add them to resources/translations/zh_CN.tsv, run scripts/translations.py):\n"
        << offending.join(QLatin1Char('\n')).toStdString());
    CHECK(offending.isEmpty());
}

TEST_CASE("zh_CN catalogue: translations keep the placeholders of their source", "[translations]")
{
    QStringList offending;
    for (const TsMessage &m : chineseCatalogue()) {
        if (!isLive(m))
            continue;
        for (const QString &form : m.forms) {
            const bool pluralLost = m.numerus && !form.contains(QLatin1String("%n"));
            if (placeholders(form) != placeholders(m.source) || pluralLost)
                offending << describe(m);
        }
    }
    INFO(offending.join(QLatin1Char('\n')).toStdString());
    CHECK(offending.isEmpty());
}

TEST_CASE("zh_CN catalogue: contexts are the ones the code asks for", "[translations]")
{
    QSet<QString> contexts;
    QStringList bare;
    for (const TsMessage &m : chineseCatalogue()) {
        contexts.insert(m.context);
        // Every class and free function lives in fg::...; a bare name means lupdate lost the scope
        // (e.g. X::tr() in a function whose return type is namespace-qualified) and tr() would not find it.
        if (!m.context.startsWith(QLatin1String("fg::")) && m.context != QLatin1String("main"))
            bare << describe(m);
    }
    INFO("contexts without their namespace:\n" << bare.join(QLatin1Char('\n')).toStdString());
    CHECK(bare.isEmpty());

    // Explicit contexts in the code (translate("...") and QT_TRANSLATE_NOOP("...")) must exist in the catalogue.
    static const QRegularExpression literal(
        QStringLiteral("(?:translate|QT_TRANSLATE_NOOP3?)\\(\\s*\"([^\"]+)\""));
    QStringList unknown;
    int seen = 0;
    for (const char *layer : { "core", "gis", "app" }) {
        QDirIterator it(QStringLiteral(FG_SOURCE_DIR "/%1").arg(QLatin1String(layer)),
            { QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            REQUIRE(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            for (auto match = literal.globalMatch(text); match.hasNext();) {
                const QString context = match.next().captured(1);
                ++seen;
                if (!contexts.contains(context))
                    unknown << QStringLiteral("%1: \"%2\"").arg(path, context);
            }
        }
    }
    CHECK(seen > 10);
    INFO("contexts asked for by the code but absent from the catalogue:\n"
        << unknown.join(QLatin1Char('\n')).toStdString());
    CHECK(unknown.isEmpty());
}

TEST_CASE("running app: the zh_CN translator answers every catalogue entry under its context", "[translations]")
{
    // main.cpp installed the translator from the embedded .qm; each lookup goes through the same
    // QCoreApplication::translate that tr() uses, so a context or source mismatch shows up as English.
    QStringList missed;
    for (const TsMessage &m : chineseCatalogue()) {
        if (!isLive(m) || m.numerus || m.forms.isEmpty() || m.forms.first().isEmpty())
            continue;
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        const QString got = QCoreApplication::translate(
            context.constData(), source.constData(), comment.isEmpty() ? nullptr : comment.constData());
        if (got != m.forms.first())
            missed << describe(m) + QStringLiteral(" (got %1)").arg(got);
    }
    INFO(missed.join(QLatin1Char('\n')).toStdString());
    CHECK(missed.isEmpty());
}

TEST_CASE("running app: core, gis and app messages come out in Chinese", "[translations]")
{
    // core: enum names translated through an explicit context in the code.
    CHECK(fg::core::caseStatusName(fg::core::CaseStatus::Stopped) == QStringLiteral("已制止"));
    CHECK(fg::core::departmentName(fg::core::Department::PublicSecurity) == QStringLiteral("县公安局"));
    // gis: a free-function tr() helper (context "fg::gis") and a table with its own context.
    QTemporaryDir dir;
    try {
        fg::gis::readLayer(dir.filePath(QStringLiteral("missing.shp")));
        FAIL("reading a missing file must throw");
    } catch (const fg::core::InputError &error) {
        CHECK(error.problem() == QStringLiteral("文件不存在"));
    }
    CHECK(fg::gis::incidentSourceName(fg::gis::IncidentSource::PublicReport) == QStringLiteral("举报"));
    // app: a class's tr() and a plural message (Chinese has one form; %n still filled in).
    CHECK(QCoreApplication::translate("fg::app::CaseText", "Timeline:") == QStringLiteral("办理过程："));
    CHECK(QCoreApplication::translate("fg::app::ProjectCaseCommands", "%n case(s)", nullptr, 3)
        == QStringLiteral("共 3 件案件"));
    CHECK(QCoreApplication::translate("fg::app::VerifyLogCommand", "%1: audit log intact (%n event(s), %2)", nullptr, 12)
              .arg(QStringLiteral("a.gpkg"), QStringLiteral("x"))
        == QStringLiteral("a.gpkg：操作日志完好（12 个事件，x）"));
}

TEST_CASE("en catalogue: every plural message has a finished singular and plural form", "[translations]")
{
    const QList<TsMessage> messages
        = readTs(QStringLiteral(FG_SOURCE_DIR "/resources/translations/farmguard_en.ts"));
    QStringList offending;
    int plurals = 0;
    for (const TsMessage &m : messages) {
        if (!isLive(m) || !m.numerus)
            continue;
        ++plurals;
        bool filled = m.forms.size() == 2 && m.type != QLatin1String("unfinished");
        for (const QString &form : m.forms)
            filled = filled && !form.isEmpty()
                && form.contains(QLatin1String("%n")) == m.source.contains(QLatin1String("%n"));
        if (!filled)
            offending << describe(m);
    }
    CHECK(plurals > 0);
    INFO("run scripts/translations.py to fill them:\n" << offending.join(QLatin1Char('\n')).toStdString());
    CHECK(offending.isEmpty());
}

TEST_CASE("en translator: plural messages say \"1 case\" and \"3 cases\"", "[translations]")
{
    // main.cpp installed the Chinese translator for the whole run, so ask a local English one directly.
    // QTranslator returns the form with %n still in it; QCoreApplication::translate substitutes it
    // the same way.
    QTranslator english;
    REQUIRE(english.load(QStringLiteral(":/i18n/farmguard_en.qm")));
    const auto say = [&english](const char *context, const char *source, int n) {
        const QString form = english.translate(context, source, nullptr, n);
        return QString(form).replace(QLatin1String("%n"), QString::number(n));
    };
    CHECK(say("fg::app::ProjectCaseCommands", "%n case(s)", 1) == QStringLiteral("1 case"));
    CHECK(say("fg::app::ProjectCaseCommands", "%n case(s)", 3) == QStringLiteral("3 cases"));
    CHECK(say("fg::app::VerifyLogCommand", "%1: audit log intact (%n event(s), %2)", 1)
        == QStringLiteral("%1: audit log intact (1 event, %2)"));
    CHECK(say("fg::app::VerifyLogCommand", "%1: audit log intact (%n event(s), %2)", 12)
        == QStringLiteral("%1: audit log intact (12 events, %2)"));
}

TEST_CASE("running app: an input error naming a record has no English word around it", "[translations]")
{
    // A pasted boundary refused for incident PS2024-099 used to read "...: feature PS2024-099: ...".
    const fg::core::InputError error(QStringLiteral("平顺县.gpkg"), QStringLiteral("界址自相交或退化"), QStringLiteral("PS2024-099"));
    CHECK(error.message().contains(QStringLiteral("PS2024-099")));
    CHECK_FALSE(error.message().contains(QLatin1String("feature")));
    CHECK(QString::fromUtf8(error.what()) == error.message());
}
