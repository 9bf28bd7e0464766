// SPDX-License-Identifier: MIT
#pragma once

#include "core/input_error.h"

#include <QDateTime>

namespace fg::core {

/// Another user changed the record after it was read (optimistic concurrency: a revision per
/// row). Nothing was written; the caller reloads and decides again. The CLI exits 5.
class ConflictError : public InputError
{
public:
    /// @p changedBy and @p changedAt name the change that won ("changed by X at T — reload").
    ConflictError(QString file, QString feature, QString changedBy, QDateTime changedAt);

    const QString &changedBy() const { return m_changedBy; }
    const QDateTime &changedAt() const { return m_changedAt; }

private:
    QString m_changedBy;
    QDateTime m_changedAt;
};

/// The operator's rights (a township, a department) do not reach the record or the change.
/// Nothing was written. The CLI exits 6, the GUI shows the message.
class PermissionDenied : public InputError
{
public:
    using InputError::InputError;
};

/// A change to a case that its rules refuse: a threshold flag the figures contradict, a flag
/// lowered without a stated reason. Nothing was written. The CLI exits 5 (as for a refused
/// workflow step), the GUI shows the reasons.
class StepRefused : public InputError
{
public:
    using InputError::InputError;
};

/// The project cannot be written: its audit log or data check failed, or the file is damaged
/// or read-only. The CLI exits 4.
class ProjectReadOnly : public InputError
{
public:
    using InputError::InputError;
};

} // namespace fg::core
