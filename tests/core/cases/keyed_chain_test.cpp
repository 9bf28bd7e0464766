// SPDX-License-Identifier: MIT
// The keyed chain and log receipts (issue 13): a log keyed with an office key cannot be re-hashed
// without it, and a receipt kept outside catches a log rewritten, cut or rebuilt after it.
#include "core/cases/hash_chain.h"
#include "core/cases/log_receipt.h"
#include "core/input_error.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace fg::core;
using Problem = ChainReport::Problem;

namespace {

const LogKey kOfficeKey(QByteArrayLiteral("county-office-secret-0123456789"));
const LogKey kOtherKey(QByteArrayLiteral("someone-else-entirely-0123456789"));

AuditEvent draft(int n, const QString &entity = QStringLiteral("case"), const QString &action = QStringLiteral("verify"),
    const QJsonValue &value = QJsonObject { { "n", 1 } })
{
    AuditEvent event;
    event.when = AuditEvent::timestamp(QDateTime(QDate(2025, 3, 4), QTime(1, n), Qt::UTC));
    event.who = QStringLiteral("王建国");
    event.role = QStringLiteral("officer");
    event.entity = entity;
    event.entityId = QStringLiteral("C-%1").arg(n);
    event.action = action;
    event.newValue = value;
    return event;
}

/// Six events; the third keys the log, so it and the later ones are HMAC-sealed.
QList<AuditEvent> keyedLog()
{
    QList<AuditEvent> events;
    for (int n = 0; n < 6; ++n) {
        const bool keying = n == 2;
        const AuditEvent event = keying
            ? draft(n, QStringLiteral("project"), QStringLiteral("key_chain"), HashChain::keyingValue(kOfficeKey))
            : draft(n);
        events.append(HashChain::seal(event, events.isEmpty() ? nullptr : &events.last(), n >= 2 ? &kOfficeKey : nullptr));
    }
    return events;
}

/// Re-seals every event from @p from on with plain SHA-256 (what someone without the key can do).
void rehashFrom(QList<AuditEvent> &events, qsizetype from)
{
    for (qsizetype i = from; i < events.size(); ++i)
        events[i] = HashChain::seal(events[i], i == 0 ? nullptr : &events[i - 1]);
}

} // namespace

TEST_CASE("A keyed log verifies with its key, needs it, and names another key", "[keyed]")
{
    const QList<AuditEvent> events = keyedLog();
    const ChainReport good = HashChain::verify(events, ChainAnchor { 6, events.last().hash }, { &kOfficeKey, false });
    CHECK(good.intact());
    CHECK(good.keyId == kOfficeKey.id());
    const ChainReport keyless = HashChain::verify(events, {}, {});
    CHECK(keyless.problem == Problem::KeyNeeded);
    CHECK(keyless.seq == 3);
    CHECK(HashChain::verify(events, {}, { &kOtherKey, false }).problem == Problem::WrongKey);
    CHECK(kOfficeKey.id().size() == 16);
    CHECK(kOfficeKey.id() != kOtherKey.id());
}

TEST_CASE("An edited keyed log re-hashed without the key is caught, even with the head re-stamped", "[keyed]")
{
    QList<AuditEvent> events = keyedLog();
    events[3].newValue = QJsonObject { { "n", 2 } };
    rehashFrom(events, 3);
    const ChainReport report = HashChain::verify(events, ChainAnchor { 6, events.last().hash }, { &kOfficeKey, false });
    CHECK(report.problem == Problem::Edited);
    CHECK(report.seq == 4);

    // Dropping the keying event and re-hashing everything as a plain chain fools a check without
    // the key, but not one that expects the office's keyed log.
    QList<AuditEvent> plain = keyedLog();
    plain[2] = draft(2);
    rehashFrom(plain, 2);
    CHECK(HashChain::verify(plain, {}, {}).intact());
    CHECK(HashChain::verify(plain, {}, { &kOfficeKey, true }).problem == Problem::NotKeyed);
}

TEST_CASE("Receipts: a rewritten or cut log is caught, the signature protects the receipt", "[keyed][receipt]")
{
    QList<AuditEvent> events = keyedLog();
    LogReceipt receipt;
    receipt.project = QStringLiteral("county");
    receipt.headSeq = 5;
    receipt.headHash = events[4].hash;
    receipt.events = 5;
    receipt.chainKeyId = kOfficeKey.id();
    receipt.sign(kOfficeKey);
    const ChainReport chain = HashChain::verify(events, {}, { &kOfficeKey, false });
    CHECK_FALSE(receipt.logProblem(events, chain).has_value());
    CHECK(receipt.signatureProblem(&kOfficeKey).isEmpty());
    CHECK_FALSE(receipt.signatureProblem(nullptr).isEmpty()); // signed: the key is needed to check it
    CHECK_FALSE(receipt.signatureProblem(&kOtherKey).isEmpty());

    // Round trip through the file form; a forged head breaks the signature.
    LogReceipt read = LogReceipt::fromJson(receipt.toJson(), QStringLiteral("r.json"));
    CHECK(read.signatureProblem(&kOfficeKey).isEmpty());
    read.headSeq = 4;
    read.headHash = events[3].hash;
    CHECK(read.signatureProblem(&kOfficeKey).contains(QStringLiteral("altered")));

    // A log cut after the receipt's head, rebuilt, or rewritten as a plain chain.
    QList<AuditEvent> cut = events.mid(0, 3);
    CHECK(receipt.logProblem(cut, chain)->problem == Problem::Truncated);
    QList<AuditEvent> rebuilt = events;
    rebuilt[1].newValue = QJsonObject { { "n", 9 } };
    rehashFrom(rebuilt, 1);
    CHECK(receipt.logProblem(rebuilt, chain)->problem == Problem::BrokenLink);
    ChainReport plainChain = chain;
    plainChain.keyId.clear();
    CHECK(receipt.logProblem(events, plainChain)->problem == Problem::NotKeyed);
    CHECK_THROWS_AS(LogReceipt::fromJson(QJsonObject { { "format", "x" } }, QStringLiteral("r.json")), InputError);
}

TEST_CASE("A printed head reads back in both forms, also as a prefix", "[receipt]")
{
    const QList<AuditEvent> events = keyedLog();
    const ChainAnchor head { 6, events.last().hash };
    CHECK(parseAnchor(anchorText(head))->hash == head.hash);
    CHECK(parseAnchor(QStringLiteral("6:") + head.hash.left(16))->seq == 6);
    CHECK_FALSE(HashChain::anchorProblem(events, *parseAnchor(QStringLiteral("#6 ") + head.hash.left(12))));
    CHECK(HashChain::anchorProblem(events, { 6, QString(12, QLatin1Char('0')) }).has_value());
    CHECK_FALSE(parseAnchor(QStringLiteral("head 6")).has_value());
}

TEST_CASE("A key file is read without its line break and refused when short", "[keyed]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("key"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("county-office-secret-0123456789\n");
    file.close();
    CHECK(LogKey::fromFile(path).id() == kOfficeKey.id());
    QFile shortFile(dir.filePath(QStringLiteral("short")));
    REQUIRE(shortFile.open(QIODevice::WriteOnly));
    shortFile.write("abc\n");
    shortFile.close();
    CHECK_THROWS_AS(LogKey::fromFile(shortFile.fileName()), InputError);
    CHECK_THROWS_AS(LogKey::fromFile(dir.filePath(QStringLiteral("missing"))), InputError);
}
