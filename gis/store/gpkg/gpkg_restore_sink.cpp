// SPDX-License-Identifier: MIT
// GpkgBackend::restoreSink(): a new GeoPackage project written from a dump, byte for byte the
// rows, geometries (their WKB kept), attachments and log of the source.
#include "gis/store/gpkg/gpkg_backend.h"

#include "core/input_error.h"
#include "gis/store/gpkg/gpkg_file_p.h"
#include "gis/store/gpkg/gpkg_geometry_p.h"
#include "gis/store/gpkg/gpkg_schema_p.h"
#include "gis/store/gpkg/sqlite_connection_p.h"
#include "gis/store/project_tables.h"
#include "gis/store/sql/sql_rows_p.h"

#include <QFileInfo>

namespace fg::gis {

namespace {

class GpkgRestoreSink : public ProjectDumpSink
{
public:
    explicit GpkgRestoreSink(QString path)
        : m_path(std::move(path))
    {
        if (QFileInfo::exists(m_path))
            throw core::InputError(m_path, GpkgBackend::tr("the destination exists already: choose a new project file"));
    }

    void begin(int workingEpsg, int schemaVersion) override
    {
        if (schemaVersion > ProjectSchema::kCurrentVersion)
            ProjectSchema::checkReadable(m_path, schemaVersion);
        m_epsg = workingEpsg;
        GpkgFile::create(m_path);
    }

    void table(const DumpTable &table) override
    {
        if (table.role == DumpTable::Role::Reference) {
            std::vector<FieldDefinition> fields;
            for (size_t k = 2; k < table.columns.size(); ++k)
                fields.push_back({ table.columns[k].name, table.columns[k].field });
            addLayer(table.name, fields, QStringLiteral("farmguard:reference"));
            m_referenceTables << table.name;
        } else if (!m_domain) {
            addLayer(QString::fromLatin1(ProjectTables::kIncidents), GpkgFile::incidentFields(),
                QStringLiteral("farmguard:incidents"));
            m_db->commit();
            ProjectSchema::upgrade(*m_db, ProjectSchema::kCurrentVersion);
            m_db->begin();
            m_domain = true;
        }
        m_table = table;
        QStringList columns;
        for (const DumpColumn &column : table.columns)
            columns << QStringLiteral("\"%1\"").arg(QString(column.name).replace(QLatin1Char('"'), QStringLiteral("\"\"")));
        m_insert = QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3)")
                       .arg(table.name, columns.join(QStringLiteral(", ")), sql_rows::placeholders(1, int(columns.size())));
        if (table.columns.size() > 1 && table.columns[1].kind == DumpKind::Geometry)
            m_featureTables << table.name;
    }

    void row(const std::vector<QVariant> &values) override
    {
        SqlParams params(values.begin(), values.end());
        for (size_t k = 0; k < params.size() && k < m_table.columns.size(); ++k) {
            if (m_table.columns[k].kind == DumpKind::Geometry && !params[k].isNull())
                params[k] = gpkgBlobFromWkb(params[k].toByteArray(), m_epsg);
        }
        m_db->execute(m_insert, params);
    }

    void end() override
    {
        if (!m_db)
            throw core::InputError(m_path, GpkgBackend::tr("the dump holds no tables"));
        // Reference layers are never edited: their extent and feature count are final.
        for (const QString &table : m_featureTables)
            GpkgFile::refreshExtent(*m_db, table, m_referenceTables.contains(table));
        m_db->commit();
        m_db.reset();
    }

private:
    /// GDAL adds the table; nothing else may write the file meanwhile.
    void addLayer(const QString &table, const std::vector<FieldDefinition> &fields, const QString &description)
    {
        if (m_db) {
            m_db->commit();
            m_db.reset();
        }
        GpkgFile::addLayer(m_path, table, m_epsg, fields, description);
        m_db = std::make_unique<SqliteConnection>(m_path, SqliteConnection::Mode::ReadWrite);
        registerGpkgFunctions(m_db->handle());
        m_db->begin();
    }

    QString m_path;
    int m_epsg = 0;
    std::unique_ptr<SqliteConnection> m_db;
    bool m_domain = false;
    DumpTable m_table;
    QString m_insert;
    QStringList m_featureTables;
    QStringList m_referenceTables;
};

} // namespace

std::unique_ptr<ProjectDumpSink> GpkgBackend::restoreSink(const QString &path)
{
    return std::make_unique<GpkgRestoreSink>(path);
}

} // namespace fg::gis
