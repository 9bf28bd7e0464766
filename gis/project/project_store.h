// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/accumulation_selector.h"
#include "core/cases/audit_event.h"
#include "core/cases/case_file.h"
#include "core/cases/case_workflow.h"
#include "core/cases/chain_report.h"
#include "gis/store/incident_record.h"

#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace fg::gis {

/// Who works on an open project: recorded on every audit event.
struct OperatorIdentity
{
    QString name;
    QString role;
};

/// Facts about a case that officers establish beside its track (CaseFile's setters).
struct CaseFacts
{
    core::ThresholdFlag thresholdFlag = core::ThresholdFlag::NotAssessed;
    bool declaredMajor = false;
    QDateTime crimeSuspectedAt; ///< invalid = not suspected
    QDateTime misconductSuspectedAt; ///< invalid = not suspected
};

/// What a project is.
struct ProjectInfo
{
    QString path;
    int schemaVersion = 0;
    int workingEpsg = 0;
    QString name;
};

/// The county's record (DOMAIN.md §5–6): incidents, parties, cases with their steps, transfers
/// and accountability records, attachments, settings and the tamper-evident audit log. The one
/// door through which core/ and app/ reach persistence, so a shared server backend can be added
/// beside GpkgProjectStore without touching them.
///
/// Contract of every implementation:
///  - each mutating call is one atomic edit: its rows and its audit event commit together or not
///    at all; a crash loses at most the edit in progress;
///  - every change to incidents, cases and transfers appends an AuditEvent sealed by
///    core::HashChain, stamped with the operator given when the store was opened;
///  - nothing is deleted or overwritten: corrections are new events;
///  - bad input and refused edits throw core::InputError naming the project and the record.
/// Not thread-safe: one thread uses a store at a time.
class ProjectStore
{
public:
    virtual ~ProjectStore() = default;

    virtual ProjectInfo info() const = 0;
    virtual const OperatorIdentity &operatorIdentity() const = 0;

    /// Stores an incident (its id must be new) and, when given, opens its case in the same edit.
    /// Returns the incident's row id. The case must list the incident's id.
    virtual qint64 addIncident(const IncidentRecord &incident, const std::optional<core::CaseFile> &openCase) = 0;
    /// Every incident in row order, without geometries unless @p withGeometry.
    virtual std::vector<IncidentRecord> incidents(bool withGeometry = false) const = 0;
    /// Replaces an incident's polygon (a vertex edit) with its re-measured areas, verdict, township
    /// and village, in one edit whose audit event ("geometry" on the incident) records the old and
    /// new geometry (WKT and SHA-256) and figures. Throws InputError for an unknown id or no polygon.
    virtual void updateIncidentGeometry(const IncidentRecord &reshaped) = 0;
    /// Per incident: its party and the status of its case (for core::AccumulationSelector).
    virtual QList<core::PartyIncident> partyIncidents() const = 0;

    /// Opens a case whose only step is its clue; its incidents must be stored already.
    virtual void openCase(const core::CaseFile &file) = 0;
    virtual std::optional<core::CaseFile> caseFile(const QString &id) const = 0;
    /// Every case, in the order they were opened.
    virtual QList<core::CaseFile> cases() const = 0;
    /// Applies one step through @p workflow; refused steps change nothing and return the reasons.
    virtual core::TransitionResult advanceCase(
        const QString &caseId, core::CaseStep step, const core::CaseWorkflow &workflow) = 0;
    virtual void setCaseFacts(const QString &caseId, const CaseFacts &facts) = 0;
    virtual void addTransfer(const QString &caseId, const core::CaseTransfer &transfer) = 0;
    virtual void recordTransferReply(
        const QString &caseId, const QString &transferId, const QString &reply, const QDateTime &repliedAt) = 0;
    virtual void addAccountability(const QString &caseId, const core::AccountabilityRecord &record) = 0;

    /// Stores a file inside the project; returns its id (SHA-256 of the content, so storing the
    /// same bytes twice gives the same id and one copy).
    virtual QString addAttachment(const QString &fileName, const QString &mediaType, const QByteArray &content) = 0;
    /// The content of an attachment; throws InputError for an unknown id.
    virtual QByteArray attachment(const QString &id) const = 0;

    virtual QString setting(const QString &key) const = 0;
    virtual void setSetting(const QString &key, const QString &value) = 0;

    /// The audit log in storage order.
    virtual QList<core::AuditEvent> events() const = 0;
    /// Checks the chain (and the recorded head, so events cut from the end are found too).
    virtual core::ChainReport verifyLog() const = 0;

    /// Writes a consistent copy of the whole project to @p path (File → Save a copy) while the
    /// project stays open; replaces @p path.
    virtual void saveCopy(const QString &path) const = 0;
};

} // namespace fg::gis
