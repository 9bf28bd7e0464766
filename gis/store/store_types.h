// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/case_file.h"
#include "gis/io/vector_layer.h"

#include <QDateTime>
#include <QJsonObject>
#include <QRectF>
#include <QString>

#include <functional>
#include <vector>

namespace fg::gis {

/// Who works on an open project: recorded on every audit event.
struct OperatorIdentity
{
    QString name;
    QString role;
};

/// Facts about a case that officers establish beside its track (CaseFile's setters).
struct CaseFacts
{
    core::ThresholdFlag thresholdFlag = core::ThresholdFlag::NotAssessed;
    bool declaredMajor = false;
    QDateTime crimeSuspectedAt; ///< invalid = not suspected
    QDateTime misconductSuspectedAt; ///< invalid = not suspected
    QDateTime declaredMajorAt; ///< when declared major (invalid: not declared, or not known)
    /// Why the facts change (logged, not stored in the case): required when the threshold flag
    /// goes down (core::FlagCheck).
    QString reason;
    /// The figures the flag was judged on (logged with the change, not stored in the case).
    QJsonObject figures;

    /// The facts @p file has now (no reason, no figures).
    static CaseFacts of(const core::CaseFile &file);
};

/// What a project is.
struct ProjectInfo
{
    QString location; ///< ProjectLocation::display(): the file path or the URI without password
    QString name; ///< file base name or schema
    bool shared = false; ///< a PostGIS project (several users at once)
    int schemaVersion = 0;
    int workingEpsg = 0;
};

/// What the operator of an open store may do (PostGIS row-level security; a GeoPackage is
/// guarded by its file's permissions, so its operator may do everything the file allows).
struct StoreRights
{
    enum class Scope {
        All, ///< the bureau (or a GeoPackage): every township, every case
        Township, ///< reads the county's reference layers; reads and writes its township's records
        Department, ///< reads the cases transferred to it; writes only its replies
    };
    Scope scope = Scope::All;
    QString township; ///< Scope::Township
    QString department; ///< Scope::Department: core::departmentCode()
    bool readOnly = false; ///< opened read-only (damaged project, read-only file, a broken log)
    /// Why the project is read-only when writing was not the operator's choice: the file is
    /// read-only or damaged, or its audit log or data failed the open check (translated, one
    /// line, names the problem). Empty otherwise.
    QString readOnlyReason;
    /// The open check failed or could not prove the record (a damaged file, a broken chain, data
    /// that differs from the log, a keyed log without its key): the GUI shows its red warning
    /// bar with readOnlyReason; reports should print it.
    bool logBroken = false;
};

/// Which features of a layer to read. Empty = all. Boxes select features whose envelope meets
/// any box (through the backend's spatial index: the GeoPackage R-tree, the PostGIS GiST index);
/// fids select by feature id. Both given: features matching both.
struct FeatureQuery
{
    std::vector<QRectF> boxes; ///< in the working CRS
    std::vector<qint64> fids;
    bool empty() const { return boxes.empty() && fids.empty(); }
};

/// A reference layer of a project (basic farmland, land use, townships, villages).
struct ReferenceLayerInfo
{
    QString table; ///< ProjectTables::kBasicFarmland, …
    qint64 featureCount = 0;
    QRectF extent; ///< in the working CRS
    std::vector<FieldDefinition> fields;
    /// LayerHash::of() the layer, fixed when it was written and logged (schema 11, the
    /// layer_hashes table); empty when the project keeps none (older schema, memory store).
    QString contentSha256;
    /// The features that hash was taken over (layer_hashes.features, logged with it); 0 without it.
    qint64 contentFeatures = 0;
};

/// Called with 0..1 now and then; returning false cancels (the call throws gis::ReadCancelled).
using StoreProgress = std::function<bool(double)>;

/// An edit that does not check the revision it was based on: imports, generators and the
/// store's own follow-up edits. Interactive edits pass the revision they showed the user.
constexpr qint64 kAnyRevision = -1;

} // namespace fg::gis
