// SPDX-License-Identifier: MIT
// SqlProjectStore: the reference layers' content hashes (schema 11) — fixed when a layer is
// written, logged, re-derived by the log replay and recomputed from the rows by verify-log --full.
#include "gis/store/sql/sql_project_store.h"

#include "gis/store/layer_hash.h"
#include "gis/store/log_replay.h"
#include "gis/store/project_tables.h"
#include "gis/store/sql/sql_connection_p.h"
#include "gis/store/sql/sql_rows_p.h"

#include <QJsonObject>

namespace fg::gis {

void SqlProjectStore::recordLayerHashes()
{
    const auto guard = lock();
    for (const char *name : ProjectTables::kReference) {
        const QString table = QString::fromLatin1(name);
        if (!hasTable(table))
            continue;
        qint64 features = 0;
        const auto known = m_knownLayerHashes.find(table);
        const QString sha256 = known != m_knownLayerHashes.end() ? (features = known->second.first, known->second.second)
                                                                 : hashStoredLayer(table, &features);
        m_db->execute(QStringLiteral("INSERT INTO layer_hashes (table_name, features, sha256) VALUES (?1, ?2, ?3)"),
            { table, features, sha256 });
        appendEvent(QStringLiteral("layer"), table, QStringLiteral("hash"), QJsonValue(),
            QJsonObject { { QStringLiteral("features"), double(features) }, { QStringLiteral("sha256"), sha256 } });
    }
}

QString SqlProjectStore::hashStoredLayer(const QString &table, qint64 *features) const
{
    const auto guard = lock();
    const std::vector<FieldDefinition> fields = referenceFields(table);
    QStringList columns { QStringLiteral("fid"), geometrySelect(QStringLiteral("geom")) };
    for (const FieldDefinition &field : fields)
        columns << sql_rows::quotedIdentifier(field.name);
    LayerHash hash;
    qint64 count = 0;
    for (auto rows = m_db->query(QStringLiteral("SELECT %1 FROM %2 ORDER BY fid").arg(columns.join(QStringLiteral(", ")), table));
         rows->next(); ++count) {
        hash.addFid(rows->integer(0));
        for (size_t k = 0; k < fields.size(); ++k)
            hash.addField(sql_rows::fieldValue(*rows, int(k) + 2, fields[k].type).toString());
        // What the store wrote is what GEOS writes back: hashing it as stored skips a decode and
        // an encode per parcel (most of the hash's time); anything else takes readReference's way.
        const QByteArray stored = rows->blob(1);
        QByteArray wkb = wkbFrom(stored);
        if (!LayerHash::isCanonicalMultiPolygon(wkb)) {
            const GeosGeometryPtr geometry = geometryFrom(stored);
            wkb = geometry ? toWkb(toMultiPolygon(geometry.get()).get()) : QByteArray();
        }
        hash.addGeometry(wkb);
    }
    if (features)
        *features = count;
    return hash.hex();
}

void SqlProjectStore::storedLayerHashes(StoredRows &rows) const
{
    if (m_info.schemaVersion < kLayerHashesVersion)
        return;
    StoredRows::Table &hashes = rows.table(QStringLiteral("layer_hashes"), { QStringLiteral("features"), QStringLiteral("sha256") });
    for (auto row = m_db->query(QStringLiteral("SELECT table_name, features, sha256 FROM layer_hashes")); row->next();) {
        std::vector<QString> &values = hashes.append(row->text(0));
        values[0] = QString::number(row->integer(1));
        values[1] = row->text(2);
    }
}

void SqlProjectStore::checkLayerContent(LogCheck &check) const
{
    if (m_info.schemaVersion < kLayerHashesVersion)
        return;
    std::vector<std::pair<QString, QString>> kept;
    for (auto row = m_db->query(QStringLiteral("SELECT table_name, sha256 FROM layer_hashes ORDER BY table_name"));
         row->next();)
        kept.emplace_back(row->text(0), row->text(1));
    for (const auto &[table, sha256] : kept) {
        if (!hasTable(table)) {
            check.findings.push_back({ QStringLiteral("layer_hashes"), table, QStringLiteral("sha256 of the rows"),
                sha256, QStringLiteral("(no such layer)") });
            continue;
        }
        // The rows as the store reads them, in fid order: what was hashed when it was fixed.
        const QString now = hashStoredLayer(table, nullptr);
        ++check.rowsChecked[QStringLiteral("layer content")];
        if (now != sha256)
            check.findings.push_back(
                { QStringLiteral("layer_hashes"), table, QStringLiteral("sha256 of the rows"), sha256, now });
    }
}

} // namespace fg::gis
