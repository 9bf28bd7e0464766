// SPDX-License-Identifier: MIT
#include "gis/store/gpkg/gpkg_backend.h"

#include "core/input_error.h"
#include "gis/io/layer_reader.h"
#include "gis/store/gpkg/gpkg_file_p.h"
#include "gis/store/gpkg/gpkg_geometry_p.h"
#include "gis/store/gpkg/gpkg_layer_writer_p.h"
#include "gis/store/gpkg/gpkg_project_store.h"
#include "gis/store/gpkg/gpkg_rtree_p.h"
#include "gis/store/gpkg/sqlite_connection_p.h"
#include "gis/store/new_project_p.h"
#include "gis/store/project_tables.h"
#include "gis/store/sql/sql_rows_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <csignal>

#include <algorithm>

namespace fg::gis {

namespace {

/// Copies one reference layer's features into its new table; progress runs from @p from to @p to.
void insertFeatures(SqliteConnection &db, const ProjectLayer &source, int epsg, const StoreProgress &progress,
    double from, double to)
{
    const VectorLayer &layer = *source.layer;
    QStringList columns { QStringLiteral("geom") };
    for (const FieldDefinition &field : layer.fields)
        columns << QStringLiteral("\"%1\"").arg(QString(field.name).replace(QLatin1Char('"'), QStringLiteral("\"\"")));
    const QString sql = QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3)")
                            .arg(source.table, columns.join(QStringLiteral(", ")),
                                sql_rows::placeholders(1, int(columns.size())));
    SqlTransaction transaction(db);
    // The R-tree is packed once after the rows rather than grown by a trigger per row.
    GpkgRtree::withoutInsertTrigger(db, source.table, [&] {
        for (int row = 0; row < layer.featureCount(); ++row) {
            SqlParams params { gpkgBlobFromGeos(layer.geometry(row), epsg) };
            for (size_t k = 0; k < layer.fields.size(); ++k)
                params.push_back(GpkgFile::storedValue(layer.value(row, int(k)), layer.fields[k].type));
            db.execute(sql, params);
            if (progress && row % 512 == 0 && !progress(from + (to - from) * row / std::max(1, layer.featureCount())))
                throw ReadCancelled();
        }
    });
    GpkgFile::refreshExtent(db, source.table, true);
    transaction.commit();
}

/// Writes the reference layers; returns the hashes of those written from chunks (by table).
std::map<QString, std::pair<qint64, QString>> writeLayers(
    const QString &path, const NewProject &spec, const StoreProgress &progress)
{
    std::map<QString, std::pair<qint64, QString>> hashes;
    GpkgFile::create(path);
    for (size_t i = 0; i < spec.layers.size(); ++i) {
        const ProjectLayer &layer = spec.layers[i];
        GpkgFile::addLayer(path, layer.table, spec.workingEpsg, layer.next ? layer.fields : layer.layer->fields,
            QStringLiteral("farmguard:reference"));
        SqliteConnection db(path, SqliteConnection::Mode::ReadWrite);
        // The file is the hidden one being built: any failure or kill discards it whole, so no
        // journal is needed while the layers go in (a WAL wrote every page twice: once to it, once
        // at the checkpoint). The store's open that follows turns WAL back on, and its close fsyncs
        // the file before publish() gives it its name.
        db.script(QStringLiteral("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF"));
        registerGpkgFunctions(db.handle());
        const double share = 0.7 / double(spec.layers.size());
        if (!layer.next) {
            insertFeatures(db, layer, spec.workingEpsg, progress, share * double(i), share * double(i + 1));
            continue;
        }
        const WrittenLayer written
            = GpkgLayerWriter::write(db, layer, spec.workingEpsg, progress, share * double(i), share * double(i + 1));
        if (!written.sha256.isEmpty())
            hashes[layer.table] = { written.features, written.sha256 };
    }
    GpkgFile::addLayer(path, QString::fromLatin1(ProjectTables::kIncidents), spec.workingEpsg, GpkgFile::incidentFields(),
        QStringLiteral("farmguard:incidents"));
    return hashes;
}

/// ".NAME.building-PID.gpkg" beside @p path: the file a create writes until it is complete (hidden,
/// and with the extension GDAL's GeoPackage driver expects).
QString buildingPath(const QString &path)
{
    const QFileInfo file(path);
    return file.dir().filePath(
        QStringLiteral(".%1.building-%2.gpkg").arg(file.fileName()).arg(QCoreApplication::applicationPid()));
}

/// Removes what creates of @p path killed before they finished left behind (their process is gone).
void removeStaleBuilds(const QString &path)
{
    const QFileInfo file(path);
    const QString prefix = QStringLiteral(".%1.building-").arg(file.fileName());
    for (const QString &name : file.dir().entryList({ prefix + QStringLiteral("*.gpkg") }, QDir::Files | QDir::Hidden)) {
        bool number = false;
        const qint64 pid = name.mid(prefix.size()).section(QLatin1Char('.'), 0, 0).toLongLong(&number);
        if (number && pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
            GpkgFile::discard(file.dir().filePath(name));
    }
}

/// Gives the finished file at @p building its name; never replaces a file that appeared meanwhile.
void publish(const QString &building, const QString &path)
{
    if (QFileInfo::exists(building + QStringLiteral("-wal")))
        throw core::InputError(path, GpkgBackend::tr("the new project is still in use: it was not given its name"));
    if (!QFile::rename(building, path))
        throw core::InputError(path, GpkgBackend::tr("cannot give the new project its name (a file of that name "
                                                     "appeared meanwhile, or the folder cannot be written)"));
}

} // namespace

std::unique_ptr<ProjectStore> GpkgBackend::open(
    const QString &path, const OperatorIdentity &who, OpenMode mode, const std::optional<core::LogKey> &key)
{
    return GpkgProjectStore::open(path, who, mode, key);
}

std::unique_ptr<ProjectStore> GpkgBackend::create(
    const QString &path, const NewProject &spec, const OperatorIdentity &who, const StoreProgress &progress)
{
    if (QFileInfo::exists(path))
        throw core::InputError(path, tr("the file exists already: choose a new project file"));
    if (who.name.trimmed().isEmpty())
        throw core::InputError(path, tr("the operator's name is required: every change records who made it"));
    removeStaleBuilds(path);
    const QString building = buildingPath(path);
    try {
        std::map<QString, std::pair<qint64, QString>> hashes = writeLayers(building, spec, progress);
        // The layers are in the file; the domain tables, the settings and the caller's rows follow.
        if (progress && !progress(0.75))
            throw ReadCancelled();
        {
            std::unique_ptr<GpkgProjectStore> store
                = GpkgProjectStore::openAt(building, path, who, OpenMode::ReadWrite, spec.logKey, std::move(hashes));
            completeNewProject(*store, spec, progress);
        } // closed: SQLite folds the -wal into the file and removes it, so the file alone is the project
        publish(building, path);
        return GpkgProjectStore::open(path, who, OpenMode::ReadWrite, spec.logKey);
    } catch (...) {
        discard(building);
        throw;
    }
}

bool GpkgBackend::exists(const QString &path)
{
    return QFileInfo::exists(path);
}

void GpkgBackend::discard(const QString &path)
{
    GpkgFile::discard(path);
}

LogCheck GpkgBackend::verify(const QString &path, const LogCheckOptions &options)
{
    return GpkgProjectStore::verify(path, options);
}

} // namespace fg::gis
