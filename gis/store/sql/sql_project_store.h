// SPDX-License-Identifier: MIT
// Private to gis/store: the store's domain logic written once over SqlConnection, so the
// GeoPackage and the PostGIS backend behave the same and differ only in the hooks below.
#pragma once

#include "core/cases/flag_check.h"
#include "gis/store/assessment_records.h"
#include "gis/store/patrol_records.h"
#include "gis/store/project_store.h"
#include "gis/store/sql/edit_log_head_p.h"
#include "gis/store/sql/sql_backend_hooks_p.h"
#include "gis/store/sql/sql_connection_p.h"
#include "gis/store/sql/sql_schema_steps_p.h"

#include <QCoreApplication>

#include <future>
#include <map>
#include <memory>
#include <mutex>

namespace fg::gis {

class DataRows;
class StoredRows;
struct DumpTableSpec;
struct ReferencePlan;

/// ProjectStore and PatrolRecords over one SqlConnection (docs/design/shared-record.md). A
/// backend derives from it, opens the connection (schema current, operator recorded) and fills
/// the hooks: geometry to and from SQL, the spatial-index read of a reference layer, the lock of
/// the log head, what follows a write, and the operator's rights.
///
/// SQL written here runs on SQLite 3.40 and PostgreSQL 15 alike: numbered parameters ?1…?N,
/// INSERT … ON CONFLICT, RETURNING, integers for booleans, dates as ISO text, table names
/// unqualified (a PostGIS connection sets its search_path to the project's schema).
/// Every public call takes the store's lock, so calls from several threads are serialised.
class SqlProjectStore : public ProjectStore, public PatrolRecords, public AssessmentRecords,
                        public SqlSchemaSteps, protected SqlBackendHooks
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::SqlProjectStore)

public:
    ~SqlProjectStore() override;

    // --- ProjectStore -------------------------------------------------------------------------
    ProjectInfo info() const override;
    const OperatorIdentity &operatorIdentity() const override { return m_operator; }
    StoreRights rights() const override;

    std::vector<ReferenceLayerInfo> referenceLayers() const override;
    std::vector<ReferenceLayerInfo> referenceLayersUncounted() const override;
    VectorLayer readReference(
        const QString &table, const FeatureQuery &query = {}, const StoreProgress &progress = {}) const override;
    /// gis::readReferences (reference_reads.h): the first table on the store's connection, each
    /// other on a readerConnection() of its own on a thread of its own; in turn without one.
    std::vector<VectorLayer> readReferences(
        const QStringList &tables, const FeatureQuery &query = {}, const StoreProgress &progress = {}) const;

    qint64 addIncident(const IncidentRecord &incident, const std::optional<core::CaseFile> &openCase) override;
    qint64 addIncident(const IncidentRecord &incident, const std::optional<core::CaseFile> &openCase,
        const PreparedIncident &prepared) override;
    void inOneEdit(const std::function<void()> &body) override;
    std::vector<IncidentRecord> incidents(bool withGeometry = false, const FeatureQuery &query = {}) const override;
    void updateIncidentGeometry(const IncidentRecord &reshaped, qint64 expectedRevision) override;
    QList<core::PartyIncident> partyIncidents() const override;

    void addApprovals(const std::vector<ApprovalRecord> &approvals) override;
    std::vector<ApprovalRecord> approvals(const FeatureQuery &query = {}) const override;

    void openCase(const core::CaseFile &file) override;
    std::optional<core::CaseFile> caseFile(const QString &id) const override;
    QList<core::CaseFile> cases() const override;
    core::TransitionResult advanceCase(const QString &caseId, const core::CaseStep &step,
        const core::CaseWorkflow &workflow, qint64 expectedRevision) override;
    void setCaseFacts(const QString &caseId, const CaseFacts &facts, qint64 expectedRevision) override;
    void addTransfer(const QString &caseId, const core::CaseTransfer &transfer, qint64 expectedRevision) override;
    void recordTransferReply(const QString &caseId, const QString &transferId, const QString &reply,
        const QDateTime &repliedAt) override;
    void addAccountability(
        const QString &caseId, const core::AccountabilityRecord &record, qint64 expectedRevision) override;

    QString addAttachment(const QString &fileName, const QString &mediaType, const QByteArray &content) override;
    QByteArray attachment(const QString &id) const override;
    QString setting(const QString &key) const override;
    void setSetting(const QString &key, const QString &value) override;

    PatrolRecords &patrol() override { return *this; }
    const PatrolRecords &patrol() const override { return *this; }
    AssessmentRecords &assessment() override { return *this; }
    const AssessmentRecords &assessment() const override { return *this; }

    QList<core::AuditEvent> events() const override;
    std::optional<core::ChainAnchor> logHead() const override;
    core::ChainReport verifyLog() const override;
    LogCheck checkLog(const LogCheckOptions &options = {}) const override;
    core::LogReceipt seal(const std::optional<core::LogKey> &signingKey = {}) override;
    void keyLog(const core::LogKey &key) override;

    void dump(ProjectDumpSink &sink, const StoreProgress &progress = {}) const override;

    // --- PatrolRecords ------------------------------------------------------------------------
    void replaceGrid(const PatrolGrid &grid, const QHash<QString, QStringList> &officerCells) override;
    PatrolGrid grid() const override;
    bool hasGrid() const override;
    void setOfficer(const core::Officer &officer, const QStringList &villages = {}) override;
    std::vector<PatrolOfficerRecord> officers() const override;
    void setVillagePatroller(const core::VillagePatroller &patroller) override;
    std::vector<core::VillagePatroller> villagePatrollers() const override;
    qint64 savePlan(const core::PatrolPlan &plan, QDate keptBefore, const QJsonObject &options) override;
    std::optional<core::PatrolPlan> currentPlan() const override;
    StoredTrack addTrack(
        const StoredTrack &track, const QByteArray &gpx, const std::vector<core::CellCoverage> &records) override;
    std::vector<StoredTrack> tracks() const override;
    QByteArray trackGpx(qint64 id) const override;
    void markVisit(const QString &cellId, const QString &officer, QDate day) override;
    std::vector<core::CellCoverage> records(QDate from = {}, QDate to = {}) const override;

    // --- AssessmentRecords (sql_assessment.cpp) -------------------------------------------------
    core::TownshipTarget setTarget(const core::TownshipTarget &target) override;
    std::vector<core::TownshipTarget> targets(std::optional<int> year = std::nullopt) const override;
    core::TownshipMeasure addMeasure(const core::TownshipMeasure &measure) override;
    std::vector<core::TownshipMeasure> measures() const override;

    /// The setting that names the key of a keyed log (LogKey::id(); absent for a plain chain).
    static const QString kChainKeySetting;

protected:
    /// Takes an open connection whose schema is current. @p readOnly: every write throws
    /// core::ProjectReadOnly.
    SqlProjectStore(std::unique_ptr<SqlConnection> connection, OperatorIdentity who, ProjectInfo info, bool readOnly);

    SqlConnection &db() const { return *m_db; }
    const QString &location() const { return m_info.location; }
    /// Appends one audit event inside the caller's write transaction; returns it sealed.
    core::AuditEvent appendEvent(const QString &entity, const QString &entityId, const QString &action,
        const QJsonValue &oldValue, const QJsonValue &newValue);
    /// appendEvent() with the new value already in the log's form (sql_log::loggedValue).
    core::AuditEvent appendEvent(const QString &entity, const QString &entityId, const QString &action,
        const QJsonValue &oldValue, const LoggedJson &newLogged);
    /// Adds the operator to the officers table unless there (first visit); not logged.
    void recordOperator();
    /// After a backend's own upgrade.
    void setSchemaVersion(int version) { m_info.schemaVersion = version; }
    /// The office key for a keyed log (from FARMGUARD_LOG_KEY_FILE or --key-file).
    void setLogKey(const std::optional<core::LogKey> &key) { m_key = key; }
    /// The open check: the chain and recorded head, the integrity check and the
    /// data against the log. A failure makes the store read-only with the reason and logBroken,
    /// so nothing is written on a project whose record cannot be trusted. Returns true when it
    /// passed.
    bool checkOnOpen();
    /// Why the working CRS cannot serve (not a CGCS2000 Gauss-Krüger zone), or empty.
    QString workingCrsProblem() const;
    /// Makes the store read-only for @p reason (a read-only file, a failed check).
    void restrictToReading(const QString &reason, bool logBroken);
    /// Fills readOnly, readOnlyReason and logBroken of @p rights.
    void addOpenState(StoreRights &rights) const;

    // --- hooks that need the store's state (the others: SqlBackendHooks) ----------------------

    /// Called inside a write transaction before an append: serialises appends and gives the
    /// head to chain after (nullopt: an empty log). The default reads the last event (the
    /// GeoPackage's write lock already serialises); PostGIS asks the server (fg_lock_log_head),
    /// since row-level security may hide the last event from the operator.
    virtual std::optional<core::ChainAnchor> lockLogHead() const;
    /// Called inside a write transaction after rows of @p table (incidents, grid_cells) changed;
    /// once per table at the end of an edit of several writes (inOneEdit). Callers use wrote().
    virtual void afterWrite(const QString &table) { Q_UNUSED(table); }
    /// Rows of @p table changed: afterWrite() now, or once at the end of the edit in progress.
    void wrote(const QString &table);

    /// Schema step 8's data, inside the step's transaction: the incidents' party ID numbers and
    /// net-of-田坎 figures that the log recorded before the tables had columns for them (builds
    /// that logged them with schema 6 or 7), taken from the log (LogReplay), so the new columns
    /// say what the log proves. Revisions and changers stay as they are.
    void restoreIncidentIdentity();
    /// Schema step 11's data, inside the caller's write transaction: each reference layer read
    /// whole, hashed (LayerHash::of), kept in layer_hashes and logged ("layer" / "hash" with its
    /// features and sha256). Runs once per project: when it is created, or migrated from 10.
    void recordLayerHashes();
    /// Hashes recordLayerHashes() takes as they are instead of hashing the rows again: those a
    /// create computed while it wrote the rows (GpkgLayerWriter, the same LayerHash over the
    /// same values), by table: {features, sha256}.
    void knowLayerHashes(std::map<QString, std::pair<qint64, QString>> hashes) { m_knownLayerHashes = std::move(hashes); }
    /// LayerHash of @p table's rows as readReference() reads them, in fid order, without GEOS
    /// for geometries the store wrote (LayerHash::isCanonicalMultiPolygon: hashed as stored);
    /// any other geometry goes through GEOS as readReference's would. @p features: rows hashed.
    QString hashStoredLayer(const QString &table, qint64 *features) const;

    /// The store's lock: every public call holds it (a backend's own overrides too).
    std::unique_lock<std::recursive_mutex> lock() const { return std::unique_lock<std::recursive_mutex>(m_mutex); }

private:
    void requireWritable() const;
    /// A readerConnection() that sees the same rows as the store's connection: nullptr inside a
    /// transaction (its rows may not be committed), without a reader, or when none opens.
    std::unique_ptr<SqlConnection> committedReader() const;
    /// readReference's part on the store's connection (under the lock): the checks, the layer's
    /// fields and the rows the query selects (sql_reference.cpp).
    ReferencePlan planReference(const QString &table, const FeatureQuery &query) const;
    /// readReference's rows of @p plan read on @p on (the store's connection or a reader's).
    void readPlannedRows(const SqlConnection &on, ReferencePlan &plan, const FeatureQuery &query,
        const StoreProgress &progress) const;
    /// Adds a person to the officers table unless there (name and role).
    void addPerson(const QString &name, const QString &role);
    qint64 partyId(const QString &name);
    void insertCase(const core::CaseFile &file);
    /// insertCase() with the case's open-event value given (PreparedIncident::caseOpened).
    void insertCase(const core::CaseFile &file, const LoggedJson &opened);
    void insertStep(const QString &caseId, int stepNo, const core::CaseStep &step);
    core::CaseFile requireCase(const QString &caseId) const;
    /// The case's incidents with their stored figures, for core::FlagCheck.
    QList<core::MeasuredIncident> measuredIncidents(const QString &caseId) const;
    /// The project's rules as the setting holds them (core::RulesRecord), for core::FlagCheck.
    core::Rules storedRules() const;
    /// The schema has the columns of kCaseRecordsVersion.
    bool caseRecords() const { return m_info.schemaVersion >= kCaseRecordsVersion; }
    /// The schema has the incidents' columns of kIncidentIdentityVersion.
    bool incidentIdentity() const { return m_info.schemaVersion >= kIncidentIdentityVersion; }
    /// Refuses (core::ProjectReadOnly) a record an older shared schema cannot hold yet.
    void requireCaseRecords(const QString &caseId) const;
    /// Checks the case's revision against @p expected and bumps it (with who and when).
    void touchCase(const QString &caseId, qint64 expected);
    std::vector<IncidentRecord> selectIncidents(bool withGeometry, const QString &where, const SqlParams &params) const;
    void requireCell(const QString &cellId) const;
    void insertRecord(const core::CellCoverage &record, std::optional<qint64> trackId, const QString &source);
    /// Every table of the dump (reference layers present, then the domain tables) with row counts.
    std::vector<DumpTableSpec> dumpTables() const;
    /// The domain tables as StoredRows (sql_data_rows.cpp), inside the caller's read transaction;
    /// the approvals (schema 9), assessment (10, sql_assessment.cpp) and layer hashes (11) from then.
    StoredRows storedRows(bool attachmentContent) const;
    void storedIncidents(StoredRows &rows) const;
    void storedApprovals(StoredRows &rows) const;
    /// The schema has the approvals table.
    bool hasApprovals() const { return m_info.schemaVersion >= kApprovalsVersion; }
    void storedCases(StoredRows &rows) const;
    void storedCaseParts(StoredRows &rows) const;
    void storedOthers(StoredRows &rows, bool attachmentContent) const;
    void storedAssessment(StoredRows &rows) const;
    /// Writes need the bureau's rights and the tables of schema 10.
    void requireAssessmentWrite(const QString &record) const;
    void storedLayerHashes(StoredRows &rows) const;
    /// verify-log --full: each layer's hash recomputed from its rows against the one kept;
    /// a difference is a finding naming the layer.
    void checkLayerContent(LogCheck &check) const;
    /// The data check and the anchors of checkLog(), on the events read in its snapshot. The
    /// data check reads the stored rows on the connection's thread and compares them with
    /// @p derivation, the log's, running meanwhile on another core (invalid before schema 5).
    /// Returns the two compared sets of rows, for freeAside() once the check's threads are joined.
    std::shared_ptr<void> checkData(LogCheck &check, std::future<DataRows> &derivation,
        const LogCheckOptions &options) const;
    /// Frees @p rows on a thread of its own (here when none can be started).
    void freeAside(std::shared_ptr<void> rows) const;
    void checkAnchors(LogCheck &check, const QList<core::AuditEvent> &events, const LogCheckOptions &options,
        const core::LogKey *key) const;
    /// The key id of a keyed log (the setting), or empty.
    QString chainKeyId() const;
    /// The key an append must seal with: nullptr for a plain log; throws ProjectReadOnly when
    /// the log is keyed and the store has no key or another one.
    const core::LogKey *appendKey(bool keying) const;
    /// The head to chain after: inside an edit the one its last append left (sql_log.cpp).
    std::optional<core::ChainAnchor> appendHead();
    /// Writes the head rows an edit's appends left pending, so they equal the last event's
    /// seq and hash before anything reads them or the edit commits (EditLogHead).
    void settleLogHead() const;

    mutable std::recursive_mutex m_mutex;
    std::unique_ptr<SqlConnection> m_db;
    OperatorIdentity m_operator;
    ProjectInfo m_info;
    std::map<QString, std::pair<qint64, QString>> m_knownLayerHashes;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    bool m_logBroken = false;
    std::optional<core::LogKey> m_key;
    /// Inside inOneEdit: the tables written so far, whose afterWrite() waits for the end.
    std::optional<QStringList> m_editTables;
    /// Inside inOneEdit: the log's head and key as the edit's appends left them.
    mutable EditLogHead m_editLog;
    /// The rows the last data check compared, being freed on a thread of their own (freeAside);
    /// the future waits in its destructor, the first member destroyed.
    mutable std::future<void> m_comparedRowsFreed;
};

} // namespace fg::gis
