// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/accumulation_selector.h"
#include "core/cases/audit_event.h"
#include "core/cases/case_file.h"
#include "core/cases/case_workflow.h"
#include "core/cases/chain_report.h"
#include "core/cases/log_receipt.h"
#include "gis/store/approval_record.h"
#include "gis/store/incident_record.h"
#include "gis/store/log_check.h"
#include "gis/store/prepared_incident.h"
#include "gis/store/store_types.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace fg::gis {

class AssessmentRecords;
class PatrolRecords;
class ProjectDumpSink;

/// The one door to a project: the county's record (DOMAIN.md §5–7) — reference layers,
/// incidents, parties, cases with their steps, transfers and accountability records,
/// attachments, settings, the patrol tables and the tamper-evident audit log. One object per
/// open project, holding one connection; nothing else opens a project (ProjectStores does).
/// Backends: GpkgProjectStore (a GeoPackage file, the single desk's default) and PgProjectStore
/// (a PostGIS schema shared by the county, with rights per township and department).
///
/// Contract of every implementation (tests/gis/store/store_contract_*.cpp checks it on each):
///  - each mutating call is one atomic edit: its rows and its audit event commit together or not
///    at all; a crash loses at most the edit in progress;
///  - every change appends an AuditEvent sealed by core::HashChain, stamped with the operator
///    given when the store was opened; concurrent writers (processes, users) still make one
///    valid chain: appends are serialised by the backend;
///  - nothing is deleted or overwritten: corrections are new events;
///  - interactive edits name the revision they were based on; when another user changed the
///    record since, nothing is written and core::ConflictError names who changed it and when;
///  - reads return only what the operator's rights reach; a write beyond them throws
///    core::PermissionDenied and writes nothing;
///  - bad input and refused edits throw core::InputError naming the project and the record.
/// Thread-safety: calls are serialised by the store (one connection), so a worker may use it
/// while the UI thread waits; keep long reads (reference layers) on workers.
class ProjectStore
{
public:
    virtual ~ProjectStore() = default;

    virtual ProjectInfo info() const = 0;
    virtual const OperatorIdentity &operatorIdentity() const = 0;
    virtual StoreRights rights() const = 0;

    // --- reference layers (written once, when the project is created) -----------------------

    /// The reference layers the project has (ProjectTables::kReference order).
    virtual std::vector<ReferenceLayerInfo> referenceLayers() const = 0;
    /// referenceLayers() without counting each layer's features (featureCount left 0), which
    /// passes over every row (0.16 s at 500k parcels): for every job that needs only which layers
    /// there are or their kept hashes (an import, the provenance, a case's departments, a report).
    virtual std::vector<ReferenceLayerInfo> referenceLayersUncounted() const { return referenceLayers(); }
    /// Reads a reference layer's features (in the working CRS, polygons, the fields as created)
    /// that @p query selects, through the backend's spatial index. The layer's sourcePath is the
    /// project's location and its name the table. Throws core::InputError for an unknown table.
    virtual VectorLayer readReference(
        const QString &table, const FeatureQuery &query = {}, const StoreProgress &progress = {}) const = 0;

    // --- incidents ----------------------------------------------------------------------------

    /// Stores an incident (its id must be new) and, when given, opens its case in the same edit.
    /// Returns the incident's row id. The case must list the incident's id.
    virtual qint64 addIncident(const IncidentRecord &incident, const std::optional<core::CaseFile> &openCase) = 0;
    /// addIncident() with its pure part given: @p prepared is prepareIncident(@p incident,
    /// @p openCase), made on any thread ahead of the write. The same rows and events; throws
    /// core::InputError for a preparation of another incident.
    virtual qint64 addIncident(const IncidentRecord &incident, const std::optional<core::CaseFile> &openCase,
        const PreparedIncident &prepared) = 0;
    /// Runs @p body as one edit: every write it makes through this store is one transaction,
    /// committed once when @p body returns; when @p body throws (an error, a cancel) nothing it
    /// wrote stays and the exception goes on. A write inside that refuses (InputError, conflict)
    /// undoes its own part alone, as on its own. The store is held for the whole edit (a second
    /// writer waits for the commit); a layer's extent is refreshed once, before the commit.
    /// Inside another edit it is part of that one. Imports use it: one commit per file
    /// (docs/design/imports.md). The default runs @p body as it is (a store without durability).
    virtual void inOneEdit(const std::function<void()> &body) { body(); }
    /// Incidents in row order (selected by @p query; empty = all), without geometries unless
    /// @p withGeometry.
    virtual std::vector<IncidentRecord> incidents(bool withGeometry = false, const FeatureQuery &query = {}) const = 0;
    /// Replaces an incident's polygon (a vertex edit) with its re-measured areas, verdict,
    /// township and village, in one edit whose audit event ("geometry" on the incident) records
    /// the old and new geometry (WKT and SHA-256) and figures. @p expectedRevision is the
    /// incident's revision the edit started from (kAnyRevision: unchecked).
    virtual void updateIncidentGeometry(const IncidentRecord &reshaped, qint64 expectedRevision) = 0;
    /// Per incident: its party and the status of its newest case (core::AccumulationSelector).
    virtual QList<core::PartyIncident> partyIncidents() const = 0;

    // --- approvals (schema 9) ----------------------------------------------------------------

    /// Stores approvals (批准文件 with their areas) in one edit: all or nothing. Each is logged
    /// ("approval" / "add": its attributes, fid and geometry SHA-256) and never changed or deleted
    /// afterwards (a later document is a new approval). Refuses (core::InputError naming the
    /// project and the 文号) a 文号 already stored or given twice, a record with
    /// core::Approval::problems() and a geometry that is not polygonal. A shared project's
    /// township or department login may not (core::PermissionDenied); a shared project whose
    /// owner has not yet upgraded it to schema 9 refuses with core::ProjectReadOnly.
    virtual void addApprovals(const std::vector<ApprovalRecord> &approvals) = 0;
    /// The stored approvals in row order, with their geometries; only those whose envelope meets
    /// one of @p query's boxes (and/or with its fids) when given. Everyone may read them.
    virtual std::vector<ApprovalRecord> approvals(const FeatureQuery &query = {}) const = 0;

    // --- cases --------------------------------------------------------------------------------

    /// Opens a case whose only step is its clue; its incidents must be stored already.
    virtual void openCase(const core::CaseFile &file) = 0;
    virtual std::optional<core::CaseFile> caseFile(const QString &id) const = 0;
    /// Every case the operator may see, in the order they were opened.
    virtual QList<core::CaseFile> cases() const = 0;
    /// Applies one step through @p workflow; refused steps change nothing and return the reasons.
    virtual core::TransitionResult advanceCase(const QString &caseId, const core::CaseStep &step,
        const core::CaseWorkflow &workflow, qint64 expectedRevision) = 0;
    virtual void setCaseFacts(const QString &caseId, const CaseFacts &facts, qint64 expectedRevision) = 0;
    virtual void addTransfer(const QString &caseId, const core::CaseTransfer &transfer, qint64 expectedRevision) = 0;
    /// The receiving department's reply; once per transfer (the backend refuses a second).
    virtual void recordTransferReply(
        const QString &caseId, const QString &transferId, const QString &reply, const QDateTime &repliedAt) = 0;
    virtual void addAccountability(
        const QString &caseId, const core::AccountabilityRecord &record, qint64 expectedRevision) = 0;

    // --- attachments and settings -------------------------------------------------------------

    /// Stores a file inside the project; returns its id (SHA-256 of the content, so storing the
    /// same bytes twice gives the same id and one copy).
    virtual QString addAttachment(const QString &fileName, const QString &mediaType, const QByteArray &content) = 0;
    /// The content of an attachment; throws InputError for an unknown id.
    virtual QByteArray attachment(const QString &id) const = 0;
    /// A setting's value; a null QString when unset.
    virtual QString setting(const QString &key) const = 0;
    virtual void setSetting(const QString &key, const QString &value) = 0;

    // --- patrol -------------------------------------------------------------------------------

    /// The patrol tables, on this store's connection.
    virtual PatrolRecords &patrol() = 0;
    virtual const PatrolRecords &patrol() const = 0;

    // --- assessment (考核) ----------------------------------------------------------------------

    /// Township targets and measures, on this store's connection.
    virtual AssessmentRecords &assessment() = 0;
    virtual const AssessmentRecords &assessment() const = 0;

    // --- audit log ----------------------------------------------------------------------------

    /// The audit log in storage order (the whole log: the bureau's right; others see theirs).
    virtual QList<core::AuditEvent> events() const = 0;
    /// The last event's sequence number and hash (nullopt for an empty log). Cheap: the GUI
    /// polls it to pick up other users' changes.
    virtual std::optional<core::ChainAnchor> logHead() const = 0;
    /// Checks the chain (and the recorded head, so events cut from the end are found too).
    virtual core::ChainReport verifyLog() const = 0;
    /// The whole check in one consistent snapshot: the chain with its recorded head (and key),
    /// the backend's integrity check, the data re-derived from the log against every row
    /// (LogReplay), the receipts kept in the project and those and the heads given in
    /// @p options. What `farmguard-cli verify-log` prints and the open check runs. The default
    /// checks only the chain, over events() and logHead().
    virtual LogCheck checkLog(const LogCheckOptions &options = {}) const;
    /// A receipt of the log's head now (core::LogReceipt), signed with @p signingKey when given;
    /// a copy is kept in the project's receipts table when the project is writable (a receipt is
    /// evidence only when kept outside the project too). Throws core::ProjectReadOnly when the
    /// log failed its check (a receipt never certifies a broken log), InputError for an empty log.
    virtual core::LogReceipt seal(const std::optional<core::LogKey> &signingKey = {});
    /// Turns the log into a keyed chain (HMAC-SHA256 under @p key, kept outside the project) from
    /// now on, in one logged edit; later writers need the key (FARMGUARD_LOG_KEY_FILE), and so do
    /// checks. Throws InputError when the log is keyed already or the backend cannot.
    virtual void keyLog(const core::LogKey &key);

    // --- copies -------------------------------------------------------------------------------

    /// Streams every table of the project verbatim (rows, geometries as WKB, attachments, the log
    /// as stored) into @p sink, for ProjectStores::copy() and for comparing two projects.
    /// A consistent snapshot (one read transaction).
    virtual void dump(ProjectDumpSink &sink, const StoreProgress &progress = {}) const = 0;
};

} // namespace fg::gis
