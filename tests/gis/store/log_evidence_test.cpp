// SPDX-License-Identifier: MIT
// Issue 13's attacks on the record, on the GeoPackage and PostGIS backends: the data check
// re-derives the tables from the log and names every row that differs; receipts kept outside
// catch a deleted, rewritten or cut log; the keyed chain cannot be re-hashed without its key; a
// project that fails its open check opens read-only.
#include "log_evidence_fixture.h"

#include "core/store_errors.h"

using namespace fg;
using namespace fg::test::contract;
using namespace fg::test::evidence;

namespace {

/// The body runs on the backends that keep a record in SQL (the memory fake checks its chain only).
void forEachSqlBackend(const std::function<void(fg::test::StoreBackend &)> &body)
{
    fg::test::forEachStoreBackend([&body](fg::test::StoreBackend &backend) {
        if (backend.name() != QLatin1String("memory"))
            body(backend);
    });
}

/// Reopens the project (as the next command would) and checks it opened read-only for its record.
void opensReadOnly(fg::test::StoreBackend &backend, const gis::ProjectStore &store)
{
    const auto again = backend.openAgain(store, analyst());
    INFO(again->rights().readOnlyReason.toStdString());
    CHECK(again->rights().readOnly);
    CHECK(again->rights().logBroken);
    CHECK_FALSE(again->rights().readOnlyReason.isEmpty());
    CHECK_THROWS_AS(again->setSetting(QStringLiteral("x"), QStringLiteral("y")), core::ProjectReadOnly);
    CHECK(again->cases().size() == 2); // reading still works
}

} // namespace

TEST_CASE("evidence: a record with history matches its log on every backend, and reopens writable", "[store][evidence]")
{
    forEachSqlBackend([](fg::test::StoreBackend &backend) {
        const auto store = newProject(backend);
        recordWithHistory(*store);
        const gis::LogCheck check = store->checkLog();
        INFO((check.findings.empty() ? QString() : check.findings.front().message()).toStdString());
        CHECK(check.passed());
        CHECK(check.dataChecked);
        CHECK(check.rowsChecked.value(QStringLiteral("incidents")) == 2);
        CHECK(check.rowsChecked.value(QStringLiteral("case_events")) == 3);
        CHECK(check.rowsChecked.value(QStringLiteral("transfers")) == 1);
        CHECK(check.rowsChecked.value(QStringLiteral("accountability")) == 1);
        CHECK(check.rowsChecked.value(QStringLiteral("attachments")) == 1);
        const auto again = backend.openAgain(*store, analyst());
        CHECK_FALSE(again->rights().readOnly);
        CHECK_FALSE(again->rights().logBroken);
    });
}

TEST_CASE("evidence: a changed area, geometry, step actor or threshold flag is named, and the project opens read-only",
    "[store][evidence]")
{
    struct Attack
    {
        const char *what;
        const char *sql;
        const char *table, *id, *field;
    };
    const Attack attacks[] = {
        { "area", "UPDATE incidents SET basic_farmland_mu = 1 WHERE incident_id = 'I-1'", "incidents", "I-1",
            "basic_farmland_mu" },
        { "geometry", "UPDATE incidents SET geom = (SELECT geom FROM incidents WHERE incident_id = 'I-2') "
                      "WHERE incident_id = 'I-1'",
            "incidents", "I-1", "geometry_sha256" },
        { "no geometry", "UPDATE incidents SET geom = NULL WHERE incident_id = 'I-2'", "incidents", "I-2",
            "geometry_sha256" },
        { "actor", "UPDATE case_events SET actor = '无名氏' WHERE case_id = 'C-1' AND step_no = 1", "case_events", "C-1#1",
            "actor" },
        { "threshold", "UPDATE cases SET threshold_flag = 'below' WHERE id = 'C-1'", "cases", "C-1", "threshold_flag" },
        { "reply", "UPDATE transfers SET reply = '不予立案' WHERE case_id = 'C-1'", "transfers", "C-1/T1", "reply" },
        { "accountability", "UPDATE accountability SET decision = '无' WHERE case_id = 'C-1'", "accountability", "C-1#1",
            "decision" },
    };
    forEachSqlBackend([&attacks](fg::test::StoreBackend &backend) {
        for (const Attack &attack : attacks) {
            INFO(attack.what);
            const auto store = newProject(backend);
            recordWithHistory(*store);
            tamper(*store, QString::fromUtf8(attack.sql));
            const gis::LogCheck check = store->checkLog();
            CHECK(check.report.intact()); // the chain alone sees nothing
            CHECK_FALSE(check.passed());
            CHECK(names(check, QLatin1String(attack.table), QString::fromUtf8(attack.id), QLatin1String(attack.field)));
            REQUIRE_FALSE(check.findings.empty());
            CHECK(check.findings.front().message().contains(QString::fromUtf8(attack.id)));
            opensReadOnly(backend, *store);
        }
    });
}

TEST_CASE("evidence: the log and head deleted behind the triggers' back: the data and a kept receipt say so",
    "[store][evidence][receipt]")
{
    forEachSqlBackend([](fg::test::StoreBackend &backend) {
        const auto store = newProject(backend);
        recordWithHistory(*store);
        const core::LogReceipt receipt = store->seal(officeKey());
        CHECK(receipt.headSeq == store->logHead()->seq);
        CHECK(receipt.signatureProblem(&officeKey()).isEmpty());
        tamper(*store, QStringLiteral("DELETE FROM event_log; DELETE FROM settings WHERE key IN ('log_head_seq', 'log_head_hash')"));
        gis::LogCheckOptions options;
        options.receipts = { receipt };
        options.key = officeKey();
        const gis::LogCheck check = store->checkLog(options);
        CHECK(check.events == 0);
        CHECK(check.report.intact()); // an empty chain is a valid chain …
        CHECK(names(check, QStringLiteral("incidents"), QStringLiteral("I-1"), QString())); // … but the rows are unlogged
        CHECK(check.anchorProblems.size() == 2); // the receipt given and its copy kept in the project
        opensReadOnly(backend, *store);
    });
}

TEST_CASE("evidence: an event edited and everything after it re-hashed, head included, is caught against a receipt",
    "[store][evidence][receipt]")
{
    forEachSqlBackend([](fg::test::StoreBackend &backend) {
        const auto store = newProject(backend);
        recordWithHistory(*store);
        const core::LogReceipt receipt = store->seal();
        rewriteFrom(*store, 3);
        gis::LogCheckOptions chainOnly;
        chainOnly.data = false;
        CHECK(store->checkLog(chainOnly).report.intact()); // a consistent forgery: the chain alone passes
        gis::LogCheckOptions options = chainOnly;
        options.receipts = { receipt };
        const gis::LogCheck check = store->checkLog(options);
        REQUIRE(check.anchorProblems.size() == 2);
        CHECK(check.anchorProblems.front().contains(QString::number(receipt.headSeq)));
    });
}

TEST_CASE("evidence: a cut log laundered by a later ordinary write is caught against a receipt",
    "[store][evidence][receipt]")
{
    forEachSqlBackend([](fg::test::StoreBackend &backend) {
        const auto store = newProject(backend);
        recordWithHistory(*store);
        store->setSetting(QStringLiteral("a"), QStringLiteral("1"));
        store->setSetting(QStringLiteral("b"), QStringLiteral("2"));
        gis::LogCheckOptions options;
        options.receipts = { store->seal() };
        const qint64 head = store->logHead()->seq;
        cutAfter(*store, head - 2, { QStringLiteral("a"), QStringLiteral("b") });
        tamper(*store, QStringLiteral("DELETE FROM receipts")); // the copy in the project goes too
        {
            // The next command finds a consistent project and writes: the head is re-stamped.
            const auto next = backend.openAgain(*store, analyst());
            REQUIRE_FALSE(next->rights().readOnly);
            next->setSetting(QStringLiteral("c"), QStringLiteral("3"));
        }
        gis::LogCheckOptions plain;
        plain.receipts.clear();
        CHECK(store->checkLog(plain).report.intact());
        const gis::LogCheck check = store->checkLog(options);
        CHECK_FALSE(check.passed());
        CHECK(check.anchorProblems.size() == 1);
    });
}

TEST_CASE("evidence: a keyed log needs its key to be written and checked, and a rewrite without it is caught",
    "[store][evidence][keyed]")
{
    forEachSqlBackend([](fg::test::StoreBackend &backend) {
        auto store = newProject(backend);
        store->keyLog(officeKey());
        recordWithHistory(*store);
        CHECK(store->checkLog().report.keyId == officeKey().id());
        CHECK_THROWS_AS(store->keyLog(officeKey()), core::InputError); // a keyed log keeps its key
        const gis::ProjectLocation location = gis::ProjectLocation::parse(
            store->info().shared ? qEnvironmentVariable("FARMGUARD_TEST_PG") + QStringLiteral("?schema=") + store->info().name
                                 : store->info().location);
        {
            const auto keyless = gis::ProjectStores::open(location, analyst(), gis::OpenMode::ReadWrite, std::nullopt);
            CHECK(keyless->rights().readOnly);
            CHECK(keyless->rights().readOnlyReason.contains(officeKey().id()));
            CHECK_THROWS_AS(keyless->setSetting(QStringLiteral("x"), QStringLiteral("y")), core::ProjectReadOnly);
            const core::LogKey other(QByteArrayLiteral("a-key-of-another-office-000000"));
            CHECK(gis::ProjectStores::open(location, analyst(), gis::OpenMode::ReadWrite, other)->rights().readOnly);
            const auto keyed = gis::ProjectStores::open(location, analyst(), gis::OpenMode::ReadWrite, officeKey());
            CHECK_FALSE(keyed->rights().readOnly);
            keyed->setSetting(QStringLiteral("x"), QStringLiteral("y"));
        }
        rewriteFrom(*store, 2);
        gis::LogCheckOptions options;
        options.key = officeKey();
        options.data = false;
        const gis::LogCheck check = store->checkLog(options);
        CHECK(check.report.problem == core::ChainReport::Problem::Edited);
    });
}

TEST_CASE("evidence: a receipt of a log that failed its check is refused", "[store][evidence][receipt]")
{
    forEachSqlBackend([](fg::test::StoreBackend &backend) {
        const auto store = newProject(backend);
        recordWithHistory(*store);
        tamper(*store, QStringLiteral("UPDATE cases SET status = 'closed' WHERE id = 'C-2'"));
        const auto again = backend.openAgain(*store, analyst());
        CHECK_THROWS_AS(again->seal(), core::ProjectReadOnly);
    });
}

TEST_CASE("evidence: an edited event and a changed row at once: the chain (checked on its own core) and the data "
          "check both report, and the open names the chain",
    "[store][evidence]")
{
    // checkLog verifies the chain on a second thread while it reads and derives the rows: a
    // result lost or overwritten at the join would drop one of the two findings here.
    forEachSqlBackend([](fg::test::StoreBackend &backend) {
        const auto store = newProject(backend);
        recordWithHistory(*store);
        tamper(*store, QStringLiteral("UPDATE event_log SET who = '无名氏' WHERE seq = 2"));
        tamper(*store, QStringLiteral("UPDATE cases SET threshold_flag = 'below' WHERE id = 'C-1'"));
        const gis::LogCheck check = store->checkLog();
        CHECK(check.report.problem == core::ChainReport::Problem::Edited);
        CHECK(check.report.seq == 2);
        CHECK(names(check, QStringLiteral("cases"), QStringLiteral("C-1"), QStringLiteral("threshold_flag")));
        CHECK(check.head.has_value());
        CHECK_FALSE(check.passed());
        const auto again = backend.openAgain(*store, analyst());
        CHECK(again->rights().readOnly);
        CHECK(again->rights().readOnlyReason.contains(check.report.message)); // the chain first, as before
    });
}
