// SPDX-License-Identifier: MIT
// PgBackend::restoreSink(): a new PostGIS project written from a dump — rows, geometries (their
// WKB kept), attachments and the log as they are — in one transaction, each table by COPY.
#include "gis/store/pg/pg_backend.h"

#include "core/input_error.h"
#include "gis/store/pg/pg_connection_p.h"
#include "gis/store/pg/pg_layers_p.h"
#include "gis/store/pg/pg_schema_p.h"

namespace fg::gis {

namespace {

class PgRestoreSink : public ProjectDumpSink
{
public:
    explicit PgRestoreSink(const ProjectLocation &location)
    {
        PgSchema::checkName(location.display(), location.schema());
        m_db = std::make_unique<PgConnection>(location.conninfo(), location.schema(), location.display());
        if (m_db->query(QStringLiteral("SELECT 1 FROM pg_namespace WHERE nspname = ?1"), { location.schema() })->next())
            throw core::InputError(location.display(),
                PgBackend::tr("the destination exists already: copies never replace a project"));
    }

    ~PgRestoreSink() override
    {
        if (!m_done && m_db) {
            try {
                if (m_copying)
                    m_db->abortCopy();
                m_db->rollback(); // the schema, its roles and rows go with it
            } catch (...) { // already failing: keep the first error
            }
        }
    }

    void begin(int workingEpsg, int schemaVersion) override
    {
        if (schemaVersion > PgSchema::kVersion)
            throw core::InputError(m_db->location(),
                PgBackend::tr("the source was written by a newer FarmGuard (schema version %1)").arg(schemaVersion));
        m_srid = workingEpsg;
        m_db->begin();
        PgSchema::create(*m_db, workingEpsg);
        // The log arrives as it is (even a damaged one): the chain trigger waits until the end.
        // The head rows too arrive as they are (event_log_settle would write the last event's).
        m_db->script(QStringLiteral("ALTER TABLE event_log DISABLE TRIGGER event_log_chain; "
                                    "ALTER TABLE event_log DISABLE TRIGGER event_log_settle; "
                                    "ALTER TABLE settings DISABLE TRIGGER settings_head_guard"));
        PgSchema::forceRowSecurity(*m_db, false);
    }

    void table(const DumpTable &table) override
    {
        finishTable();
        if (table.role == DumpTable::Role::Reference) {
            std::vector<FieldDefinition> fields;
            for (size_t k = 2; k < table.columns.size(); ++k)
                fields.push_back({ table.columns[k].name, table.columns[k].field });
            PgSchema::createReference(*m_db, table.name, fields, m_srid);
            m_references << table.name;
        }
        m_tables << table.name;
        QStringList columns;
        m_kinds.clear();
        for (const DumpColumn &column : table.columns) {
            columns << m_db->identifier(column.name);
            m_kinds.push_back(column.kind);
        }
        m_db->beginCopy(QStringLiteral("COPY %1 (%2) FROM STDIN")
                            .arg(m_db->identifier(table.name), columns.join(QStringLiteral(", "))));
        m_copying = true;
    }

    void row(const std::vector<QVariant> &values) override
    {
        m_buffer += pgCopyLine(values, m_kinds, m_srid);
        if (m_buffer.size() > (1 << 20)) {
            m_db->putCopy(m_buffer);
            m_buffer.clear();
        }
    }

    void end() override
    {
        finishTable();
        m_db->script(QStringLiteral("ALTER TABLE event_log ENABLE TRIGGER event_log_chain; "
                                    "ALTER TABLE event_log ENABLE TRIGGER event_log_settle; "
                                    "ALTER TABLE settings ENABLE TRIGGER settings_head_guard"));
        PgSchema::forceRowSecurity(*m_db, true);
        for (const QString &table : m_references)
            PgSchema::index(*m_db, table);
        moveIdentities();
        // Only the project's own tables: a bare ANALYZE would take every table of the database in
        // this transaction, other projects' too, and hold their locks until the commit.
        QStringList tables;
        for (const QString &table : m_tables)
            tables << m_db->identifier(m_db->schema()) + QLatin1Char('.') + m_db->identifier(table);
        if (!tables.isEmpty())
            m_db->script(QStringLiteral("ANALYZE %1").arg(tables.join(QStringLiteral(", "))));
        m_db->commit();
        m_done = true;
    }

private:
    void finishTable()
    {
        if (!m_copying)
            return;
        m_db->putCopy(m_buffer);
        m_buffer.clear();
        m_copying = false;
        m_db->endCopy();
    }

    /// New rows get ids after the copied ones (identity columns do not look at what was given).
    void moveIdentities()
    {
        QStringList statements;
        for (auto rows = m_db->query(QStringLiteral("SELECT c.relname, a.attname FROM pg_attribute a JOIN pg_class c "
                                                    "ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                                                    "WHERE n.nspname = ?1 AND a.attidentity = 'd'"),
                 { m_db->schema() });
             rows->next();) {
            const QString table = m_db->identifier(rows->text(0));
            const QString column = m_db->identifier(rows->text(1));
            statements << QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), coalesce(max(%3), 0) + 1, "
                                         "false) FROM %1")
                              .arg(table, rows->text(1), column);
        }
        for (const QString &statement : statements)
            m_db->script(statement);
    }

    std::unique_ptr<PgConnection> m_db;
    int m_srid = 0;
    std::vector<DumpKind> m_kinds;
    QByteArray m_buffer;
    QStringList m_references;
    QStringList m_tables; ///< every table copied, for ANALYZE
    bool m_copying = false;
    bool m_done = false;
};

} // namespace

std::unique_ptr<ProjectDumpSink> PgBackend::restoreSink(const ProjectLocation &location)
{
    return std::make_unique<PgRestoreSink>(location);
}

} // namespace fg::gis
