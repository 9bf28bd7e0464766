// SPDX-License-Identifier: MIT
#pragma once

#include "app/project/incident_factory.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace fg::app {

/// A new incident's attributes (number, source, discovery date, party, violation type,
/// description, attachments) and, when asked for, its boundary point coordinates (界址点坐标).
/// OK runs the commit function; its error (if any) is shown and the dialog stays open.
class IncidentDialog : public QDialog
{
    Q_OBJECT

public:
    /// Returns an empty string when the incident was stored, else the problem.
    using Commit = std::function<QString(const IncidentDraft &draft, const QString &coordinates)>;

    IncidentDialog(const QString &suggestedId, bool withCoordinates, Commit commit, QWidget *parent = nullptr);
    IncidentDraft draft() const;
    QString coordinates() const;
    QPlainTextEdit *coordinateEdit() const { return m_coordinates; }

    void accept() override;

private:
    void addAttachments();

    Commit m_commit;
    QLineEdit *m_id;
    QComboBox *m_source;
    QDateEdit *m_date;
    QLineEdit *m_party;
    QComboBox *m_type;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_coordinates = nullptr;
    QListWidget *m_attachments;
    QLabel *m_problem;
};

} // namespace fg::app
