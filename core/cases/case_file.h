// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/case_step.h"
#include "core/cases/case_transfer.h"
#include "core/cases/violation_type.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace fg::core {

/// The accountability verdict for a case, given by the area analysis (gis/); core never
/// measures areas. "Reached" means ≥ 5 mu basic farmland or ≥ 10 mu cultivated land under the
/// rules file's reading (DOMAIN.md §3).
enum class ThresholdFlag {
    NotAssessed, ///< no verdict yet: the case cannot be closed
    Below,
    Reached, ///< 一律启动责任追究程序: closing needs an accountability record
    /// Not an occupation (非粮化, 撂荒: ViolationType::NonGrainUse): the occupation thresholds do
    /// not apply, so the case carries no threshold verdict and closes without one.
    NotApplicable,
};

/// Stable storage code: "not_assessed", "below", "reached", "not_applicable".
QString thresholdFlagCode(ThresholdFlag flag);
/// The stored flag for people, through tr() (context fg::core::ThresholdFlag).
QString thresholdFlagName(ThresholdFlag flag);
/// Inverse of thresholdFlagCode(); throws InputError on an unknown code.
ThresholdFlag thresholdFlagFromCode(const QString &code);

class CaseWorkflow;

/// One case: its track of steps (append-only, only through CaseWorkflow), the transfers
/// beside it, accountability records and the facts that decide which rules apply.
/// A plain value; not thread-safe for concurrent mutation.
class CaseFile
{
    Q_DECLARE_TR_FUNCTIONS(fg::core::CaseFile)

public:
    /// Opens a case with its clue step (action RecordClue, status Clue). Throws InputError
    /// when the id is empty or the clue has no date or no actor name.
    CaseFile(QString id, CaseStep clue);

    const QString &id() const { return m_id; }
    /// The status reached by the last step.
    CaseStatus status() const { return m_steps.last().to; }
    /// Every step in order; the first is the clue.
    const QList<CaseStep> &steps() const { return m_steps; }
    /// When the case entered @p status (invalid if it never did).
    QDateTime enteredAt(CaseStatus status) const;
    /// True when a penalty decision includes @p penalty.
    bool hasPenalty(Penalty penalty) const;
    /// True when execution was forced through the court.
    bool courtEnforced() const;

    const QString &partyId() const { return m_partyId; }
    void setPartyId(QString partyId) { m_partyId = std::move(partyId); }
    const QStringList &incidentIds() const { return m_incidentIds; }
    void setIncidentIds(QStringList ids) { m_incidentIds = std::move(ids); }
    ViolationType violationType() const { return m_violationType; }
    void setViolationType(ViolationType type) { m_violationType = type; }

    ThresholdFlag thresholdFlag() const { return m_thresholdFlag; }
    void setThresholdFlag(ThresholdFlag flag) { m_thresholdFlag = flag; }
    /// Declared major by an officer even below the thresholds (e.g. a repeat offender).
    bool declaredMajor() const { return m_declaredMajor; }
    void setDeclaredMajor(bool major) { m_declaredMajor = major; }
    /// When it was declared major (invalid when not declared, or declared before dates were kept).
    const QDateTime &declaredMajorAt() const { return m_declaredMajorAt; }
    void setDeclaredMajorAt(QDateTime when) { m_declaredMajorAt = std::move(when); }
    /// Major (重大案件) = declared major or over a threshold; major cases are reported to the county.
    bool isMajor() const { return m_declaredMajor || m_thresholdFlag == ThresholdFlag::Reached; }

    /// When a crime was first suspected (invalid = not suspected); starts the 24-hour referral clock.
    const QDateTime &crimeSuspectedAt() const { return m_crimeSuspectedAt; }
    void setCrimeSuspectedAt(QDateTime when) { m_crimeSuspectedAt = std::move(when); }
    /// When officials' misconduct was first suspected (invalid = not suspected).
    const QDateTime &misconductSuspectedAt() const { return m_misconductSuspectedAt; }
    void setMisconductSuspectedAt(QDateTime when) { m_misconductSuspectedAt = std::move(when); }

    const QList<CaseTransfer> &transfers() const { return m_transfers; }
    /// Records a transfer. Throws InputError on an empty or duplicate id, no date or no sender.
    void addTransfer(CaseTransfer transfer);
    /// Records the reply to a transfer. Throws InputError on an unknown id, a second reply
    /// (a correction is a new audit event, not an overwrite) or a reply dated before sending.
    void recordReply(const QString &transferId, QString reply, QDateTime repliedAt);
    /// True when some transfer went to @p department.
    bool hasTransferTo(Department department) const;

    /// The stored revision this value was read at (0 before it is stored); a store refuses an
    /// edit based on an older one (another user changed the case meanwhile).
    qint64 revision() const { return m_revision; }
    void setRevision(qint64 revision) { m_revision = revision; }
    /// Who made the stored change of that revision, and when (UTC).
    const QString &changedBy() const { return m_changedBy; }
    const QDateTime &changedAt() const { return m_changedAt; }
    void setChanged(QString by, QDateTime at)
    {
        m_changedBy = std::move(by);
        m_changedAt = std::move(at);
    }

    const QList<AccountabilityRecord> &accountability() const { return m_accountability; }
    /// Records an accountability decision. Throws InputError when who, decision or date is missing
    /// (the organ is checked where new records are made: older records may lack it).
    void addAccountability(AccountabilityRecord record);

private:
    friend class CaseWorkflow;
    void appendStep(CaseStep step) { m_steps.append(std::move(step)); }

    QString m_id;
    QList<CaseStep> m_steps;
    QString m_partyId;
    QStringList m_incidentIds;
    ViolationType m_violationType = ViolationType::Other;
    ThresholdFlag m_thresholdFlag = ThresholdFlag::NotAssessed;
    bool m_declaredMajor = false;
    QDateTime m_declaredMajorAt;
    QDateTime m_crimeSuspectedAt;
    QDateTime m_misconductSuspectedAt;
    QList<CaseTransfer> m_transfers;
    QList<AccountabilityRecord> m_accountability;
    qint64 m_revision = 0;
    QString m_changedBy;
    QDateTime m_changedAt;
};

} // namespace fg::core
