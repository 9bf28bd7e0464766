// SPDX-License-Identifier: MIT
#include "core/cases/log_key.h"

#include "core/input_error.h"

#include <QFile>
#include <QMessageAuthenticationCode>

namespace fg::core {

const char *const LogKey::kEnvironment = "FARMGUARD_LOG_KEY_FILE";

LogKey::LogKey(QByteArray secret)
    : m_secret(std::move(secret))
{
    if (m_secret.size() < kMinimumBytes)
        throw InputError(QString(), tr("a log key needs at least %1 bytes").arg(kMinimumBytes));
}

LogKey LogKey::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path, tr("cannot read the key file: %1").arg(file.errorString()));
    QByteArray secret = file.read(64 * 1024);
    while (secret.endsWith('\n') || secret.endsWith('\r'))
        secret.chop(1);
    if (secret.size() < kMinimumBytes)
        throw InputError(path,
            tr("the key file holds %1 bytes; a log key needs at least %2 (e.g. `openssl rand -hex 32 > FILE`)")
                .arg(secret.size())
                .arg(kMinimumBytes));
    return LogKey(secret);
}

std::optional<LogKey> LogKey::fromEnvironment()
{
    const QString path = qEnvironmentVariable(kEnvironment);
    if (path.isEmpty())
        return std::nullopt;
    return fromFile(path);
}

QString LogKey::id() const
{
    return mac("farmguard-log-key-id").left(16);
}

QString LogKey::mac(const QByteArray &message) const
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(message, m_secret, QCryptographicHash::Sha256).toHex());
}

} // namespace fg::core
