// SPDX-License-Identifier: MIT
#pragma once

#include "gis/project/project_store.h"

#include <QCoreApplication>

#include <memory>

namespace fg::gis {

class SqliteDb;

/// ProjectStore in one GeoPackage file (QGIS opens it too): GDAL's layers for the reference data
/// and the incidents, SQLite tables for the rest, all in one connection so an incident, its case
/// and its audit event commit in one transaction. WAL journal, synchronous=FULL, foreign keys on.
/// Opening upgrades an older schema (one audited step per version) and refuses a newer one.
/// Not thread-safe; one store per thread. Several stores (processes) may open one file: writes
/// are serialised by SQLite's lock (BEGIN IMMEDIATE, 5 s busy timeout).
class GpkgProjectStore : public ProjectStore
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::GpkgProjectStore)

public:
    /// Opens an existing project (see ProjectBuilder to create one). Throws core::InputError when
    /// the file is missing, not a FarmGuard project, from a newer version, or when @p who has
    /// no name.
    GpkgProjectStore(const QString &path, OperatorIdentity who);
    ~GpkgProjectStore() override;

    ProjectInfo info() const override;
    const OperatorIdentity &operatorIdentity() const override { return m_operator; }

    qint64 addIncident(const IncidentRecord &incident, const std::optional<core::CaseFile> &openCase) override;
    void updateIncidentGeometry(const IncidentRecord &reshaped) override;
    std::vector<IncidentRecord> incidents(bool withGeometry = false) const override;
    QList<core::PartyIncident> partyIncidents() const override;

    void openCase(const core::CaseFile &file) override;
    std::optional<core::CaseFile> caseFile(const QString &id) const override;
    QList<core::CaseFile> cases() const override;
    core::TransitionResult advanceCase(
        const QString &caseId, core::CaseStep step, const core::CaseWorkflow &workflow) override;
    void setCaseFacts(const QString &caseId, const CaseFacts &facts) override;
    void addTransfer(const QString &caseId, const core::CaseTransfer &transfer) override;
    void recordTransferReply(const QString &caseId, const QString &transferId, const QString &reply,
        const QDateTime &repliedAt) override;
    void addAccountability(const QString &caseId, const core::AccountabilityRecord &record) override;

    QString addAttachment(const QString &fileName, const QString &mediaType, const QByteArray &content) override;
    QByteArray attachment(const QString &id) const override;

    QString setting(const QString &key) const override;
    void setSetting(const QString &key, const QString &value) override;

    QList<core::AuditEvent> events() const override;
    core::ChainReport verifyLog() const override;
    void saveCopy(const QString &path) const override;

    /// The outcome of verifyFile().
    struct LogCheck
    {
        core::ChainReport report;
        qsizetype events = 0;
        QString integrity; ///< SQLite's PRAGMA integrity_check: "ok" for an undamaged file
    };
    /// Checks a project's audit log without opening it for editing (no upgrade, no operator):
    /// what `farmguard-cli verify-log` runs, with SQLite's integrity check. Throws InputError when the file is no project.
    static LogCheck verifyFile(const QString &path);

private:
    void upgrade();
    static void refuseForeignFile(const QString &path);
    void recordOfficer();
    void insertCase(const core::CaseFile &file);
    void insertStep(const QString &caseId, int stepNo, const core::CaseStep &step);
    /// Loads a case for an edit; throws InputError when there is none.
    core::CaseFile requireCase(const QString &caseId) const;
    qint64 partyId(const QString &name);

    std::unique_ptr<SqliteDb> m_db;
    OperatorIdentity m_operator;
    int m_srsId = 0;
};

} // namespace fg::gis
