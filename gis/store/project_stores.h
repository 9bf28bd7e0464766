// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/chain_report.h"
#include "gis/store/project_location.h"
#include "gis/store/project_store.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>
#include <vector>

namespace fg::gis {

class VectorLayer;

/// One reference layer to copy into a new project, already in the working CRS.
struct ProjectLayer
{
    QString table; ///< ProjectTables::kBasicFarmland, …
    const VectorLayer *layer = nullptr;
};

/// What a new project holds at birth.
struct NewProject
{
    int workingEpsg = 0;
    std::vector<ProjectLayer> layers;
    /// Settings recorded in the creation's edit (sources, rules, …), each logged.
    std::vector<std::pair<QString, QString>> settings;
};

/// How a project is opened.
enum class OpenMode {
    ReadWrite,
    ReadOnly, ///< reports, analysis, verify-log: never writes (not even the operator's first visit)
};

/// The outcome of ProjectStores::verify().
struct LogCheck
{
    core::ChainReport report;
    qsizetype events = 0;
    QString integrity; ///< the backend's integrity check: "ok" for an undamaged project
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
    static std::unique_ptr<ProjectStore> open(
        const ProjectLocation &location, const OperatorIdentity &who, OpenMode mode = OpenMode::ReadWrite);
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
    /// no operator): what `farmguard-cli verify-log` runs.
    static LogCheck verify(const ProjectLocation &location);
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
