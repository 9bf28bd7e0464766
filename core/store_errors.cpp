// SPDX-License-Identifier: MIT
#include "core/store_errors.h"

#include <QCoreApplication>

namespace fg::core {

ConflictError::ConflictError(QString file, QString feature, QString changedBy, QDateTime changedAt)
    : InputError(std::move(file),
        QCoreApplication::translate("fg::core::ConflictError", "changed by %1 at %2 — reload and try again")
            .arg(changedBy, changedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
        std::move(feature))
    , m_changedBy(std::move(changedBy))
    , m_changedAt(std::move(changedAt))
{
}

} // namespace fg::core
