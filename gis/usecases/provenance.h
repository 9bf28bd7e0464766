// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/chain_report.h"
#include "core/rules_record.h"
#include "gis/geometry/area_calculator.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fg::gis {

class ProjectStore;

/// One input file read by an analysis or report: every member of a shapefile set is one.
struct ProvenanceFile
{
    QString path; ///< as given (a member of a set: the given path's folder and the member's name)
    qint64 bytes = 0;
    QString sha256; ///< lower-case hex of the file's bytes, what `sha256sum` prints
};

/// One reference layer of a project, hashed by content (the project file changes with every
/// edit; its layers are written once).
struct ProvenanceLayer
{
    QString table; ///< ProjectTables name, e.g. "basic_farmland"
    qint64 features = 0;
    QString sha256; ///< ProvenanceBuilder::layerHash()
};

/// Where the figures of an analysis or a report come from (issue 16 item 6): the inputs' hashes,
/// the rules' hash, the software version, the area method and CRS and, for a project, its audit
/// log head — built once (ProvenanceBuilder) and printed by `analyze` JSON and every report, so
/// anyone can re-derive the numbers and anchor the log outside the file. A plain value.
struct Provenance
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::Provenance)

public:
    QString softwareVersion; ///< the CMake project version, e.g. "0.1.0"
    AreaMethod method = AreaMethod::Ellipsoidal;
    int workingEpsg = 0;
    QString rulesSha256; ///< core::RulesRecord::sha256() of the rules that judged
    QString rulesSource; ///< the rules file's name; empty for the project's or the defaults
    QList<ProvenanceFile> files; ///< layer files (analysis of files); empty for a project
    QString project; ///< the project's location; empty for files
    QList<ProvenanceLayer> layers; ///< the project's reference layers
    std::optional<core::ChainAnchor> logHead; ///< the project's log head (nullopt: files, empty log)
    bool logBroken = false; ///< the project failed its log check (the head is then not evidence)

    /// {"software_version", "area_method", "working_crs", "rules_sha256", "rules_source",
    ///  "files": [{"path", "bytes", "sha256"}], "project", "layers": [{"table", "features",
    ///  "sha256"}], "log_head": {"seq", "hash"} | null}. Keys fixed (a scripting contract).
    QJsonObject json() const;
    /// The same for people, one line each (translated), as reports print it.
    QStringList lines() const;
};

/// Builds the Provenance of an analysis or a report. Any thread the store may be used on.
class ProvenanceBuilder
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::ProvenanceBuilder)

public:
    /// Layer files: each path with every member of its set (a shapefile's .shp, .shx, .dbf,
    /// .prj, .cpg, .qix, .sbn, .sbx, .shp.xml beside it, whichever member was named; every file
    /// of a .gdb folder), hashed as stored. Throws core::InputError naming an unreadable file.
    static Provenance ofFiles(const QStringList &layerPaths, const core::RulesRecord &rules, AreaMethod method,
        int workingEpsg);
    /// A project: each reference layer's content hash (layerHash), the rules record's hash, the
    /// log head. The hashes are those fixed when the layers were written
    /// (ReferenceLayerInfo::contentSha256, schema 11); a project without them (an older file
    /// opened read-only, a copy of one) has each layer read whole and hashed.
    static Provenance ofProject(const ProjectStore &store, const core::RulesRecord &rules, AreaMethod method);
    /// The files of one layer's set, sorted, the named file first.
    static QStringList fileSet(const QString &path);
    /// SHA-256 of a reference layer's content read from @p store now (LayerHash::of): per feature
    /// in row order its fid, each field value's text and its geometry as ISO WKB (multipolygon
    /// form), each part length-prefixed.
    static QString layerHash(const ProjectStore &store, const QString &table, qint64 *features = nullptr);
    /// SHA-256 of a file's bytes (lower-case hex); throws core::InputError when unreadable.
    static QString fileHash(const QString &path, qint64 *bytes = nullptr);
};

} // namespace fg::gis
