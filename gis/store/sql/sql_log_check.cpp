// SPDX-License-Identifier: MIT
// SqlProjectStore: the whole check of a project's record (chain, integrity, data, anchors), the
// open check that makes a failing project read-only, receipts and the keyed chain.
#include "gis/store/sql/sql_project_store.h"

#include "core/cases/hash_chain.h"
#include "core/store_errors.h"
#include "gis/io/working_crs.h"
#include "gis/store/log_replay.h"
#include "gis/store/receipt_p.h"
#include "gis/store/sql/sql_log_read_p.h"

#include <QJsonDocument>

#include <future>
#include <memory>
#include <system_error>
#include <utility>

namespace fg::gis {

namespace {

/// Whether the open check re-derives the data (measured: docs/design/evidence.md).
constexpr bool kDataOnOpen = true;

/// @p work on a thread of its own; where none can be started (a process at its thread limit),
/// run when its result is asked for: the open check is never lost for want of a thread.
template <typename Work>
auto aside(Work work)
{
    try {
        return std::async(std::launch::async, work);
    } catch (const std::system_error &) {
        return std::async(std::launch::deferred, work);
    }
}

} // namespace

LogCheck SqlProjectStore::checkLog(const LogCheckOptions &options) const
{
    const auto guard = lock();
    settleLogHead();
    // One snapshot: another process appending meanwhile never shows as "events deleted".
    SqlTransaction snapshot(*m_db, SqlTransaction::Kind::Read);
    LogCheck check;
    std::shared_ptr<void> compared;
    check.integrity = integrity(options);
    if (const QString crs = workingCrsProblem(); !crs.isEmpty())
        check.integrity = check.integrity == QLatin1String("ok") ? crs : check.integrity + QLatin1Char('\n') + crs;
    try {
        // Only the rows' text is read here; their values are parsed on another thread (once, for
        // both the chain and the derivation) while this one (the connection's) reads the stored rows.
        sql_log::StoredLog stored = sql_log::readStoredLog(*m_db, rowOrder());
        check.events = stored.events.size();
        const core::LogKey *key = options.key ? &*options.key : (m_key ? &*m_key : nullptr);
        const std::optional<core::ChainAnchor> recorded = sql_log::recordedHead(*m_db);
        const core::ChainKeying keying { key, options.requireKeyed };
        const std::shared_future<QList<core::AuditEvent>> parsing
            = aside([&stored] { return sql_log::parsed(std::move(stored)); }).share();
        // The chain's verification and the data's derivation are pure and need nothing but the
        // parsed events: they run on other threads, each waiting for the parse; both are joined
        // before anything is judged, so every check is still made.
        std::future<core::ChainReport> chain = aside(
            [parsing, &recorded, &keying] { return core::HashChain::verify(parsing.get(), recorded, keying); });
        std::future<DataRows> derivation;
        if (options.data && m_info.schemaVersion >= 5)
            derivation = aside([parsing] { return LogReplay::derive(parsing.get()); });
        if (options.data)
            compared = checkData(check, derivation, options);
        check.report = chain.get();
        const QList<core::AuditEvent> &events = parsing.get();
        if (!events.isEmpty())
            check.head = core::ChainAnchor { events.last().seq, events.last().hash };
        checkAnchors(check, events, options, key);
        if (options.layerContent)
            checkLayerContent(check);
    } catch (const core::InputError &error) {
        // A damaged file stops the reading where it breaks: say so with what the check found.
        if (check.integrity == QLatin1String("ok"))
            throw;
        check.integrity += QLatin1Char('\n') + error.problem();
    }
    // Only now: the derived rows share their strings with the events, which the chain's and the
    // derivation's threads read. Leaving the try block joined those threads and dropped the
    // events, so the freeing thread starts after every read of them (a thread's start orders it
    // plainly; the strings' reference counts, partly dropped inside Qt, would not for ThreadSanitizer).
    freeAside(std::move(compared));
    return check; // the snapshot only read: it ends by rolling back (a damaged file may refuse COMMIT)
}

namespace {

using TableColumn = std::pair<const char *, const char *>;

/// The fields of the schema 7 columns (accountability organ and document number, a major-case
/// declaration's date, the joint reclamation acceptor).
const std::vector<TableColumn> kCaseRecordColumns { { "case_events", "joint_acceptor" }, { "accountability", "organ" },
    { "accountability", "document_no" }, { "cases", "declared_major_at" } };
/// The fields of the schema 8 columns (the incidents' party ID number and net figures).
const std::vector<TableColumn> kIdentityColumns { { "incidents", "party_id_number" },
    { "incidents", "cultivated_net_m2" }, { "incidents", "cultivated_outside_net_m2" } };

/// Drops the fields of @p columns from @p rows.
void without(DataRows &rows, const std::vector<TableColumn> &columns)
{
    std::vector<DataRows::Key> keys;
    for (const auto &entry : rows.rows())
        keys.push_back(entry.first);
    for (const DataRows::Key &key : keys)
        for (const auto &[table, column] : columns)
            if (key.first == QLatin1String(table))
                rows.row(key.first, key.second).remove(QString::fromLatin1(column));
}

/// @p rows without the rows of the tables a later schema step added (before schema 11).
DataRows withoutNewerTables(const DataRows &rows, int schemaVersion)
{
    DataRows kept;
    for (const auto &[key, fields] : rows.rows()) {
        if (key.first == QLatin1String("layer_hashes"))
            continue;
        if (schemaVersion < SqlProjectStore::kTownshipTargetsVersion && key.first.startsWith(QLatin1String("township_")))
            continue;
        kept.row(key.first, key.second) = fields;
    }
    return kept;
}

} // namespace

std::shared_ptr<void> SqlProjectStore::checkData(LogCheck &check, std::future<DataRows> &derivation,
    const LogCheckOptions &options) const
{
    if (!derivation.valid()) { // schema before 5
        check.notes << tr("the data was not checked against the log: the project has schema version %1 (open it once "
                          "for editing to upgrade it)")
                           .arg(m_info.schemaVersion);
        return {};
    }
    StoredRows stored = storedRows(options.attachmentContent);
    DataRows derived = derivation.get();
    // An older schema has no columns for what later steps record (read empty): they are not
    // compared (only the log's fields are), so a project read before its owner upgrades it checks.
    if (!caseRecords())
        without(derived, kCaseRecordColumns);
    if (!incidentIdentity())
        without(derived, kIdentityColumns);
    if (m_info.schemaVersion < kLayerHashesVersion) // else nothing to drop: no copy of the whole derivation
        derived = withoutNewerTables(derived, m_info.schemaVersion);
    check.findings = LogReplay::compare(derived, stored);
    for (const StoredRows::Table &table : stored.tables())
        if (!table.rows.empty())
            check.rowsChecked[table.name] += int(table.rows.size());
    check.dataChecked = true;
    check.notes << tr("the patrol tables (grid, officers, plans, tracks, records) are not derived from the log");
    return std::make_shared<std::pair<StoredRows, DataRows>>(std::move(stored), std::move(derived));
}

void SqlProjectStore::freeAside(std::shared_ptr<void> rows) const
{
    // Nothing reads the compared rows after the check, and freeing them (maps of maps, a row per
    // incident, case and event) took tens of milliseconds on the opening thread.
    if (!rows)
        return;
    try {
        m_comparedRowsFreed = std::async(std::launch::async, [rows = std::move(rows)]() mutable { rows.reset(); });
    } catch (const std::system_error &) {
        // No thread to be had: the rows go with the work's captures, here.
    }
}

void SqlProjectStore::checkAnchors(LogCheck &check, const QList<core::AuditEvent> &events,
    const LogCheckOptions &options, const core::LogKey *key) const
{
    for (const core::LogReceipt &receipt : options.receipts) {
        const QString name = tr("receipt of event %1 sealed %2").arg(receipt.headSeq).arg(receipt.sealedAt);
        if (const QString problem = receipt.signatureProblem(key); !problem.isEmpty())
            check.anchorProblems << tr("%1: %2").arg(name, problem);
        if (const auto problem = receipt.logProblem(events, check.report))
            check.anchorProblems << tr("%1: %2").arg(name, problem->message);
    }
    for (const core::ChainAnchor &anchor : options.anchors) {
        if (const auto problem = core::HashChain::anchorProblem(events, anchor))
            check.anchorProblems << tr("head %1: %2").arg(core::anchorText(anchor), problem->message);
    }
    if (m_info.schemaVersion < kReceiptsVersion)
        return;
    for (auto rows = m_db->query(QStringLiteral("SELECT receipt FROM receipts ORDER BY id")); rows->next();) {
        ++check.receiptsKept;
        try {
            const core::LogReceipt kept
                = core::LogReceipt::fromJson(QJsonDocument::fromJson(rows->text(0).toUtf8()).object(), location());
            if (const auto problem = kept.logProblem(events, check.report))
                check.anchorProblems << tr("receipt kept in the project (event %1, sealed %2 by %3): %4")
                                            .arg(kept.headSeq)
                                            .arg(kept.sealedAt, kept.sealedBy, problem->message);
        } catch (const core::InputError &error) {
            check.anchorProblems << tr("a receipt kept in the project cannot be read: %1").arg(error.problem());
        }
    }
}

QString SqlProjectStore::workingCrsProblem() const
{
    if (isCgcs2000GaussKrugerZone(m_info.workingEpsg))
        return {};
    return tr("the project's working CRS (EPSG:%1) is not a CGCS2000 Gauss-Krüger zone: its areas cannot be measured "
              "(the file was changed outside FarmGuard or is damaged)")
        .arg(m_info.workingEpsg);
}

bool SqlProjectStore::checkOnOpen()
{
    if (!seesWholeLog())
        return true; // the server's chain trigger guards the township's appends; the bureau checks
    LogCheckOptions options;
    options.data = kDataOnOpen;
    options.attachmentContent = false;
    options.recordTablesOnly = true;
    LogCheck check;
    try {
        check = checkLog(options);
    } catch (const core::ProjectReadOnly &error) {
        // The damage is past what quick_check of the record's tables sees (or SQLite refused).
        restrictToReading(error.problem(), true);
        return false;
    }
    if (check.passed())
        return true;
    QString reason;
    if (check.integrity != QLatin1String("ok"))
        reason = tr("the project file is damaged (%1): restore it from a backup, or copy what can still be read with "
                    "'farmguard-cli project copy'")
                     .arg(check.integrity.section(QLatin1Char('\n'), 0, 0));
    else if (!check.report.intact())
        reason = tr("its audit log cannot be trusted: %1").arg(check.report.message);
    else if (!check.findings.empty())
        reason = tr("its data differs from its audit log (%n difference(s); first: %1); run farmguard-cli verify-log", nullptr,
            int(check.findings.size()))
                     .arg(check.findings.front().message());
    else
        reason = check.anchorProblems.value(0);
    restrictToReading(tr("opened read-only because %1").arg(reason), true);
    return false;
}

core::LogReceipt SqlProjectStore::seal(const std::optional<core::LogKey> &signingKey)
{
    const auto guard = lock();
    if (m_logBroken)
        throw core::ProjectReadOnly(location(), tr("a receipt never certifies a log that failed its check: %1").arg(m_readOnlyReason));
    settleLogHead();
    // Writable: the head read and the copy kept in one write transaction (no append between).
    SqlTransaction transaction(*m_db, m_readOnly ? SqlTransaction::Kind::Read : SqlTransaction::Kind::Write);
    // The last event itself when the operator sees the whole log; else the head the server keeps.
    std::optional<core::ChainAnchor> head = sql_log::recordedHead(*m_db);
    qint64 count = head ? head->seq : 0;
    if (seesWholeLog()) {
        auto last = m_db->query(QStringLiteral("SELECT seq, hash, (SELECT COUNT(*) FROM event_log) FROM event_log "
                                               "ORDER BY seq DESC LIMIT 1"));
        head = last->next() ? std::optional<core::ChainAnchor>(core::ChainAnchor { last->integer(0), last->text(1) })
                            : std::nullopt;
        count = head ? last->integer(2) : 0;
    }
    if (!head)
        throw core::InputError(location(), tr("the audit log is empty: there is nothing to seal"));
    const core::LogReceipt receipt = receiptFor(*this, *head, count, chainKeyId(), signingKey);
    if (!m_readOnly && m_info.schemaVersion >= kReceiptsVersion)
        m_db->execute(QStringLiteral("INSERT INTO receipts (sealed_at, sealed_by, head_seq, head_hash, events, receipt) "
                                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
            { receipt.sealedAt, receipt.sealedBy, receipt.headSeq, receipt.headHash, receipt.events,
                QString::fromUtf8(QJsonDocument(receipt.toJson()).toJson(QJsonDocument::Compact)) });
    transaction.commit();
    return receipt;
}

void SqlProjectStore::keyLog(const core::LogKey &key)
{
    const auto guard = lock();
    requireWritable();
    SqlTransaction transaction(*m_db);
    if (const QString keyed = chainKeyId(); !keyed.isEmpty())
        throw core::InputError(location(), tr("the audit log is keyed already (key %1): a keyed log keeps its key").arg(keyed));
    m_key = key;
    appendEvent(QStringLiteral("project"), m_info.name, QStringLiteral("key_chain"), QJsonValue(),
        core::HashChain::keyingValue(key));
    m_db->execute(QStringLiteral("INSERT INTO settings (key, value) VALUES (?1, ?2) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
        { kChainKeySetting, key.id() });
    appendEvent(QStringLiteral("setting"), kChainKeySetting, QStringLiteral("update"), QJsonValue(), key.id());
    transaction.commit();
}

} // namespace fg::gis
