// SPDX-License-Identifier: MIT
// The libcrypto SHA-256 behind the provenance (issue 15): standard digests, files across its
// read buffer, and the same digest as Qt's portable code it replaced.
#include "gis/io/sha256.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using fg::gis::Sha256;

TEST_CASE("Sha256 gives the FIPS 180-2 digests of 'abc' and of nothing", "[sha256]")
{
    Sha256 abc;
    abc.addData(QByteArrayLiteral("abc"));
    CHECK(abc.result().toHex() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    Sha256 empty;
    CHECK(empty.result().toHex() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST_CASE("Sha256 hashes data given in parts as the whole", "[sha256]")
{
    // The FIPS 180-2 two-block message, given in uneven parts.
    const QByteArray message = QByteArrayLiteral("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq");
    Sha256 parts;
    parts.addData(message.left(5));
    parts.addData(message.mid(5, 50));
    parts.addData(message.mid(55));
    CHECK(parts.result().toHex() == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST_CASE("Sha256::fileHex reads a file larger than its buffer and equals Qt's digest", "[sha256]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.bin"));
    QByteArray bytes;
    for (int i = 0; bytes.size() < 3 * (1 << 20) + 12345; ++i) // three reads and a part
        bytes += QByteArray::number(i * 2654435761u) + ',';
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    qint64 size = 0;
    QString error;
    const QString hex = Sha256::fileHex(path, &size, &error);
    CHECK(size == bytes.size());
    CHECK(hex == QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    CHECK(Sha256::fileHex(dir.filePath(QStringLiteral("missing.bin")), &size, &error).isNull());
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("Sha256::hex gives Qt's digest for every length from 0 to 1,100 bytes and for a megabyte", "[sha256]")
{
    // Every tail length around the 64-byte blocks and the 55/56-byte padding edge, many times over.
    QByteArray bytes;
    quint32 x = 12345;
    for (int length = 0; length <= 1100; ++length) {
        CHECK(Sha256::hex(bytes) == QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        x = x * 1664525u + 1013904223u;
        bytes += char(x >> 24);
    }
    const QByteArray mega(1 << 20, 'z');
    CHECK(Sha256::hex(mega) == QString::fromLatin1(QCryptographicHash::hash(mega, QCryptographicHash::Sha256).toHex()));
    CHECK(Sha256::hex(QByteArrayLiteral("abc")) == QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}
