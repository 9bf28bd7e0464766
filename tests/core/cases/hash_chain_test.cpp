// SPDX-License-Identifier: MIT
#include "core/cases/canonical_json.h"
#include "core/cases/hash_chain.h"
#include "core/input_error.h"

#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace fg::core;
using Problem = ChainReport::Problem;

namespace {

AuditEvent draft(int minute, const QString &action, const QJsonValue &oldValue, const QJsonValue &newValue)
{
    AuditEvent event;
    event.when = AuditEvent::timestamp(QDateTime(QDate(2025, 3, 4), QTime(1, minute), Qt::UTC));
    event.who = QStringLiteral("王建国");
    event.role = QStringLiteral("township land officer");
    event.entity = QStringLiteral("case");
    event.entityId = QStringLiteral("C-001");
    event.action = action;
    event.oldValue = oldValue;
    event.newValue = newValue;
    return event;
}

/// Five sealed events: a case created, verified, stopped, a transfer, a correction.
QList<AuditEvent> chain()
{
    const QList<AuditEvent> drafts = {
        draft(0, "create", QJsonValue::Null, QJsonObject { { "status", "clue" } }),
        draft(1, "verify", QJsonObject { { "status", "clue" } }, QJsonObject { { "status", "verified" } }),
        draft(2, "stop", QJsonObject { { "status", "verified" } }, QJsonObject { { "status", "stopped" } }),
        draft(3, "transfer", QJsonValue::Null, QJsonObject { { "department", "public_security" } }),
        draft(4, "update", QJsonObject { { "note", "违建" } }, QJsonObject { { "note", "违法建房" } }),
    };
    QList<AuditEvent> events;
    for (const AuditEvent &event : drafts)
        events.append(HashChain::seal(event, events.isEmpty() ? nullptr : &events.last()));
    return events;
}

} // namespace

TEST_CASE("an event's hash is SHA-256 of its canonical form, which chains to the previous hash")
{
    const AuditEvent event
        = HashChain::seal(draft(0, "verify", QJsonObject { { "status", "clue" } },
                              QJsonObject { { "status", "verified" }, { "area_mu", 5.25 } }),
            nullptr);
    CHECK(event.seq == 1);
    CHECK(event.prevHash == QString(64, QLatin1Char('0')));
    const QByteArray expected
        = R"({"action":"verify","entity":"case","entity_id":"C-001","format":"farmguard-audit-1",)"
          R"("new":{"area_mu":5.25,"status":"verified"},"old":{"status":"clue"},)"
          R"("prev":"0000000000000000000000000000000000000000000000000000000000000000",)"
          R"("role":"township land officer","seq":1,"when":"2025-03-04T01:00:00.000Z","who":"王建国"})";
    CHECK(event.canonical() == expected);
    // Computed independently: python3 -c "import hashlib; print(hashlib.sha256(<the text
    // above>).hexdigest())"
    CHECK(event.hash == QStringLiteral("47cd64421acb26e5fc205e4e65f4e22a44160f651e3b8a0b8ba6d0dc39bfe918"));
}

TEST_CASE("an untouched chain verifies")
{
    const QList<AuditEvent> events = chain();
    CHECK(HashChain::verify(events).intact());
    CHECK(HashChain::verify({}).intact());
    CHECK(HashChain::verify(events, ChainAnchor { 5, events.last().hash }).intact());
    for (qsizetype i = 1; i < events.size(); ++i)
        CHECK(events.at(i).prevHash == events.at(i - 1).hash);
}

TEST_CASE("the verifier names an edited event")
{
    QList<AuditEvent> events = chain();
    events[2].newValue = QJsonObject { { "status", "dismissed" } };
    const ChainReport report = HashChain::verify(events);
    CHECK(report.problem == Problem::Edited);
    CHECK(report.index == 2);
    CHECK(report.seq == 3);
    CHECK(report.message.contains(QStringLiteral("event 3 was changed")));

    QList<AuditEvent> signedBySomeoneElse = chain();
    signedBySomeoneElse[1].who = QStringLiteral("李四");
    CHECK(HashChain::verify(signedBySomeoneElse).seq == 2);
}

TEST_CASE("an edited event whose hash was recomputed breaks the link of the next one")
{
    QList<AuditEvent> events = chain();
    events[2].newValue = QJsonObject { { "status", "dismissed" } };
    events[2].hash = HashChain::hashOf(events[2]);
    const ChainReport report = HashChain::verify(events);
    CHECK(report.problem == Problem::BrokenLink);
    CHECK(report.index == 3);
    CHECK(report.seq == 4);
}

TEST_CASE("the verifier names a deleted event")
{
    QList<AuditEvent> events = chain();
    events.removeAt(2);
    const ChainReport report = HashChain::verify(events);
    CHECK(report.problem == Problem::Deleted);
    CHECK(report.index == 2);
    CHECK(report.seq == 4);
    CHECK(report.message == QStringLiteral("event 3 is missing before event 4: it was deleted"));

    QList<AuditEvent> headless = chain();
    headless.removeFirst();
    headless.removeFirst();
    const ChainReport first = HashChain::verify(headless);
    CHECK(first.problem == Problem::Deleted);
    CHECK(first.message.contains(QStringLiteral("event 1–2 is missing")));
}

TEST_CASE("a deleted event renumbered to hide the gap is an edit")
{
    QList<AuditEvent> events = chain();
    events.removeAt(2);
    events[2].seq = 3;
    events[3].seq = 4;
    const ChainReport report = HashChain::verify(events);
    CHECK(report.problem == Problem::Edited);
    CHECK(report.index == 2);
}

TEST_CASE("deleting from the end is found only against an anchor")
{
    const QList<AuditEvent> full = chain();
    QList<AuditEvent> events = full;
    events.removeLast();
    CHECK(HashChain::verify(events).intact()); // a chain alone cannot know its end
    const ChainReport report = HashChain::verify(events, ChainAnchor { 5, full.last().hash });
    CHECK(report.problem == Problem::Truncated);
    CHECK(report.seq == 5);
    CHECK(HashChain::verify(full, ChainAnchor { 5, full.first().hash }).problem == Problem::BrokenLink);
}

TEST_CASE("the verifier names a reordered event")
{
    QList<AuditEvent> swapped = chain();
    swapped.swapItemsAt(1, 2);
    const ChainReport report = HashChain::verify(swapped);
    CHECK(report.problem == Problem::Reordered);
    CHECK(report.index == 1);
    CHECK(report.seq == 3);
    CHECK(report.message == QStringLiteral("event 3 stands where event 2 belongs: the log was reordered"));

    QList<AuditEvent> movedBack = chain();
    movedBack.move(1, 4); // 1, 3, 4, 5, 2
    CHECK(HashChain::verify(movedBack).problem == Problem::Reordered);
    CHECK(HashChain::verify(movedBack).index == 1);

    QList<AuditEvent> repeated = chain();
    repeated.insert(3, repeated.at(1)); // 1, 2, 3, 2, 4, 5
    const ChainReport again = HashChain::verify(repeated);
    CHECK(again.problem == Problem::Reordered);
    CHECK(again.index == 3);
}

TEST_CASE("events survive a JSON round trip and keep verifying, a missing field is bad input")
{
    QList<AuditEvent> events;
    for (const AuditEvent &event : chain())
        events.append(AuditEvent::fromJson(event.toJson()));
    CHECK(HashChain::verify(events).intact());
    QJsonObject broken = chain().first().toJson();
    broken.remove(QStringLiteral("prev"));
    CHECK_THROWS_AS(AuditEvent::fromJson(broken), InputError);
}

TEST_CASE("timestamps are written in UTC with milliseconds")
{
    const QDateTime beijing(QDate(2025, 3, 4), QTime(9, 0, 0, 5), QTimeZone(8 * 3600));
    CHECK(AuditEvent::timestamp(beijing) == QStringLiteral("2025-03-04T01:00:00.005Z"));
}

TEST_CASE("Sealing with the values' canonical texts gives the very bytes and hash of sealing the values",
    "[cases][log]")
{
    // The store writes each value's canonical text once and hands it to the seal (judge4): the
    // hash must be the one canonical() of the values gives, for every kind of value.
    const QList<QPair<QJsonValue, QJsonValue>> values {
        { QJsonValue(), QJsonObject { { "id", "JC-1" }, { "area_m2", 3335.5 }, { "mu", 5.01 } } },
        { QJsonValue(QJsonValue::Null), QJsonValue(QStringLiteral("引号\" 反斜杠\\ 换行\n \u0001")) },
        { QJsonArray { 1, -0.0, 1e300, 9007199254740993LL, true, QJsonValue() },
            QJsonObject { { "b", QJsonObject { { "z", 1 }, { "a", QJsonArray {} } } }, { "a", "x" } } },
        { QJsonValue(42), QJsonValue(false) },
    };
    AuditEvent previous;
    previous.seq = 7;
    previous.hash = QString(64, QLatin1Char('a'));
    for (const auto &[oldValue, newValue] : values) {
        AuditEvent draft;
        draft.when = QStringLiteral("2026-12-06T19:00:00.000Z");
        draft.who = QStringLiteral("测试员");
        draft.entity = QStringLiteral("case");
        draft.entityId = QStringLiteral("JC-1");
        draft.action = QStringLiteral("facts");
        draft.oldValue = oldValue;
        draft.newValue = newValue;
        const QByteArray oldText = CanonicalJson::serialize(oldValue);
        const QByteArray newText = CanonicalJson::serialize(newValue);
        CHECK(draft.canonical(oldText, newText) == draft.canonical());
        const AuditEvent plain = HashChain::seal(draft, &previous);
        const AuditEvent given = HashChain::seal(draft, &previous, nullptr, oldText, newText);
        CHECK(given.hash == plain.hash);
        CHECK(given.seq == 8);
        CHECK(given.prevHash == previous.hash);
        CHECK(given.hash == HashChain::hashOf(given));
    }
    // A wrong text is not silently replaced by the value: it changes the hash.
    AuditEvent draft;
    draft.newValue = QJsonObject { { "flag", "reached" } };
    CHECK(HashChain::seal(draft, nullptr, nullptr, "null", "{\"flag\":\"below\"}").hash
        != HashChain::seal(draft, nullptr).hash);
}

namespace {
int g_digests = 0;
QString countedSha256(const QByteArray &bytes)
{
    ++g_digests;
    return HashChain::sha256Hex(bytes);
}
QString fixedDigest(const QByteArray &)
{
    return QStringLiteral("digest-given");
}
} // namespace

TEST_CASE("a seal given a digest hashes the canonical text with it, and the same digest gives the same event")
{
    const AuditEvent first = chain().first();
    const AuditEvent next = draft(5, "verify", QJsonObject { { "status", "clue" } }, QJsonObject { { "status", "verified" } });
    const QByteArray oldText = CanonicalJson::serialize(next.oldValue), newText = CanonicalJson::serialize(next.newValue);
    const AuditEvent plain = HashChain::seal(next, &first, nullptr, oldText, newText);
    g_digests = 0;
    const AuditEvent counted = HashChain::seal(next, &first, nullptr, oldText, newText, &countedSha256);
    CHECK(g_digests == 1);
    CHECK(counted.hash == plain.hash);
    CHECK(counted.seq == plain.seq);
    CHECK(counted.prevHash == first.hash);
    CHECK(counted.canonical() == plain.canonical());
    CHECK(plain.hash == HashChain::hashOf(plain)); // what verification computes
    // The digest is the one given, not Qt's behind it.
    CHECK(HashChain::seal(next, &first, nullptr, oldText, newText, &fixedDigest).hash == QStringLiteral("digest-given"));
}

TEST_CASE("an event's timestamp is the format's text for every kind of time, under any default locale")
{
    const auto byFormat = [](const QDateTime &time) {
        return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
    };
    const QLocale before;
    for (const QLocale &locale : { QLocale::c(), QLocale(QLocale::Arabic, QLocale::Egypt), QLocale(QLocale::Chinese) }) {
        QLocale::setDefault(locale);
        // 250 years in steps of 30 days and 1,123 ms (every millisecond, second and minute
        // figure comes by), a local time and an offset time, the first and last years the
        // hand-written text covers and those the format keeps.
        QDateTime t(QDate(1999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
        for (int i = 0; i < 3000; ++i) {
            t = t.addMSecs(30LL * 86'400'000 + 1'123);
            CHECK(AuditEvent::timestamp(t) == byFormat(t));
        }
        for (const QDateTime &odd : { QDateTime(QDate(2024, 2, 29), QTime(0, 0), Qt::LocalTime),
                 QDateTime(QDate(2026, 12, 7), QTime(8, 5, 3, 4), QTimeZone(8 * 3600)),
                 QDateTime(QDate(1000, 1, 1), QTime(0, 0), Qt::UTC), QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
                 QDateTime(QDate(999, 12, 31), QTime(23, 59), Qt::UTC), QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC),
                 QDateTime(QDate(-44, 3, 15), QTime(12, 0), Qt::UTC), QDateTime() })
            CHECK(AuditEvent::timestamp(odd) == byFormat(odd));
        CHECK(AuditEvent::timestamp(QDateTime(QDate(2025, 3, 4), QTime(1, 2, 3, 45), Qt::UTC)) == QStringLiteral("2025-03-04T01:02:03.045Z"));
    }
    QLocale::setDefault(before);
}
