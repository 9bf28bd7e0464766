// SPDX-License-Identifier: MIT
// SqlProjectStore: every table of the project, streamed into a ProjectDumpSink.
#include "gis/store/sql/sql_project_store.h"
#include "gis/store/sql/sql_rows_p.h"

#include "gis/io/layer_reader.h"
#include "gis/store/project_tables.h"
#include "gis/store/sql/dump_catalog_p.h"

#include <algorithm>

namespace fg::gis {

namespace {

QVariant dumpValue(const SqlRows &row, int column, DumpKind kind)
{
    if (row.isNull(column))
        return {};
    switch (kind) {
    case DumpKind::Integer:
        return qlonglong(row.integer(column));
    case DumpKind::Real:
        return row.real(column);
    case DumpKind::Text:
        return row.text(column);
    case DumpKind::Blob:
    case DumpKind::Geometry:
        return row.blob(column);
    }
    return {};
}

/// Reports rows done of a known total now and then; a false answer cancels.
class DumpProgress
{
public:
    DumpProgress(const StoreProgress &progress, qint64 total)
        : m_progress(progress)
        , m_total(total)
    {
    }
    void step()
    {
        if (m_progress && (++m_done % 256) == 0 && !m_progress(m_total > 0 ? double(m_done) / double(m_total) : 1))
            throw ReadCancelled();
    }

private:
    const StoreProgress &m_progress;
    qint64 m_total;
    qint64 m_done = 0;
};

} // namespace

std::vector<DumpTableSpec> SqlProjectStore::dumpTables() const
{
    std::vector<DumpTableSpec> tables;
    for (const char *name : ProjectTables::kReference) {
        const QString table = QString::fromLatin1(name);
        if (!hasTable(table))
            continue;
        DumpTableSpec spec;
        spec.table.name = table;
        spec.table.role = DumpTable::Role::Reference;
        spec.table.columns = { { QStringLiteral("fid"), DumpKind::Integer }, { QStringLiteral("geom"), DumpKind::Geometry } };
        for (const FieldDefinition &field : referenceFields(table))
            spec.table.columns.push_back({ field.name, dumpKindOf(field.type), field.type });
        spec.orderBy = QStringList { QStringLiteral("fid") };
        tables.push_back(spec);
    }
    for (DumpTableSpec spec : domainDumpTables()) {
        // Receipt copies arrived with schema 6; an older shared project has none to copy.
        if (spec.table.name == QLatin1String("receipts") && m_info.schemaVersion < kReceiptsVersion)
            continue;
        // Targets and measures arrived with schema 10.
        if (spec.table.name.startsWith(QLatin1String("township_")) && m_info.schemaVersion < kTownshipTargetsVersion)
            continue;
        // The reference layers' content hashes arrived with schema 11.
        if (spec.table.name == QLatin1String("layer_hashes") && m_info.schemaVersion < kLayerHashesVersion)
            continue;
        // The approvals layer arrived with schema 9.
        if (spec.table.name == QLatin1String("approvals") && !hasApprovals())
            continue;
        // The case records' columns of schema 7: an older project dumps what it has.
        if (!caseRecords()) {
            auto &columns = spec.table.columns;
            columns.erase(std::remove_if(columns.begin(), columns.end(),
                              [](const DumpColumn &c) {
                                  return c.name == QLatin1String("organ") || c.name == QLatin1String("document_no")
                                      || c.name == QLatin1String("declared_major_at")
                                      || c.name == QLatin1String("joint_acceptor");
                              }),
                columns.end());
        }
        // The incidents' columns of schema 8.
        if (!incidentIdentity() && spec.table.name == QLatin1String("incidents")) {
            auto &columns = spec.table.columns;
            columns.erase(std::remove_if(columns.begin(), columns.end(),
                              [](const DumpColumn &c) {
                                  return c.name == QLatin1String("party_id_number")
                                      || c.name == QLatin1String("cultivated_net_m2")
                                      || c.name == QLatin1String("cultivated_outside_net_m2");
                              }),
                columns.end());
        }
        tables.push_back(spec);
    }
    for (DumpTableSpec &spec : tables) {
        auto count = m_db->query(QStringLiteral("SELECT COUNT(*) FROM %1").arg(spec.table.name));
        count->next();
        spec.table.rowCount = count->integer(0);
    }
    return tables;
}

void SqlProjectStore::dump(ProjectDumpSink &sink, const StoreProgress &progress) const
{
    const auto guard = lock();
    SqlTransaction snapshot(*m_db, SqlTransaction::Kind::Read);
    const std::vector<DumpTableSpec> tables = dumpTables();
    qint64 total = 0;
    for (const DumpTableSpec &spec : tables)
        total += spec.table.rowCount;
    sink.begin(m_info.workingEpsg, m_info.schemaVersion);
    DumpProgress step(progress, total);
    for (const DumpTableSpec &spec : tables) {
        sink.table(spec.table);
        QStringList columns;
        for (const DumpColumn &column : spec.table.columns)
            columns << (column.kind == DumpKind::Geometry ? geometrySelect(column.name) : sql_rows::quotedIdentifier(column.name));
        QStringList order;
        for (const QString &key : spec.orderBy)
            order << (key == QLatin1String("%ROW") ? rowOrder() : orderTerm(key));
        auto rows = m_db->query(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                                    .arg(columns.join(QStringLiteral(", ")), spec.table.name, order.join(QStringLiteral(", "))));
        while (rows->next()) {
            std::vector<QVariant> values;
            for (size_t k = 0; k < spec.table.columns.size(); ++k) {
                const DumpKind kind = spec.table.columns[k].kind;
                QVariant value = dumpValue(*rows, int(k), kind);
                if (kind == DumpKind::Geometry && !value.isNull())
                    value = wkbFrom(value.toByteArray());
                values.push_back(std::move(value));
            }
            sink.row(values);
            step.step();
        }
    }
    sink.end();
}

} // namespace fg::gis
