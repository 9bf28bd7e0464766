// SPDX-License-Identifier: MIT
// The rows of a memory project, table by table as the GeoPackage holds them (schema version 6),
// so the memory store's dump() has the layout of every backend's (gis/store/sql/dump_catalog.cpp).
#pragma once

#include "core/assessment/township_measure.h"
#include "core/assessment/township_target.h"

#include "core/approvals/approval.h"
#include "core/cases/audit_event.h"
#include "core/cases/case_file.h"
#include "core/patrol/officer.h"
#include "core/patrol/patrol_cell.h"
#include "core/patrol/patrol_coverage.h"
#include "core/patrol/patrol_plan.h"
#include "core/patrol/village_patroller.h"
#include "gis/io/vector_layer.h"
#include "gis/store/incident_record.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace fg::test {

/// An immutable geometry shared by the rows of every snapshot of a project.
using SharedGeometry = std::shared_ptr<const GEOSGeometry>;

struct PartyRow
{
    qint64 id = 0;
    QString name;
};

/// An incident as stored: the record's values (its geometry as a MultiPolygon) and revision.
struct IncidentRow
{
    qint64 fid = 0;
    SharedGeometry geometry;
    QString incidentId;
    gis::IncidentSource source = gis::IncidentSource::Other;
    QDate discoveryDate;
    QString township;
    QString village;
    QString party;
    QString partyIdNumber;
    core::ViolationType violationType = core::ViolationType::Other;
    QString description;
    gis::IncidentMeasures measures;
    qint64 revision = 1;
    QString changedBy;
    QDateTime changedAt;
};

struct CaseRow
{
    QString id;
    std::optional<qint64> partyId;
    core::ViolationType violationType = core::ViolationType::Other;
    core::ThresholdFlag thresholdFlag = core::ThresholdFlag::NotAssessed;
    bool declaredMajor = false;
    QDateTime crimeSuspectedAt;
    QDateTime misconductSuspectedAt;
    QDateTime declaredMajorAt;
    core::CaseStatus status = core::CaseStatus::Clue;
    qint64 openedSeq = 0;
    qint64 revision = 1;
    QString changedBy;
    QDateTime changedAt;
    QString township;
};

struct CaseIncidentRow
{
    QString caseId;
    qint64 incidentFid = 0;
};

struct StepRow
{
    QString caseId;
    int stepNo = 0;
    core::CaseStep step;
};

struct TransferRow
{
    QString caseId;
    core::CaseTransfer transfer;
};

struct AccountabilityRow
{
    qint64 id = 0;
    QString caseId;
    core::AccountabilityRecord record;
};

struct OfficerRow
{
    qint64 id = 0;
    QString name;
    QString role;
    QString firstSeen;
};

struct AttachmentRow
{
    QString id; ///< SHA-256 of the content
    QString fileName;
    QString mediaType;
    QByteArray content;
    QString addedAt;
    std::optional<qint64> addedBy;
};

struct CellRow
{
    qint64 fid = 0;
    SharedGeometry geometry;
    core::PatrolCell cell; ///< openCases and lastPatrol are not stored
    double cellSizeM = 0;
};

struct PatrolOfficerRow
{
    core::Officer officer; ///< its own cells only
    QStringList villages;
    std::optional<qint64> officerId;
};

struct VillagePatrollerRow
{
    core::VillagePatroller patroller;
    std::optional<qint64> officerId;
};

struct PlanRow
{
    qint64 id = 0;
    QDate keptBefore;
    QString createdAt;
    QString createdBy;
    QJsonObject options;
    core::PatrolPlan plan; ///< visits, routes and village patrols in their stored order
};

struct TrackRow
{
    qint64 id = 0;
    QString officer;
    QString fileName;
    QString sha256;
    QByteArray gpx;
    int points = 0;
    QDateTime startedAt;
    QDateTime endedAt;
    QStringList gaps;
    double sightM = 0;
    QString importedAt;
    QString importedBy;
};

struct RecordRow
{
    qint64 id = 0;
    core::CellCoverage coverage;
    std::optional<qint64> trackId;
    QString source; ///< "track" or "hand"
    QString recordedAt;
    QString recordedBy;
};

/// An approval as stored (schema 9).
struct ApprovalRow
{
    qint64 fid = 0;
    SharedGeometry geometry;
    core::Approval approval;
    QString source;
    QString addedAt;
    QString addedBy;
};

/// Every mutable table of a project. A value: an edit works on a copy and replaces the
/// project's state only when it succeeds, so a failed edit leaves nothing behind.
struct MemoryState
{
    std::map<QString, QString> settings;
    std::vector<PartyRow> parties;
    std::vector<IncidentRow> incidents;
    qint64 lastIncidentFid = 0; ///< AUTOINCREMENT
    std::vector<CaseRow> cases;
    std::vector<CaseIncidentRow> caseIncidents;
    std::vector<StepRow> steps;
    std::vector<TransferRow> transfers; ///< in insertion order
    std::vector<AccountabilityRow> accountability;
    QList<core::AuditEvent> events;
    std::vector<OfficerRow> officers;
    std::vector<AttachmentRow> attachments;
    std::vector<CellRow> cells;
    qint64 lastCellFid = 0; ///< AUTOINCREMENT: a replaced grid's cells get new fids
    std::vector<PatrolOfficerRow> patrolOfficers;
    std::vector<VillagePatrollerRow> villagePatrollers;
    std::vector<PlanRow> plans;
    std::vector<TrackRow> tracks;
    std::vector<RecordRow> records;
    std::vector<core::TownshipTarget> targets; ///< by (township, year), as set last
    std::vector<core::TownshipMeasure> measures; ///< append-only, ids 1…n
    std::vector<ApprovalRow> approvals;
    qint64 lastApprovalFid = 0; ///< AUTOINCREMENT
};

/// A reference layer as the project keeps it (written once, at creation).
struct MemoryReference
{
    QString table;
    std::shared_ptr<const gis::VectorLayer> layer;
};

} // namespace fg::test
