// SPDX-License-Identifier: MIT
#pragma once

#include "memory_project.h"
#include "memory_rights.h"

#include <QDateTime>

#include <memory>

namespace fg::test {

/// What one open memory store is: the project it works on (shared with the other stores on it),
/// its operator and rights. Shared by MemoryProjectStore and its MemoryPatrolRecords.
struct MemorySession
{
    std::shared_ptr<MemoryProject> project;
    gis::OperatorIdentity who;
    MemoryRights rights;

    QString location() const { return project->location(); }
    /// The time an edit is stamped with (UTC).
    static QDateTime now() { return QDateTime::currentDateTimeUtc(); }
    core::AuditEvent log(MemoryState &state, const QDateTime &when, const QString &entity,
        const QString &entityId, const QString &action, const QJsonValue &oldValue,
        const QJsonValue &newValue) const
    {
        return appendEvent(state, who, when, entity, entityId, action, oldValue, newValue);
    }
};

} // namespace fg::test
