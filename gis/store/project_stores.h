// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/chain_report.h"
#include "gis/io/vector_layer.h"
#include "gis/store/project_location.h"
#include "gis/store/prepared_row.h"
#include "gis/store/project_store.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>
#include <memory>
#include <vector>

namespace fg::gis {

class VectorLayer;

/// One feature of a reference layer handed to a new project in chunks (ProjectLayer::next).
struct StreamedFeature
{
    /// The geometry as GEOS writes it in multipolygon form (toWkb(toMultiPolygon(g)): ISO WKB,
    /// little-endian, 2D), in the working CRS.
    QByteArray wkb;
    double minX = 0, maxX = 0, minY = 0, maxY = 0; ///< its envelope, as GEOS gives it
    std::vector<QVariant> values; ///< one per field, as the layer read them
    /// The row as the GeoPackage writer binds and hashes it, prepared off its thread
    /// (prepareRow; values and wkb may then be empty: the blob holds the WKB); srsId 0: the
    /// writer prepares it itself.
    PreparedRow prepared = {};
};

/// One reference layer to copy into a new project, already in the working CRS: a whole layer
/// in memory, or (GeoPackage only) its features chunk by chunk.
struct ProjectLayer
{
    QString table; ///< ProjectTables::kBasicFarmland, …
    const VectorLayer *layer = nullptr;
    /// Instead of layer: the layer's fields, and a function that replaces its argument's
    /// contents with the next features in order (fid order of the new table), false once none
    /// are left; called on the creating thread. The store hashes the rows as it writes them
    /// (LayerHash, schema 11) instead of reading them back.
    std::vector<FieldDefinition> fields = {};
    std::function<bool(std::vector<StreamedFeature> &)> next = {};
    qint64 expectedFeatures = 0; ///< with next: for progress only
};

/// What a new project holds at birth.
struct NewProject
{
    int workingEpsg = 0;
    std::vector<ProjectLayer> layers;
    /// Settings recorded in the creation's edit (sources, rules, …), each logged.
    std::vector<std::pair<QString, QString>> settings;
    /// Keys the log from its creation on (HMAC-SHA256, core::LogKey); unset: the key named by
    /// FARMGUARD_LOG_KEY_FILE if any, else a plain SHA-256 chain.
    std::optional<core::LogKey> logKey;
    /// Called with the new project before it gets its name (incidents, cases, …): a GeoPackage is
    /// built under a temporary name in the same folder and renamed when this returned, so an
    /// interrupted create (even SIGKILL) never leaves a project at the location.
    std::function<void(ProjectStore &)> populate;
};

/// How a project is opened.
enum class OpenMode {
    ReadWrite,
    ReadOnly, ///< reports, analysis, verify-log: never writes (not even the operator's first visit)
};

/// What a user may do on a shared project (`farmguard-cli project grant`).
struct ProjectGrant
{
    enum class Kind { Bureau, Township, Department, Revoke };
    Kind kind = Kind::Bureau;
    QString login; ///< the PostgreSQL login role
    QString township; ///< Kind::Township: the township's name as in the townships layer
    QString department; ///< Kind::Department: core::departmentCode()
};

/// The only place that opens, creates, checks, copies and removes projects by location, for
/// every backend. Everything else receives a ProjectStore.
class ProjectStores
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::ProjectStores)

public:
    /// Opens an existing project for @p who. Throws core::InputError when it is missing, not a
    /// FarmGuard project, from a newer version, or @p who has no name; a PostGIS project also
    /// when the server cannot be reached or the login has no rights on it (the message says which).
    /// The store's open check (chain and head, integrity, the data against the log) runs on
    /// every open: a project that fails it opens read-only, with StoreRights::readOnlyReason and
    /// logBroken set, and every write throws core::ProjectReadOnly; so does a file nobody may
    /// write. The office key of a keyed log comes from FARMGUARD_LOG_KEY_FILE.
    static std::unique_ptr<ProjectStore> open(
        const ProjectLocation &location, const OperatorIdentity &who, OpenMode mode = OpenMode::ReadWrite);
    /// The same with the office key given (--key-file).
    static std::unique_ptr<ProjectStore> open(const ProjectLocation &location, const OperatorIdentity &who,
        OpenMode mode, const std::optional<core::LogKey> &key);
    /// Creates a project with @p spec's layers and empty domain tables, then opens it for @p who.
    /// Refuses an existing file or a schema that exists. A failed or cancelled create leaves
    /// nothing behind. progress(0..1) returning false cancels (ReadCancelled).
    static std::unique_ptr<ProjectStore> create(const ProjectLocation &location, const NewProject &spec,
        const OperatorIdentity &who, const StoreProgress &progress = {});
    /// True when a project (file, schema) exists at @p location.
    static bool exists(const ProjectLocation &location);
    /// Removes a project nobody has open (a cancelled create's file or schema).
    static void discard(const ProjectLocation &location);
    /// Checks a project's audit log and integrity without opening it for editing (no upgrade,
    /// no operator): what `farmguard-cli verify-log` runs. ProjectStore::checkLog() with
    /// @p options in one read transaction; the key defaults to FARMGUARD_LOG_KEY_FILE's.
    static LogCheck verify(const ProjectLocation &location);
    static LogCheck verify(const ProjectLocation &location, const LogCheckOptions &options);
    /// Copies a project verbatim to a new location on any backend: every row, geometry,
    /// attachment and the log as it is (no event is added, so verify-log passes on both ends).
    /// Refuses an existing destination; a failed copy leaves nothing behind.
    static void copy(const ProjectLocation &from, const ProjectLocation &to, const StoreProgress &progress = {});
    /// The same from a project already open (File → Save a copy: no second connection).
    static void copy(const ProjectStore &from, const ProjectLocation &to, const StoreProgress &progress = {});
    /// Gives a PostgreSQL login rights on a shared project (roles and row-level security).
    /// Run by the project's owner; InputError for a GeoPackage (its file permissions guard it).
    static void grant(const ProjectLocation &location, const ProjectGrant &grant);
};

} // namespace fg::gis
