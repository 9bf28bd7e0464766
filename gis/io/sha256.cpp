// SPDX-License-Identifier: MIT
#include "gis/io/sha256.h"

#include <QFile>

#include <openssl/evp.h>

#include <stdexcept>

namespace fg::gis {

struct Sha256::Context
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256()
    : d(std::make_unique<Context>())
{
    if (!d->ctx || EVP_DigestInit_ex(d->ctx, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("libcrypto cannot start a SHA-256 digest");
}

Sha256::~Sha256() = default;

void Sha256::addData(const char *data, size_t size)
{
    if (size > 0 && EVP_DigestUpdate(d->ctx, data, size) != 1)
        throw std::runtime_error("libcrypto SHA-256 update failed");
}

QByteArray Sha256::result()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(d->ctx, digest, &length) != 1)
        throw std::runtime_error("libcrypto SHA-256 final failed");
    return QByteArray(reinterpret_cast<const char *>(digest), static_cast<int>(length));
}

QString Sha256::hex(const QByteArray &bytes)
{
    // Fetched once: EVP_sha256() looks the implementation up again on every digest (OpenSSL 3).
    static EVP_MD *const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!md || EVP_Digest(bytes.constData(), static_cast<size_t>(bytes.size()), digest, &length, md, nullptr) != 1)
        throw std::runtime_error("libcrypto SHA-256 digest failed");
    return QString::fromLatin1(QByteArray::fromRawData(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

QString Sha256::fileHex(const QString &path, qint64 *bytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    Sha256 hash;
    // 1 MiB reads: large enough that the syscalls cost nothing next to the digest.
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    while (true) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0) {
            *error = file.errorString();
            return {};
        }
        if (n == 0)
            break;
        hash.addData(buffer.constData(), static_cast<size_t>(n));
    }
    if (bytes)
        *bytes = file.size();
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace fg::gis
