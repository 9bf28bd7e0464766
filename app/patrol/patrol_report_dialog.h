// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;

namespace fg::app {

/// Asks what the patrol plan report shows: the township and the period (within the plan; a
/// week from the plan's start, or from today when the plan has begun, by default). One map per
/// officer and day follows, so a shorter period prints fewer pages.
class PatrolReportDialog : public QDialog
{
    Q_OBJECT

public:
    PatrolReportDialog(
        const QStringList &townships, QDate planStart, QDate planEnd, QDate today, QWidget *parent = nullptr);

    QString township() const;
    QDate from() const;
    QDate to() const;
    void setPeriod(QDate from, QDate to);

private:
    QComboBox *m_township;
    QDateEdit *m_from;
    QDateEdit *m_to;
};

} // namespace fg::app
