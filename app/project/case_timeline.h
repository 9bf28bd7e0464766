// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

class QTreeWidget;

namespace fg::core {
class CaseFile;
class DeadlineTracker;
} // namespace fg::core

namespace fg::app {

/// A case's timeline as the case panel shows it: each step (action, date, actor, note, its
/// deadline and how it was met, the document number and attachments), then each deadline still
/// open with "N days left" or, in red, "N days overdue" (DeadlineTracker, DeadlineCountdown).
class CaseTimeline
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::CaseTimeline)

public:
    /// The deadline beside the date, the free text last: a narrow panel shows what matters first.
    enum Column { Step, Date, Deadline, Actor, Document, Note, ColumnCount };

    static QStringList headers();
    /// Replaces @p tree's rows with @p file's timeline at @p now.
    static void fill(QTreeWidget *tree, const core::CaseFile &file, const core::DeadlineTracker &tracker, const QDateTime &now);
    /// "2024-05-01 09:00 (3 days left)": a deadline with its countdown at @p now.
    static QString dueText(const QDateTime &due, const QDateTime &metAt, const QDateTime &now);
};

} // namespace fg::app
