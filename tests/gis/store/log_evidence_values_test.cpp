// SPDX-License-Identifier: MIT
// The open check reads the log's values as text and parses them once, on another thread, for
// both the chain and the derivation (issue 15, branch open7): the values must be the very ones
// the parse before gave, so a value stored in another but equal form still verifies, and one
// stored as other JSON or as damaged text still fails the chain at its event, on both backends.
#include "log_evidence_fixture.h"

#include "core/cases/canonical_json.h"
#include "gis/store/sql/sql_log_read_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace fg;
using namespace fg::test::contract;
using namespace fg::test::evidence;

namespace {

/// The parse the log used before open7 (sql_log.cpp), kept here as the reference.
QJsonValue referenceParse(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + text.toUtf8() + "]", &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        return QJsonValue(text);
    return document.array().at(0);
}

void forEachSqlBackend(const std::function<void(fg::test::StoreBackend &)> &body)
{
    fg::test::forEachStoreBackend([&body](fg::test::StoreBackend &backend) {
        if (backend.name() != QLatin1String("memory"))
            body(backend);
    });
}

/// The first incident creation's event: its new value is an object of many members.
core::AuditEvent incidentCreation(const gis::ProjectStore &store)
{
    for (const core::AuditEvent &event : store.events())
        if (event.entity == QLatin1String("incident") && event.oldValue.isNull() && event.newValue.toObject().size() > 3)
            return event;
    FAIL("no incident creation in the log");
    return {};
}

/// @p object written with its members in reverse key order and spaces: valid JSON, equal in
/// value, not canonical.
QString reordered(const QJsonObject &object)
{
    QStringList members;
    for (auto it = object.constEnd(); it != object.constBegin();) {
        --it;
        members << QStringLiteral("\"%1\" : %2").arg(it.key(), QString::fromUtf8(core::CanonicalJson::serialize(it.value())));
    }
    return QStringLiteral("{ ") + members.join(QStringLiteral(" ,\n ")) + QStringLiteral(" }");
}

QString quoted(QString text)
{
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

} // namespace

TEST_CASE("a stored log value parses to the reference parse's value, the null shortcut included", "[store][evidence]")
{
    const QStringList texts { QStringLiteral("null"), QStringLiteral(" null"), QStringLiteral("null "),
        QStringLiteral("NULL"), QStringLiteral("nul"), QStringLiteral("nulll"), QString(), QStringLiteral(" "),
        QStringLiteral("1, 2"), QStringLiteral("]["), QStringLiteral("{\"b\":1,\"a\":[true,false,null]}"),
        QStringLiteral("{ \"a\" : 1 , \"a\" : 2 }"), QStringLiteral("-0.0"), QStringLiteral("9007199254740993"),
        QStringLiteral("1e400"), QStringLiteral("\"平顺县\""), QStringLiteral("\"a\\u0000b\""), QStringLiteral("[]"),
        QStringLiteral("{\"a\":"), QStringLiteral("\"x\" \"y\""), QStringLiteral("true"), QStringLiteral("3.25") };
    for (const QString &text : texts) {
        INFO(text.toStdString());
        const QJsonValue value = gis::sql_log::parsedValue(text);
        CHECK(value == referenceParse(text));
        CHECK(value.type() == referenceParse(text).type());
        CHECK(core::CanonicalJson::serialize(value) == core::CanonicalJson::serialize(referenceParse(text)));
    }
    CHECK(gis::sql_log::parsedValue(QStringLiteral("null")).isNull());
    CHECK(gis::sql_log::parsedValue(QStringLiteral("NULL")) == QJsonValue(QStringLiteral("NULL")));
    CHECK(gis::sql_log::parsedValue(QStringLiteral("1, 2")) == QJsonValue(QStringLiteral("1, 2")));
    CHECK(gis::sql_log::parsedValue(QStringLiteral("{\"b\":1,\"a\":2}")).toObject().value(QStringLiteral("a")).toInt() == 2);
}

TEST_CASE("evidence: a value stored in another but equal form verifies, other JSON, damaged text or a creation's "
          "old value rewritten fails the chain at that event, as before the single parse",
    "[store][evidence]")
{
    forEachSqlBackend([](fg::test::StoreBackend &backend) {
        { // equal in value: the chain and the data hold, as they always did
            const auto store = newProject(backend);
            recordWithHistory(*store);
            const core::AuditEvent event = incidentCreation(*store);
            tamper(*store, QStringLiteral("UPDATE event_log SET new_value = %1, old_value = ' null ' WHERE seq = %2")
                               .arg(quoted(reordered(event.newValue.toObject())))
                               .arg(event.seq));
            const gis::LogCheck check = store->checkLog();
            INFO(check.report.message.toStdString());
            CHECK(check.report.intact());
            CHECK(check.findings.empty());
            CHECK(check.passed());
            CHECK_FALSE(backend.openAgain(*store, analyst())->rights().readOnly);
        }
        struct Attack
        {
            const char *what;
            QString column, text;
        };
        const auto store = newProject(backend);
        recordWithHistory(*store);
        const core::AuditEvent event = incidentCreation(*store);
        QJsonObject other = event.newValue.toObject();
        other.insert(QStringLiteral("basic_farmland_mu"), 6.01);
        const Attack attacks[] = {
            { "other JSON, not canonical", QStringLiteral("new_value"), reordered(other) },
            { "damaged text", QStringLiteral("new_value"), QString::fromUtf8(core::CanonicalJson::serialize(event.newValue)).chopped(1) },
            { "a creation's null old value as NULL", QStringLiteral("old_value"), QStringLiteral("NULL") },
        };
        const QString original = QString::fromUtf8(core::CanonicalJson::serialize(event.newValue));
        for (const Attack &attack : attacks) {
            INFO(attack.what);
            tamper(*store, QStringLiteral("UPDATE event_log SET %1 = %2 WHERE seq = %3")
                               .arg(attack.column, quoted(attack.text))
                               .arg(event.seq));
            const gis::LogCheck check = store->checkLog();
            CHECK(check.report.problem == core::ChainReport::Problem::Edited);
            CHECK(check.report.seq == event.seq);
            CHECK(check.report.message.contains(QString::number(event.seq)));
            CHECK_FALSE(check.passed());
            const auto again = backend.openAgain(*store, analyst());
            CHECK(again->rights().readOnly);
            CHECK(again->rights().readOnlyReason.contains(check.report.message)); // the chain first, as before
            tamper(*store, QStringLiteral("UPDATE event_log SET new_value = %1, old_value = 'null' WHERE seq = %2")
                               .arg(quoted(original))
                               .arg(event.seq));
            CHECK(store->checkLog().passed()); // put back: the log verifies again
        }
    });
}
