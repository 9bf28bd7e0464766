// SPDX-License-Identifier: MIT
// SqlProjectStore: the approvals layer (schema 9, issue 16 item 1) — approvals written once,
// logged, re-derived from the log by LogReplay.
#include "gis/store/sql/sql_project_store.h"

#include "core/store_errors.h"
#include "gis/store/log_replay.h"
#include "gis/store/sql/sql_rows_p.h"

#include <QCryptographicHash>
#include <QSet>

namespace fg::gis {

namespace {

const QString kColumns = QStringLiteral("document_no, kind, approved_on, valid_from, valid_to, approved_use, "
                                        "township, source, added_at, added_by");

QVariant dayValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

/// The ISO WKB both backends store (promoted to MultiPolygon): what geometry_sha256 hashes.
QString geometryHash(const GEOSGeometry *geometry)
{
    const QByteArray wkb = toWkb(toMultiPolygon(geometry).get());
    return QString::fromLatin1(QCryptographicHash::hash(wkb, QCryptographicHash::Sha256).toHex());
}

bool polygonal(const GEOSGeometry *geometry)
{
    if (!geometry)
        return false;
    GEOSContextHandle_t ctx = geosContext();
    const int type = GEOSGeomTypeId_r(ctx, geometry);
    return (type == GEOS_POLYGON || type == GEOS_MULTIPOLYGON) && GEOSisEmpty_r(ctx, geometry) == 0;
}

} // namespace

void SqlProjectStore::addApprovals(const std::vector<ApprovalRecord> &approvals)
{
    const auto guard = lock();
    requireWritable();
    if (!hasApprovals())
        throw core::ProjectReadOnly(location(),
            tr("the project's schema (version %1) has no approvals layer yet: its owner must open it once "
               "with this "
               "FarmGuard to upgrade it")
                .arg(m_info.schemaVersion));
    QSet<QString> seen;
    for (const ApprovalRecord &record : approvals) {
        const QString number = record.approval.documentNumber.trimmed();
        if (const QStringList problems = record.approval.problems(); !problems.isEmpty())
            throw core::InputError(location(), problems.join(QStringLiteral("; ")), number);
        if (!polygonal(record.geometry.get()))
            throw core::InputError(location(), tr("an approval needs a polygon"), number);
        if (seen.contains(number))
            throw core::InputError(location(), tr("the document number is given twice"), number);
        seen.insert(number);
    }
    SqlTransaction transaction(*m_db);
    const QString now = core::AuditEvent::timestamp(QDateTime::currentDateTimeUtc());
    for (const ApprovalRecord &record : approvals) {
        const core::Approval &a = record.approval;
        const QString number = a.documentNumber.trimmed();
        if (m_db->query(QStringLiteral("SELECT 1 FROM approvals WHERE document_no = ?1"), { number })->next())
            throw core::InputError(
                location(), tr("the project already has an approval with this document number"), number);
        auto inserted = m_db->query(
            QStringLiteral("INSERT INTO approvals (geom, %1) VALUES (%2, ?2, ?3, ?4, ?5, ?6, ?7, "
                           "?8, ?9, ?10, ?11) RETURNING fid")
                .arg(kColumns, geometryParam(1)),
            { geometryValue(record.geometry.get()), number, core::approvalKindCode(a.kind),
                dayValue(a.approvedOn), dayValue(a.validFrom), dayValue(a.validTo), a.approvedUse, a.township,
                record.source, now, m_operator.name });
        inserted->next();
        const qint64 fid = inserted->integer(0);
        inserted.reset();
        QJsonObject added = record.attributesJson();
        added.insert(QStringLiteral("document_no"), number);
        added.insert(QStringLiteral("fid"), fid);
        added.insert(QStringLiteral("geometry_wkt"), toWkt(record.geometry.get(), 3));
        added.insert(QStringLiteral("geometry_sha256"), geometryHash(record.geometry.get()));
        appendEvent(QStringLiteral("approval"), number, QStringLiteral("add"), QJsonValue(), added);
    }
    wrote(QStringLiteral("approvals"));
    transaction.commit();
}

std::vector<ApprovalRecord> SqlProjectStore::approvals(const FeatureQuery &query) const
{
    const auto guard = lock();
    std::vector<ApprovalRecord> result;
    if (!hasApprovals())
        return result;
    QString where;
    SqlParams params;
    if (!query.empty()) {
        const std::vector<qint64> fids = sql_rows::selectedFids(
            query, [this](const std::vector<QRectF> &boxes) { return fidsInBoxes(QStringLiteral("approvals"), boxes); });
        if (fids.empty())
            return result;
        // An approvals layer holds hundreds of documents, not millions: one statement.
        where = QStringLiteral("WHERE fid IN (%1)").arg(sql_rows::placeholders(1, int(fids.size())));
        params.assign(fids.begin(), fids.end());
    }
    auto rows = m_db->query(QStringLiteral("SELECT fid, %1, %2 FROM approvals %3 ORDER BY fid")
                                .arg(kColumns, geometrySelect(QStringLiteral("geom")), where),
        params);
    while (rows->next()) {
        ApprovalRecord record;
        record.fid = rows->integer(0);
        core::Approval &a = record.approval;
        a.documentNumber = rows->text(1);
        a.kind = core::approvalKindFromText(rows->text(2));
        a.approvedOn = QDate::fromString(rows->text(3), Qt::ISODate);
        a.validFrom = QDate::fromString(rows->text(4), Qt::ISODate);
        a.validTo = QDate::fromString(rows->text(5), Qt::ISODate);
        a.approvedUse = rows->text(6);
        a.township = rows->text(7);
        record.source = rows->text(8);
        record.addedAt = sql_rows::storedTime(rows->text(9));
        record.addedBy = rows->text(10);
        record.geometry = geometryFrom(rows->blob(11));
        if (!query.boxes.empty() && !sql_rows::meetsAny(record.geometry.get(), query.boxes))
            continue;
        result.push_back(std::move(record));
    }
    return result;
}

void SqlProjectStore::storedApprovals(StoredRows &rows) const
{
    if (!hasApprovals())
        return;
    static const QStringList kText { QStringLiteral("fid"), QStringLiteral("kind"),
        QStringLiteral("approved_on"), QStringLiteral("valid_from"), QStringLiteral("valid_to"),
        QStringLiteral("approved_use"), QStringLiteral("township"), QStringLiteral("source") };
    auto row
        = m_db->query(QStringLiteral("SELECT document_no, %1, %2 FROM approvals")
                          .arg(kText.join(QStringLiteral(", ")), geometrySelect(QStringLiteral("geom"))));
    StoredRows::Table &table = rows.table(QStringLiteral("approvals"), kText + QStringList { QStringLiteral("geometry_sha256") });
    const int geom = int(kText.size()) + 1;
    while (row->next()) {
        std::vector<QString> &values = table.append(row->text(0));
        for (int k = 0; k < int(kText.size()); ++k)
            values[size_t(k)] = row->text(k + 1);
        const GeosGeometryPtr geometry = row->isNull(geom) ? nullptr : geometryFrom(row->blob(geom));
        values.back() = geometry ? geometryHash(geometry.get()) : tr("(no geometry)");
    }
}

} // namespace fg::gis
