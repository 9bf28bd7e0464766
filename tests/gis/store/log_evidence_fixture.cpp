// SPDX-License-Identifier: MIT
#include "log_evidence_fixture.h"

#include "core/cases/canonical_json.h"
#include "core/cases/hash_chain.h"
#include "gis/store/gpkg/gpkg_geometry_p.h"
#include "gis/store/gpkg/sqlite_connection_p.h"
#include "gis/store/pg/pg_connection_p.h"

namespace fg::test::evidence {

const core::LogKey &officeKey()
{
    static const core::LogKey key(QByteArrayLiteral("pingshun-county-office-key-2024"));
    return key;
}

void tamper(const gis::ProjectStore &store, const QString &sql)
{
    if (store.info().shared) {
        const QString server = qEnvironmentVariable("FARMGUARD_TEST_PG");
        gis::PgConnection db(server, store.info().name, server);
        db.script(QStringLiteral("SET session_replication_role = replica; %1; SET session_replication_role = origin")
                      .arg(sql));
        return;
    }
    gis::SqliteConnection db(store.info().location, gis::SqliteConnection::Mode::ReadWrite);
    gis::registerGpkgFunctions(db.handle());
    QStringList guards;
    for (auto rows = db.query(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_no_%' "
                                             "OR name = 'transfers_reply_once'"));
         rows->next();)
        guards << QStringLiteral("DROP TRIGGER \"%1\"").arg(rows->text(0));
    db.script(guards.join(QStringLiteral("; ")));
    db.script(sql);
}

void recordWithHistory(gis::ProjectStore &store)
{
    using namespace fg::test::contract;
    gis::IncidentRecord first = incident(QStringLiteral("I-1"), 0, 0, 100, 100);
    first.measures.basicFarmlandM2 = 3340;
    first.measures.basicFarmlandMu = 5.01;
    first.measures.accountability = true;
    REQUIRE(store.addIncident(first, clueCase(QStringLiteral("C-1"), { QStringLiteral("I-1") })) > 0);
    REQUIRE(store.addIncident(incident(QStringLiteral("I-2"), 200, 0, 260, 60), clueCase(QStringLiteral("C-2"), { QStringLiteral("I-2") })) > 0);
    REQUIRE(store.advanceCase(QStringLiteral("C-1"), step(core::CaseAction::Verify, at(2)), core::CaseWorkflow(), gis::kAnyRevision)
                .accepted);
    gis::CaseFacts facts;
    facts.thresholdFlag = core::ThresholdFlag::Reached;
    facts.declaredMajor = true;
    facts.crimeSuspectedAt = at(3);
    facts.declaredMajorAt = at(3, 9);
    store.setCaseFacts(QStringLiteral("C-1"), facts, gis::kAnyRevision);
    store.addTransfer(QStringLiteral("C-1"), transfer(QStringLiteral("T1"), core::Department::PublicSecurity, at(3, 10)),
        gis::kAnyRevision);
    store.recordTransferReply(QStringLiteral("C-1"), QStringLiteral("T1"), QStringLiteral("已立案"), at(4));
    store.addAccountability(QStringLiteral("C-1"),
        { QStringLiteral("副镇长"), QStringLiteral("诫勉谈话"), QDate(2024, 5, 6),
            core::AccountabilityOrgan::DisciplineInspection, QStringLiteral("平纪发〔2024〕3号") },
        gis::kAnyRevision);
    store.updateIncidentGeometry(incident(QStringLiteral("I-2"), 200, 0, 280, 60), gis::kAnyRevision);
    store.setSetting(QStringLiteral("rules"), QStringLiteral("notice"));
    store.addAttachment(QStringLiteral("现场.jpg"), QStringLiteral("image/jpeg"), QByteArrayLiteral("\xff\xd8 photo"));
}

void rewriteFrom(const gis::ProjectStore &store, qint64 seq)
{
    QList<core::AuditEvent> events = store.events();
    QStringList sql;
    for (qsizetype i = seq - 1; i < events.size(); ++i) {
        if (i == seq - 1)
            events[i].newValue = QJsonObject { { QStringLiteral("rewritten"), true } };
        events[i] = core::HashChain::seal(events[i], i == 0 ? nullptr : &events[i - 1]);
        sql << QStringLiteral("UPDATE event_log SET new_value = '%1', prev_hash = '%2', hash = '%3' WHERE seq = %4")
                   .arg(QString::fromUtf8(core::CanonicalJson::serialize(events[i].newValue)).replace(QLatin1Char('\''), QStringLiteral("''")),
                       events[i].prevHash, events[i].hash)
                   .arg(events[i].seq);
    }
    sql << QStringLiteral("UPDATE settings SET value = '%1' WHERE key = 'log_head_hash'").arg(events.last().hash);
    tamper(store, sql.join(QStringLiteral("; ")));
}

void cutAfter(const gis::ProjectStore &store, qint64 keep, const QStringList &settings)
{
    const QList<core::AuditEvent> events = store.events();
    QStringList sql { QStringLiteral("DELETE FROM event_log WHERE seq > %1").arg(keep),
        QStringLiteral("UPDATE settings SET value = '%1' WHERE key = 'log_head_seq'").arg(keep),
        QStringLiteral("UPDATE settings SET value = '%1' WHERE key = 'log_head_hash'").arg(events.at(keep - 1).hash) };
    for (const QString &key : settings)
        sql << QStringLiteral("DELETE FROM settings WHERE key = '%1'").arg(key);
    tamper(store, sql.join(QStringLiteral("; ")));
}

bool names(const gis::LogCheck &check, const QString &table, const QString &id, const QString &field)
{
    return std::any_of(check.findings.begin(), check.findings.end(), [&](const gis::DataFinding &f) {
        return f.table == table && f.id == id && f.field == field;
    });
}

} // namespace fg::test::evidence
