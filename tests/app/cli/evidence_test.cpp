// SPDX-License-Identifier: MIT
// Issue 13's attacks through farmguard-cli, as a tester with the file and a bad day made them:
// each is now caught (verify-log exit 4 naming what broke) and commands that write refuse with
// exit 4; receipts (project seal) anchor the log outside the file; the keyed chain needs its key.
#include "sample_project.h"

#include "core/cases/canonical_json.h"
#include "core/cases/hash_chain.h"
#include "gis/store/gpkg/gpkg_geometry_p.h"
#include "gis/store/gpkg/sqlite_connection_p.h"
#include "gis/store/project_stores.h"

#include <QDir>
#include <QFile>
#include <QThread>

#include <csignal>

namespace {

QStringList words(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *word : list)
        result << QString::fromUtf8(word);
    return result;
}

CliResult expect(const QStringList &args, int code, const QProcessEnvironment &extra = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FARMGUARD_LANG"), QStringLiteral("en"));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FG_CLI_PATH), args);
    process.waitForFinished(300000);
    const CliResult r { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
    INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == code);
    return r;
}

/// SQL on the file behind FarmGuard's back, the append-only triggers dropped first.
void tamper(const QString &path, const QString &sql)
{
    fg::gis::SqliteConnection db(path, fg::gis::SqliteConnection::Mode::ReadWrite);
    fg::gis::registerGpkgFunctions(db.handle());
    QStringList guards;
    for (auto rows = db.query(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_no_%'"));
         rows->next();)
        guards << QStringLiteral("DROP TRIGGER \"%1\"").arg(rows->text(0));
    db.script(guards.join(QStringLiteral("; ")));
    db.script(sql);
}

/// Changes event @p seq's who and re-seals it and every later event, the head too; the receipt
/// copies kept in the file are removed: a consistent rewrite by someone without a key.
void rewriteFrom(const QString &path, qint64 seq)
{
    QList<fg::core::AuditEvent> events = fg::gis::ProjectStores::open(fg::gis::ProjectLocation::parse(path),
        { QStringLiteral("t"), QStringLiteral("t") }, fg::gis::OpenMode::ReadOnly)->events();
    QStringList sql { QStringLiteral("DELETE FROM receipts") };
    for (qsizetype i = seq - 1; i < events.size(); ++i) {
        if (i == seq - 1)
            events[i].who = QStringLiteral("冒名者");
        events[i] = fg::core::HashChain::seal(events[i], i == 0 ? nullptr : &events[i - 1]);
        sql << QStringLiteral("UPDATE event_log SET who = '%1', prev_hash = '%2', hash = '%3' WHERE seq = %4")
                   .arg(events[i].who, events[i].prevHash, events[i].hash)
                   .arg(events[i].seq);
    }
    sql << QStringLiteral("UPDATE settings SET value = '%1' WHERE key = 'log_head_hash'").arg(events.last().hash);
    tamper(path, sql.join(QStringLiteral("; ")));
}

QString writeKey(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("office.key"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("5f0c1d9e8a7b6c5d4e3f2a1b0c9d8e7f\n");
    return path;
}

QStringList folder(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

QStringList advance(const QString &project, const char *caseId = "PS2024-020")
{
    return words({ "project", "advance" }) + QStringList { project, QString::fromUtf8(caseId), QStringLiteral("verify"),
        QStringLiteral("--actor"), QStringLiteral("李建国"), QStringLiteral("--role"), QStringLiteral("所长") };
}

} // namespace

TEST_CASE("verify-log proves the sample: chain, head, data, seal writes a signed receipt it checks later", "[cli][evidence]")
{
    QTemporaryDir dir;
    const QString project = sampleProjectCopy(dir);
    const QString key = writeKey(dir);
    const QString receipt = dir.filePath(QStringLiteral("r.json"));
    const CliResult sealed = expect(words({ "project", "seal" }) + QStringList { project, QStringLiteral("--output"),
        receipt, QStringLiteral("--key-file"), key }, 0);
    CHECK(sealed.out.contains(QStringLiteral("signed with key")));
    const CliResult checked = expect({ QStringLiteral("verify-log"), project, QStringLiteral("--receipt"), receipt,
        QStringLiteral("--key-file"), key }, 0);
    CHECK(checked.out.contains(QStringLiteral("log head #")));
    CHECK(checked.out.contains(QStringLiteral("the data matches the log")));
    // Without the key the receipt's signature cannot be checked.
    expect({ QStringLiteral("verify-log"), project, QStringLiteral("--receipt"), receipt }, 4);
    const QString head = checked.out.section(QStringLiteral("log head "), 1).section(QLatin1Char('\n'), 0, 0);
    expect({ QStringLiteral("verify-log"), project, QStringLiteral("--head"), head.left(20) }, 0); // a printed prefix
}

TEST_CASE("Triggers dropped, the whole log and head deleted: caught by the data check and against a receipt",
    "[cli][evidence]")
{
    QTemporaryDir dir;
    const QString project = sampleProjectCopy(dir);
    const QString receipt = dir.filePath(QStringLiteral("r.json"));
    expect(words({ "project", "seal" }) + QStringList { project, QStringLiteral("--output"), receipt }, 0);
    tamper(project, QStringLiteral("DELETE FROM event_log; DELETE FROM receipts; "
                                   "DELETE FROM settings WHERE key IN ('log_head_seq', 'log_head_hash')"));
    const CliResult bare = expect({ QStringLiteral("verify-log"), project }, 4);
    CHECK(bare.out.contains(QStringLiteral("the log never recorded it")));
    const CliResult anchored = expect({ QStringLiteral("verify-log"), project, QStringLiteral("--receipt"), receipt }, 4);
    CHECK(anchored.out.contains(QStringLiteral("ANCHOR FAILED")));
    const CliResult refused = expect(advance(project), 4);
    CHECK(refused.err.contains(QStringLiteral("read-only")));
}

TEST_CASE("An event edited and everything after it re-hashed, head included: caught against a receipt, and by the "
          "keyed chain without one", "[cli][evidence]")
{
    QTemporaryDir dir;
    const QString project = sampleProjectCopy(dir);
    const QString receipt = dir.filePath(QStringLiteral("r.json"));
    expect(words({ "project", "seal" }) + QStringList { project, QStringLiteral("--output"), receipt }, 0);
    rewriteFrom(project, 10);
    expect({ QStringLiteral("verify-log"), project }, 0); // the chain and the data alone cannot tell
    const CliResult anchored = expect({ QStringLiteral("verify-log"), project, QStringLiteral("--receipt"), receipt }, 4);
    CHECK(anchored.out.contains(QStringLiteral("ANCHOR FAILED")));

    // The same on a keyed log: re-hashed without the key, it fails with the key and without a receipt.
    QTemporaryDir keyed;
    const QString second = sampleProjectCopy(keyed);
    const QString key = writeKey(keyed);
    expect(words({ "project", "key-log" }) + QStringList { second, QStringLiteral("--key-file"), key }, 0);
    QProcessEnvironment office;
    office.insert(QStringLiteral("FARMGUARD_LOG_KEY_FILE"), key);
    expect(advance(second), 0, office);
    expect(advance(second, "PS2024-012"), 4); // writing a keyed log needs the key
    expect({ QStringLiteral("verify-log"), second }, 4); // and so does checking it
    expect({ QStringLiteral("verify-log"), second, QStringLiteral("--key-file"), key }, 0);
    rewriteFrom(second, 10);
    const CliResult caught = expect({ QStringLiteral("verify-log"), second, QStringLiteral("--key-file"), key }, 4);
    CHECK(caught.out.contains(QStringLiteral("BROKEN")));
}

TEST_CASE("A cut log laundered by a later ordinary write: caught against a receipt", "[cli][evidence]")
{
    QTemporaryDir dir;
    const QString project = sampleProjectCopy(dir);
    for (const char *name : { "新网格员甲", "新网格员乙" })
        expect(QStringList { QStringLiteral("officer"), project, QStringLiteral("add"), QString::fromUtf8(name),
                   QStringLiteral("--township"), QStringLiteral("龙溪镇"), QStringLiteral("--capacity"), QStringLiteral("5") },
            0);
    const QString receipt = dir.filePath(QStringLiteral("r.json"));
    expect(words({ "project", "seal" }) + QStringList { project, QStringLiteral("--output"), receipt }, 0);
    const auto store = fg::gis::ProjectStores::open(fg::gis::ProjectLocation::parse(project),
        { QStringLiteral("t"), QStringLiteral("t") }, fg::gis::OpenMode::ReadOnly);
    const qint64 keep = store->logHead()->seq - 2;
    const QString keptHash = store->events().at(keep - 1).hash;
    tamper(project, QStringLiteral("DELETE FROM event_log WHERE seq > %1; DELETE FROM receipts; "
                                   "DELETE FROM patrol_officers WHERE name LIKE '新网格员%'; "
                                   "UPDATE settings SET value = '%1' WHERE key = 'log_head_seq'; "
                                   "UPDATE settings SET value = '%2' WHERE key = 'log_head_hash'")
                        .arg(keep)
                        .arg(keptHash));
    expect(advance(project), 0); // the next ordinary write re-stamps the head
    expect({ QStringLiteral("verify-log"), project }, 0);
    const CliResult anchored = expect({ QStringLiteral("verify-log"), project, QStringLiteral("--receipt"), receipt }, 4);
    CHECK(anchored.out.contains(QString::number(keep + 2)));
}

TEST_CASE("A changed area, geometry, step actor or threshold flag: verify-log names the row, writes exit 4",
    "[cli][evidence]")
{
    const std::pair<const char *, const char *> attacks[] = {
        { "UPDATE incidents SET basic_farmland_mu = 1.0 WHERE incident_id = 'PS2024-003'",
            "incidents PS2024-003: basic_farmland_mu is '1' but the log says '4.01'" },
        { "UPDATE incidents SET geom = (SELECT geom FROM incidents WHERE incident_id = 'PS2024-001') "
          "WHERE incident_id = 'PS2024-004'",
            "incidents PS2024-004: geometry_sha256" },
        { "UPDATE case_events SET actor = '无名氏' WHERE case_id = 'PS2024-002' AND step_no = 3",
            "case_events PS2024-002#3: actor is '无名氏'" },
        { "UPDATE cases SET threshold_flag = 'reached' WHERE id = 'PS2024-003'",
            "cases PS2024-003: threshold_flag is 'reached' but the log says 'below'" },
    };
    for (const auto &[sql, named] : attacks) {
        QTemporaryDir dir;
        const QString project = sampleProjectCopy(dir);
        tamper(project, QString::fromUtf8(sql));
        const CliResult checked = expect({ QStringLiteral("verify-log"), project }, 4);
        CHECK(checked.out.contains(QString::fromUtf8(named)));
        const CliResult refused = expect(advance(project), 4);
        CHECK(refused.err.contains(QStringLiteral("differs from its audit log")));
        expect(words({ "project", "cases" }) + QStringList { project }, 0); // reading still works
    }
}

TEST_CASE("A damaged file exits 4 with a plain message, a 0444 file lists and refuses writes, reading leaves no "
          "-wal/-shm", "[cli][evidence]")
{
    QTemporaryDir dir;
    const QString project = sampleProjectCopy(dir);
    const QStringList before = folder(dir);
    expect({ QStringLiteral("verify-log"), project }, 0);
    expect(words({ "project", "cases" }) + QStringList { project }, 0);
    CHECK(folder(dir) == before);

    QFile::setPermissions(project, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    expect(words({ "project", "cases" }) + QStringList { project }, 0);
    const CliResult refused = expect(advance(project), 4);
    CHECK(refused.err.contains(QStringLiteral("read-only")));
    CHECK(folder(dir) == before);

    QFile::setPermissions(project, QFile::ReadOwner | QFile::WriteOwner);
    qint64 page = 0, size = 0;
    {
        const fg::gis::SqliteConnection db(project, fg::gis::SqliteConnection::Mode::ReadOnly);
        auto rows = db.query(QStringLiteral("SELECT rootpage, (SELECT page_size FROM pragma_page_size) FROM sqlite_master "
                                            "WHERE name = 'case_events'"));
        REQUIRE(rows->next());
        page = rows->integer(0);
        size = rows->integer(1);
    }
    QFile file(project);
    REQUIRE(file.open(QIODevice::ReadWrite));
    file.seek((page - 1) * size);
    file.write(QByteArray(64, '\xff'));
    file.close();
    const CliResult damaged = expect({ QStringLiteral("verify-log"), project }, 4);
    CHECK(damaged.out.contains(QStringLiteral("DAMAGED")));
    const CliResult written = expect(advance(project), 4);
    // A plain sentence first; SQLite's own words, if any, only in brackets after it.
    CHECK(written.err.contains(QStringLiteral("the project file is damaged")));
    CHECK(written.err.contains(QStringLiteral("restore it from a backup")));
}

TEST_CASE("A create-sample killed at any moment leaves no partial project at its path", "[cli][evidence]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("killed.gpkg"));
    int killedWhileBuilding = 0;
    for (const int ms : { 50, 150, 300, 450, 600, 800 }) {
        QProcess process;
        process.start(QStringLiteral(FG_CLI_PATH), { QStringLiteral("project"), QStringLiteral("create-sample"), project });
        REQUIRE(process.waitForStarted());
        QThread::msleep(ms);
        ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished();
        INFO("killed after " << ms << " ms");
        if (process.exitStatus() == QProcess::NormalExit) // it finished first
            CHECK(process.exitCode() == 0);
        // Killed before the final rename: nothing at the path. Killed after it (a fast machine
        // gets there within the sleep) or finished: a complete project that proves itself.
        // Never a partial one.
        if (QFile::exists(project)) {
            expect({ QStringLiteral("verify-log"), project }, 0);
            QFile::remove(project);
        } else {
            ++killedWhileBuilding;
        }
    }
    CHECK(killedWhileBuilding > 0); // the early kills did land mid-build
    // The next create of the same project clears what killed ones left (hidden building files).
    expect(words({ "project", "create-sample" }) + QStringList { project }, 0);
    CHECK(folder(dir) == QStringList { QStringLiteral("killed.gpkg") });
}
