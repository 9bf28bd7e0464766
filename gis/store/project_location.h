// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace fg::gis {

/// Where a project lives: a GeoPackage file (one desk) or a schema on a PostgreSQL + PostGIS
/// server (the county's shared record). Parsed from what a user types after --project or as a
/// command's PROJECT argument:
///  - anything that does not start with "postgresql://" or "postgres://" is a file path;
///  - "postgresql://[USER@]HOST[:PORT]/DB?schema=NAME[&libpq parameters]" is a PostGIS project in
///    schema NAME (default "farmguard"). Credentials come from libpq's usual places (~/.pgpass,
///    the service file, PG* environment variables); a password written in the text is accepted
///    for libpq but never shown in display() nor stored in the project.
/// A value type; thread-safe.
class ProjectLocation
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::ProjectLocation)

public:
    enum class Backend { GeoPackage, PostGis };

    /// Parses @p text. Throws core::InputError naming the text for a malformed URI or schema name
    /// (a schema name is [a-z_][a-z0-9_]{0,62}: it becomes an SQL identifier and role prefix).
    static ProjectLocation parse(const QString &text);

    Backend backend() const { return m_backend; }
    bool isPostGis() const { return m_backend == Backend::PostGis; }
    /// The GeoPackage file (empty for PostGIS).
    const QString &path() const { return m_path; }
    /// The libpq connection URI without the schema parameter (empty for a GeoPackage).
    const QString &conninfo() const { return m_conninfo; }
    /// The PostgreSQL schema that holds the project (empty for a GeoPackage).
    const QString &schema() const { return m_schema; }
    /// For messages and reports: the file path, or the URI without any password.
    QString display() const;
    /// A short name: the file's base name or the schema.
    QString name() const;

private:
    Backend m_backend = Backend::GeoPackage;
    QString m_path;
    QString m_conninfo;
    QString m_schema;
    QString m_display;
};

} // namespace fg::gis
