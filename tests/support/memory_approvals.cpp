// SPDX-License-Identifier: MIT
// MemoryProjectStore: the approvals layer (schema 9), as the SQL store keeps it.
#include "core/input_error.h"
#include "gis/patrol/cell_probes.h"
#include "memory_project_store.h"
#include "memory_rows.h"

#include <QSet>

namespace fg::test {

void MemoryProjectStore::addApprovals(const std::vector<gis::ApprovalRecord> &approvals)
{
    m_session.rights.requireWritable();
    m_session.rights.requireBureau(tr("approvals"));
    QSet<QString> seen;
    for (const gis::ApprovalRecord &record : approvals) {
        const QString number = record.approval.documentNumber.trimmed();
        if (const QStringList problems = record.approval.problems(); !problems.isEmpty())
            throw core::InputError(m_session.location(), problems.join(QStringLiteral("; ")), number);
        if (!rows::multiPolygon(record.geometry.get()))
            throw core::InputError(m_session.location(), tr("an approval needs a polygon"), number);
        if (seen.contains(number))
            throw core::InputError(m_session.location(), tr("the document number is given twice"), number);
        seen.insert(number);
    }
    m_session.project->write([&](MemoryState &state) {
        const QDateTime now = MemorySession::now();
        for (const gis::ApprovalRecord &record : approvals) {
            const QString number = record.approval.documentNumber.trimmed();
            for (const ApprovalRow &row : state.approvals)
                if (row.approval.documentNumber == number)
                    throw core::InputError(m_session.location(),
                        tr("the project already has an approval with this document number"), number);
            ApprovalRow row;
            row.fid = ++state.lastApprovalFid;
            row.geometry = rows::multiPolygon(record.geometry.get());
            row.approval = record.approval;
            row.approval.documentNumber = number;
            row.source = record.source;
            row.addedAt = core::AuditEvent::timestamp(now);
            row.addedBy = m_session.who.name;
            QJsonObject added = record.attributesJson();
            added.insert(QStringLiteral("document_no"), number);
            added.insert(QStringLiteral("fid"), row.fid);
            added.insert(QStringLiteral("geometry_wkt"), gis::toWkt(record.geometry.get(), 3));
            added.insert(QStringLiteral("geometry_sha256"), rows::sha256Hex(gis::toWkb(row.geometry.get())));
            state.approvals.push_back(row);
            m_session.log(
                state, now, QStringLiteral("approval"), number, QStringLiteral("add"), QJsonValue(), added);
        }
        return 0;
    });
}

std::vector<gis::ApprovalRecord> MemoryProjectStore::approvals(const gis::FeatureQuery &query) const
{
    return m_session.project->read([&](const MemoryState &state) {
        std::vector<gis::ApprovalRecord> result;
        for (const ApprovalRow &row : state.approvals) {
            if (!rows::selects(query, row.fid, gis::envelopeOf(row.geometry.get())))
                continue;
            gis::ApprovalRecord record;
            record.fid = row.fid;
            record.approval = row.approval;
            record.source = row.source;
            record.addedAt = QDateTime::fromString(row.addedAt, Qt::ISODateWithMs);
            record.addedBy = row.addedBy;
            record.geometry = gis::cloneGeometry(row.geometry.get());
            result.push_back(std::move(record));
        }
        return result;
    });
}

} // namespace fg::test
