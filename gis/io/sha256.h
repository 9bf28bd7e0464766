// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace fg::gis {

/// SHA-256 through OpenSSL's libcrypto, which uses the CPU's SHA instructions where there are
/// any: the provenance hashes every input file and every reference layer on each `analyze`, and
/// QCryptographicHash's portable code made that a third of the command's CPU at county scale.
/// The digests are the standard ones (what `sha256sum` prints); only the speed differs.
///
/// Not copyable; one object per thread. Throws std::runtime_error if libcrypto fails (it only
/// does when out of memory).
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(const char *data, size_t size);
    void addData(const QByteArray &bytes) { addData(bytes.constData(), static_cast<size_t>(bytes.size())); }
    /// The digest of everything added (32 bytes); the object is finished afterwards.
    QByteArray result();

    /// The lowercase hex digest of @p bytes, in one call (no object): what QCryptographicHash
    /// gives, several times faster on short texts such as the log's events. Any thread.
    static QString hex(const QByteArray &bytes);

    /// The lowercase hex digest of a file's bytes and its size in bytes (@p bytes may be null).
    /// Returns a null QString and sets @p error when the file cannot be read.
    static QString fileHex(const QString &path, qint64 *bytes, QString *error);

private:
    struct Context;
    std::unique_ptr<Context> d;
};

} // namespace fg::gis
