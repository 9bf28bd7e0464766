// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace fg::core {

/// An office's secret, kept outside every project (a file only the office can read): it keys
/// the audit chain of the projects that ask for it (HMAC-SHA256 instead of SHA-256, so someone
/// with the file but without the key cannot re-hash a rewritten log) and signs log receipts.
/// A value type; thread-safe.
class LogKey
{
    Q_DECLARE_TR_FUNCTIONS(fg::core::LogKey)

public:
    /// The environment variable naming the key file (FARMGUARD_LOG_KEY_FILE).
    static const char *const kEnvironment;
    /// The least secret length accepted, in bytes.
    static constexpr int kMinimumBytes = 16;

    LogKey() = default;
    /// @p secret as given (at least kMinimumBytes; throws InputError otherwise).
    explicit LogKey(QByteArray secret);

    /// Reads the key file @p path: its bytes, without a trailing line break (so a key written
    /// by `openssl rand -hex 32 > key` works). Throws InputError naming the file when it cannot
    /// be read or is too short.
    static LogKey fromFile(const QString &path);
    /// The key named by FARMGUARD_LOG_KEY_FILE, or nullopt when the variable is unset or empty.
    /// Throws InputError when the variable names a file that is not a usable key.
    static std::optional<LogKey> fromEnvironment();

    bool isNull() const { return m_secret.isEmpty(); }
    /// A public fingerprint (16 hex digits of HMAC-SHA256(secret, "farmguard-log-key-id")): names
    /// the key in the log and in receipts without revealing it.
    QString id() const;
    /// HMAC-SHA256 of @p message under this key, lowercase hex.
    QString mac(const QByteArray &message) const;

private:
    QByteArray m_secret;
};

} // namespace fg::core
