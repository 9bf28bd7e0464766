// SPDX-License-Identifier: MIT
// The data check's compact compare (LogReplay::compare over StoredRows, branch open6): each
// table's stored rows and the log's walked side by side in id order. Rows only one side has,
// before, between and after the other's, and fields only one side has, must all be named, in
// the order the map-of-maps compare named them.
#include "log_evidence_fixture.h"

#include "gis/store/log_replay.h"

using namespace fg;
using namespace fg::test::contract;
using namespace fg::test::evidence;

namespace {

/// "table id field" of each finding, in order.
QStringList listed(const std::vector<gis::DataFinding> &findings)
{
    QStringList out;
    for (const gis::DataFinding &finding : findings)
        out << QStringLiteral("%1 %2 %3=%4/%5").arg(finding.table, finding.id, finding.field, finding.logged, finding.stored);
    return out;
}

} // namespace

TEST_CASE("The compact compare names rows before, between and after the log's, fields either side lacks, and keeps "
          "the last of a row read twice",
    "[store][evidence]")
{
    gis::DataRows logged;
    logged.row(QStringLiteral("cases"), QStringLiteral("C-2"))[QStringLiteral("status")] = QStringLiteral("open");
    logged.row(QStringLiteral("cases"), QStringLiteral("C-2"))[QStringLiteral("party")] = QStringLiteral("甲");
    logged.row(QStringLiteral("cases"), QStringLiteral("C-2"))[QStringLiteral("note")] = QString(); // stored lacks: ""
    logged.row(QStringLiteral("cases"), QStringLiteral("C-4"))[QStringLiteral("status")] = QStringLiteral("closed");
    logged.row(QStringLiteral("cases"), QStringLiteral("C-6"))[QStringLiteral("status")] = QStringLiteral("open");
    logged.row(QStringLiteral("settings"), QStringLiteral("rules"))[QStringLiteral("value")] = QStringLiteral("x");
    logged.row(QStringLiteral("incidents"), QStringLiteral("I-1"))[QStringLiteral("fid")] = QStringLiteral("1");

    gis::StoredRows stored;
    // Columns in another order than the log's field names; "party" missing, "extra" only stored.
    gis::StoredRows::Table &cases = stored.table(QStringLiteral("cases"), { QStringLiteral("status"), QStringLiteral("extra") });
    cases.append(QStringLiteral("C-5")) = { QStringLiteral("open"), QString() }; // between C-4 and C-6
    cases.append(QStringLiteral("C-4")) = { QStringLiteral("open"), QStringLiteral("x") }; // read first: replaced
    cases.append(QStringLiteral("C-2")) = { QStringLiteral("open"), QStringLiteral("ignored") };
    cases.append(QStringLiteral("C-1")) = { QStringLiteral("open"), QString() }; // before the log's first
    cases.append(QStringLiteral("C-4")) = { QStringLiteral("closed"), QString() }; // the later read stands
    cases.append(QStringLiteral("C-9")) = { QStringLiteral("open"), QString() }; // after the log's last
    stored.table(QStringLiteral("attachments"), { QStringLiteral("size") }).append(QStringLiteral("abc"))[0]
        = QStringLiteral("3"); // a table the log never had
    stored.table(QStringLiteral("settings"), { QStringLiteral("value") }); // read, empty
    stored.finish();
    REQUIRE(stored.find(QStringLiteral("cases"))->rows.size() == 5);

    const QStringList expected {
        QStringLiteral("incidents I-1 =(row)/(none)"), // a table the store lacks
        QStringLiteral("cases C-1 =(none)/(row)"),
        QStringLiteral("cases C-2 party=甲/"),
        QStringLiteral("cases C-5 =(none)/(row)"),
        QStringLiteral("cases C-6 =(row)/(none)"),
        QStringLiteral("cases C-9 =(none)/(row)"),
        QStringLiteral("settings rules =(row)/(none)"),
        QStringLiteral("attachments abc =(none)/(row)"),
    };
    CHECK(listed(gis::LogReplay::compare(logged, stored)) == expected);
}

TEST_CASE("evidence: rows added before and after the log's, a row deleted and a case's links moved are named in "
          "order, and the project opens read-only",
    "[store][evidence]")
{
    fg::test::forEachStoreBackend([](fg::test::StoreBackend &backend) {
        if (backend.name() == QLatin1String("memory"))
            return;
        const auto store = newProject(backend);
        recordWithHistory(*store);
        const gis::LogCheck clean = store->checkLog();
        REQUIRE(clean.passed());
        const QString c2Links = [&store] {
            for (const gis::IncidentRecord &incident : store->incidents())
                if (incident.id == QLatin1String("I-2"))
                    return QString::number(incident.fid);
            return QString();
        }();
        REQUIRE_FALSE(c2Links.isEmpty());
        tamper(*store, QStringLiteral("INSERT INTO settings (key, value) VALUES ('0-before', 'x')"));
        tamper(*store, QStringLiteral("INSERT INTO settings (key, value) VALUES ('~after', 'y')"));
        tamper(*store, QStringLiteral("DELETE FROM case_events WHERE case_id = 'C-1' AND step_no = 0"));
        // Links of a case the table lacks (sorted before C-1), and C-2's links gone.
        // (The foreign keys off: SQLite's for this connection; PostgreSQL's are triggers, off in tamper().)
        const QString keysOff = store->info().shared ? QString() : QStringLiteral("PRAGMA foreign_keys = OFF; ");
        tamper(*store, keysOff + QStringLiteral("INSERT INTO case_incidents (case_id, incident_fid) SELECT 'C-0', "
                                                "incident_fid FROM case_incidents WHERE case_id = 'C-1'"));
        tamper(*store, QStringLiteral("DELETE FROM case_incidents WHERE case_id = 'C-2'"));
        const gis::LogCheck check = store->checkLog();
        CHECK(check.report.intact());
        const QStringList expected {
            QStringLiteral("cases C-0 =(none)/(row)"),
            QStringLiteral("cases C-2 incidents=%1/").arg(c2Links),
            QStringLiteral("case_events C-1#0 =(row)/(none)"),
            QStringLiteral("settings 0-before =(none)/(row)"),
            QStringLiteral("settings ~after =(none)/(row)"),
        };
        CHECK(listed(check.findings) == expected);
        // The links-only row counts as a case row checked, as the map-of-maps compare counted it.
        CHECK(check.rowsChecked.value(QStringLiteral("cases")) == clean.rowsChecked.value(QStringLiteral("cases")) + 1);
        CHECK(check.rowsChecked.value(QStringLiteral("case_events"))
            == clean.rowsChecked.value(QStringLiteral("case_events")) - 1);
        const auto again = backend.openAgain(*store, analyst());
        CHECK(again->rights().readOnly);
        CHECK(again->rights().readOnlyReason.contains(QStringLiteral("5 difference")));
        CHECK(again->rights().readOnlyReason.contains(
            QStringLiteral("cases C-0: the table has this row but the log never recorded it")));
    });
}
