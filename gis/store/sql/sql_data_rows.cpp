// SPDX-License-Identifier: MIT
// SqlProjectStore: the domain tables read as StoredRows, for the data check against the log
// (LogReplay). Raw rows, as stored: nothing is rebuilt through the domain model, so a tampered
// row shows as it is instead of failing to load.
#include "gis/store/sql/sql_project_store.h"

#include "gis/store/log_replay.h"
#include "gis/store/stored_rows.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

namespace fg::gis {

namespace {

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString realText(const SqlRows &row, int column)
{
    return row.isNull(column) ? QString() : LogReplay::number(row.real(column));
}

/// Reads @p columns (names as in DataRows) of each row of @p sql into @p table, the row id in
/// column 0; text columns unless listed in @p reals.
void readRows(const SqlConnection &db, const QString &sql, const QString &table, const QStringList &columns,
    StoredRows &rows, const QStringList &reals = {})
{
    StoredRows::Table &stored = rows.table(table, columns);
    std::vector<bool> real;
    for (const QString &column : columns)
        real.push_back(reals.contains(column));
    for (auto row = db.query(sql); row->next();) {
        std::vector<QString> &values = stored.append(row->text(0));
        for (int k = 0; k < int(columns.size()); ++k)
            values[size_t(k)] = real[size_t(k)] ? realText(*row, k + 1) : row->text(k + 1);
    }
}

} // namespace

StoredRows SqlProjectStore::storedRows(bool attachmentContent) const
{
    StoredRows rows;
    storedIncidents(rows);
    storedApprovals(rows);
    storedCases(rows);
    storedCaseParts(rows);
    storedOthers(rows, attachmentContent);
    storedAssessment(rows);
    storedLayerHashes(rows);
    rows.finish();
    return rows;
}

void SqlProjectStore::storedIncidents(StoredRows &rows) const
{
    static const QStringList kText { QStringLiteral("fid"), QStringLiteral("source"), QStringLiteral("discovery_date"),
        QStringLiteral("township"), QStringLiteral("village"), QStringLiteral("party"), QStringLiteral("violation_type"),
        QStringLiteral("description"), QStringLiteral("verdict"), QStringLiteral("area_method"),
        QStringLiteral("revision"), QStringLiteral("changed_by") };
    static const QStringList kReal { QStringLiteral("area_m2"), QStringLiteral("basic_farmland_m2"),
        QStringLiteral("cultivated_m2"), QStringLiteral("cultivated_outside_m2"), QStringLiteral("basic_farmland_mu"),
        QStringLiteral("cultivated_mu") };
    // Schema 8's columns: the party's ID number (text) and the net figures (real).
    static const QStringList kIdentityText { QStringLiteral("party_id_number") };
    static const QStringList kIdentityReal { QStringLiteral("cultivated_net_m2"), QStringLiteral("cultivated_outside_net_m2") };
    const QStringList text = incidentIdentity() ? kText + kIdentityText : kText;
    const QStringList columns = text + kReal + (incidentIdentity() ? kIdentityReal : QStringList());
    auto row = m_db->query(QStringLiteral("SELECT COALESCE(incident_id, '(fid ' || fid || ')'), %1, %2 FROM incidents")
                               .arg(columns.join(QStringLiteral(", ")), geometrySelect(QStringLiteral("geom"))));
    StoredRows::Table &table = rows.table(QStringLiteral("incidents"), columns + QStringList { QStringLiteral("geometry_sha256") });
    const int geom = int(columns.size()) + 1;
    while (row->next()) {
        std::vector<QString> &values = table.append(row->text(0));
        for (int k = 0; k < int(columns.size()); ++k)
            values[size_t(k)] = k < int(text.size()) ? row->text(k + 1) : realText(*row, k + 1);
        // The hash the log keeps: of the ISO WKB of the geometry as a MultiPolygon.
        if (row->isNull(geom)) {
            values.back() = tr("(no geometry)");
        } else {
            const GeosGeometryPtr geometry = geometryFrom(row->blob(geom));
            values.back() = geometry ? sha256Hex(toWkb(toMultiPolygon(geometry.get()).get())) : tr("(unreadable geometry)");
        }
    }
}

void SqlProjectStore::storedCases(StoredRows &rows) const
{
    readRows(*m_db,
        QStringLiteral("SELECT c.id, p.name, c.violation_type, c.threshold_flag, c.declared_major, c.crime_suspected_at, "
                       "c.misconduct_suspected_at, c.status, c.opened_seq, c.township, c.revision, c.changed_by, %1 "
                       "FROM cases c LEFT JOIN parties p ON p.id = c.party_id")
            .arg(caseRecords() ? QStringLiteral("c.declared_major_at") : QStringLiteral("NULL")),
        QStringLiteral("cases"),
        { QStringLiteral("party"), QStringLiteral("violation_type"), QStringLiteral("threshold_flag"),
            QStringLiteral("declared_major"), QStringLiteral("crime_suspected_at"),
            QStringLiteral("misconduct_suspected_at"), QStringLiteral("status"), QStringLiteral("opened_seq"),
            QStringLiteral("township"), QStringLiteral("revision"), QStringLiteral("changed_by"),
            QStringLiteral("declared_major_at") },
        rows);
    // Every case row has a (maybe empty) list of incident fids, so a case without links shows;
    // links of a case the table lacks make a row of their own (the log's case is then "changed").
    QHash<QString, QString> links;
    QStringList order;
    for (auto link = m_db->query(QStringLiteral("SELECT case_id, incident_fid FROM case_incidents ORDER BY case_id, "
                                                "incident_fid"));
         link->next();) {
        QString &incidents = links[link->text(0)];
        if (incidents.isEmpty())
            order << link->text(0);
        incidents += (incidents.isEmpty() ? QString() : QStringLiteral(",")) + link->text(1);
    }
    StoredRows::Table &cases = rows.table(QStringLiteral("cases"));
    const size_t column = size_t(cases.column(QStringLiteral("incidents")));
    QSet<QString> linked;
    for (StoredRows::Row &row : cases.rows) {
        row.values[column] = links.value(row.id);
        linked.insert(row.id);
    }
    for (const QString &caseId : order)
        if (!linked.contains(caseId))
            cases.append(caseId)[column] = links.value(caseId);
}

void SqlProjectStore::storedCaseParts(StoredRows &rows) const
{
    readRows(*m_db,
        QStringLiteral("SELECT case_id || '#' || step_no, action, from_status, to_status, at, actor, actor_role, note, "
                       "deadline, penalties, court_enforced, attachment_ids, %1 FROM case_events")
            .arg(caseRecords() ? QStringLiteral("joint_acceptor") : QStringLiteral("''")),
        QStringLiteral("case_events"),
        { QStringLiteral("action"), QStringLiteral("from_status"), QStringLiteral("to_status"), QStringLiteral("at"),
            QStringLiteral("actor"), QStringLiteral("actor_role"), QStringLiteral("note"), QStringLiteral("deadline"),
            QStringLiteral("penalties"), QStringLiteral("court_enforced"), QStringLiteral("attachment_ids"),
            QStringLiteral("joint_acceptor") },
        rows);
    readRows(*m_db,
        QStringLiteral("SELECT case_id || '/' || id, department, sent_at, sent_by, sent_by_role, note, attachment_ids, "
                       "reply, replied_at FROM transfers"),
        QStringLiteral("transfers"),
        { QStringLiteral("department"), QStringLiteral("sent_at"), QStringLiteral("sent_by"),
            QStringLiteral("sent_by_role"), QStringLiteral("note"), QStringLiteral("attachment_ids"),
            QStringLiteral("reply"), QStringLiteral("replied_at") },
        rows);
    // Accountability records are numbered per case in the order they were stored.
    QMap<QString, int> counts;
    StoredRows::Table &accountability = rows.table(QStringLiteral("accountability"),
        { QStringLiteral("who"), QStringLiteral("decision"), QStringLiteral("decided_on"), QStringLiteral("organ"),
            QStringLiteral("document_no") });
    const QString since7 = caseRecords() ? QStringLiteral("organ, document_no") : QStringLiteral("'', ''");
    for (auto row = m_db->query(
             QStringLiteral("SELECT case_id, who, decision, decided_on, %1 FROM accountability ORDER BY case_id, id")
                 .arg(since7));
         row->next();) {
        const QString caseId = row->text(0);
        std::vector<QString> &values = accountability.append(QStringLiteral("%1#%2").arg(caseId).arg(++counts[caseId]));
        for (int k = 0; k < 5; ++k)
            values[size_t(k)] = row->text(k + 1);
    }
}

void SqlProjectStore::storedOthers(StoredRows &rows, bool attachmentContent) const
{
    // The log head is the chain's to check.
    readRows(*m_db,
        QStringLiteral("SELECT key, value FROM settings WHERE key NOT IN ('log_head_seq', 'log_head_hash')"),
        QStringLiteral("settings"), { QStringLiteral("value") }, rows);
    StoredRows::Table &attachments = rows.table(QStringLiteral("attachments"),
        { QStringLiteral("file_name"), QStringLiteral("media_type"), QStringLiteral("size"),
            QStringLiteral("content_sha256") });
    const QString content = attachmentContent ? QStringLiteral("content") : QStringLiteral("NULL");
    for (auto row = m_db->query(QStringLiteral("SELECT id, file_name, media_type, size, %1 FROM attachments").arg(content));
         row->next();) {
        std::vector<QString> &values = attachments.append(row->text(0));
        for (int k = 0; k < 3; ++k)
            values[size_t(k)] = row->text(k + 1);
        values[3] = attachmentContent ? sha256Hex(row->blob(4)) : row->text(0);
    }
}

} // namespace fg::gis
