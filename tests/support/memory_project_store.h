// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/flag_check.h"
#include "gis/store/project_store.h"
#include "gis/store/project_stores.h"
#include "memory_session.h"

#include <QCoreApplication>

#include <memory>

namespace fg::test {

class MemoryAssessmentRecords;
class MemoryPatrolRecords;

/// ProjectStore and PatrolRecords in memory, for tests of everything built on the store: the
/// whole contract of gis/store/project_store.h and patrol_records.h, honestly kept (atomic edits,
/// one audit event per change sealed by core::HashChain, revisions and core::ConflictError,
/// rights per township and department, append-only rows, the dump in the GeoPackage's layout).
///
/// Several stores may share one MemoryProject (openAgain()): each is a connection of its own, so
/// a stale revision from one after an edit through the other gives ConflictError exactly as two
/// processes on one GeoPackage or two users on one PostGIS schema would.
/// Thread-safe (the project serialises every call); not for a county's data (an edit copies the
/// project's rows).
class MemoryProjectStore final : public gis::ProjectStore
{
    Q_DECLARE_TR_FUNCTIONS(fg::test::MemoryProjectStore)

public:
    /// Creates a project named @p name with copies of @p spec's reference layers (renumbered
    /// 1…n, promoted to MultiPolygon, ProjectTables::kReference order) and its settings (each
    /// logged), and opens it for @p who with the bureau's rights. Throws core::InputError for a
    /// missing operator or working CRS, or a layer that is not a reference table or repeats.
    static std::unique_ptr<MemoryProjectStore> create(const gis::NewProject &spec,
        const gis::OperatorIdentity &who, const QString &name = QStringLiteral("memory"));

    /// Opens @p project for @p who (recorded among the project's officers unless read-only).
    MemoryProjectStore(
        std::shared_ptr<MemoryProject> project, gis::OperatorIdentity who, gis::StoreRights rights = {});
    ~MemoryProjectStore() override;

    /// Another store on this store's project: a second connection, for another user or rights.
    std::unique_ptr<MemoryProjectStore> openAgain(
        const gis::OperatorIdentity &who, const gis::StoreRights &rights = {}) const;
    /// The project behind this store (MemoryProject::tamper() lets a test damage it).
    const std::shared_ptr<MemoryProject> &project() const { return m_session.project; }

    gis::ProjectInfo info() const override;
    const gis::OperatorIdentity &operatorIdentity() const override { return m_session.who; }
    gis::StoreRights rights() const override { return m_session.rights.rights(); }

    std::vector<gis::ReferenceLayerInfo> referenceLayers() const override;
    gis::VectorLayer readReference(const QString &table, const gis::FeatureQuery &query = {},
        const gis::StoreProgress &progress = {}) const override;

    qint64 addIncident(
        const gis::IncidentRecord &incident, const std::optional<core::CaseFile> &openCase) override;
    qint64 addIncident(const gis::IncidentRecord &incident, const std::optional<core::CaseFile> &openCase,
        const gis::PreparedIncident &prepared) override;
    std::vector<gis::IncidentRecord> incidents(
        bool withGeometry = false, const gis::FeatureQuery &query = {}) const override;
    void updateIncidentGeometry(const gis::IncidentRecord &reshaped, qint64 expectedRevision) override;
    QList<core::PartyIncident> partyIncidents() const override;

    void addApprovals(const std::vector<gis::ApprovalRecord> &approvals) override;
    std::vector<gis::ApprovalRecord> approvals(const gis::FeatureQuery &query = {}) const override;

    void openCase(const core::CaseFile &file) override;
    std::optional<core::CaseFile> caseFile(const QString &id) const override;
    QList<core::CaseFile> cases() const override;
    core::TransitionResult advanceCase(const QString &caseId, const core::CaseStep &step,
        const core::CaseWorkflow &workflow, qint64 expectedRevision) override;
    void setCaseFacts(const QString &caseId, const gis::CaseFacts &facts, qint64 expectedRevision) override;
    void addTransfer(
        const QString &caseId, const core::CaseTransfer &transfer, qint64 expectedRevision) override;
    void recordTransferReply(const QString &caseId, const QString &transferId, const QString &reply,
        const QDateTime &repliedAt) override;
    void addAccountability(
        const QString &caseId, const core::AccountabilityRecord &record, qint64 expectedRevision) override;

    QString addAttachment(
        const QString &fileName, const QString &mediaType, const QByteArray &content) override;
    QByteArray attachment(const QString &id) const override;
    QString setting(const QString &key) const override;
    void setSetting(const QString &key, const QString &value) override;

    gis::PatrolRecords &patrol() override;
    const gis::PatrolRecords &patrol() const override;
    gis::AssessmentRecords &assessment() override;
    const gis::AssessmentRecords &assessment() const override;

    QList<core::AuditEvent> events() const override;
    std::optional<core::ChainAnchor> logHead() const override;
    core::ChainReport verifyLog() const override;

    void dump(gis::ProjectDumpSink &sink, const gis::StoreProgress &progress = {}) const override;

private:
    /// Stores @p file's case (clue only) in @p state with its audit event.
    void insertCase(MemoryState &state, const core::CaseFile &file, const QDateTime &now) const;
    /// The case row for an edit: exists, the operator may change it, @p expectedRevision is current.
    CaseRow &caseForEdit(MemoryState &state, const QString &caseId, qint64 expectedRevision) const;
    /// Bumps a case's revision and stamps the operator and time.
    void touch(CaseRow &row, const QDateTime &now) const;
    QList<core::MeasuredIncident> measuredIncidents(const MemoryState &state, const QString &caseId) const;
    core::Rules storedRules(const MemoryState &state) const;

    MemorySession m_session;
    std::unique_ptr<MemoryPatrolRecords> m_patrol;
    std::unique_ptr<MemoryAssessmentRecords> m_assessment;
};

} // namespace fg::test
