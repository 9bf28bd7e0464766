// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/accountability_record.h"
#include "core/cases/case_file.h"
#include "core/cases/department.h"
#include "core/cases/department_advisor.h"
#include "gis/usecases/case_actions.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;

namespace fg::app {

/// Asks for one record beside a case's track: an accountability decision, a suspicion, a
/// major-case declaration, a transfer (any department, the suggested ones first), a department's
/// reply, or a threshold flag with its reason. The widgets carry object names (organ, persons,
/// decision, date, document, suspicion, when, department, reason, transfer, reply, flag) so
/// tests can fill them. The values go to gis::CaseActions / gis::CaseFlags, which judge them.
class CaseRecordDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Accountability, Suspicion, DeclareMajor, Transfer, Reply, Flag, OpenCase };

    /// The departments a transfer may go to (gis::CaseDepartments): @p order, the suggested ones
    /// (@p advice) marked with their reason.
    struct TransferChoices
    {
        core::DepartmentAdvice advice;
        QList<core::Department> order;
    };

    /// @p preferred preselects a department (Transfer) when given; @p choices lists them.
    CaseRecordDialog(Kind kind, const core::CaseFile &file, QWidget *parent = nullptr,
        std::optional<core::Department> preferred = std::nullopt, const TransferChoices &choices = {});
    /// Opening a case on @p incidentId: its id (the incident's by default), when the clue came, a note.
    CaseRecordDialog(const QString &incidentId, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    core::AccountabilityRecord accountability() const;
    gis::Suspicion suspicion() const;
    QDateTime when() const;
    core::Department department() const;
    QString text() const; ///< the reason (Transfer, Flag), the reply (Reply) or the clue's note (OpenCase)
    QString caseId() const; ///< OpenCase
    QString transferId() const;
    core::ThresholdFlag flag() const;

private:
    void buildAccountability(QFormLayout *form);
    void buildTransfer(QFormLayout *form, const core::CaseFile &file, std::optional<core::Department> preferred,
        const TransferChoices &choices);
    void buildReply(QFormLayout *form, const core::CaseFile &file);
    void buildFlag(QFormLayout *form, const core::CaseFile &file);
    QDateTimeEdit *addWhen(QFormLayout *form, const QString &label);

    Kind m_kind;
    QComboBox *m_choice = nullptr; ///< organ, suspicion, department, transfer or flag
    QLineEdit *m_persons = nullptr; ///< also the new case's id (OpenCase)
    QLineEdit *m_decision = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_document = nullptr;
    QDateTimeEdit *m_when = nullptr;
    QPlainTextEdit *m_text = nullptr;
};

} // namespace fg::app
