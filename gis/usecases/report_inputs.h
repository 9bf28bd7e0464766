// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/case_file.h"
#include "core/patrol/patrol_plan.h"
#include "gis/patrol/grid_cell.h"
#include "gis/report/case_report_builder.h"
#include "gis/report/joint_discipline_notice.h"
#include "gis/report/major_case_report.h"
#include "gis/report/patrol_report.h"
#include "gis/report/public_map_report.h"
#include "gis/report/township_stats.h"
#include "gis/usecases/provenance.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <functional>
#include <memory>
#include <optional>

namespace fg::gis {

class ProjectStore;
class VectorLayer;

/// A project's layer by table (gis::ProjectTables; kIncidents gives the incidents as a layer,
/// gis::IncidentLayer), in the working CRS with its index built; null when the project lacks it.
using ProjectLayerSource = std::function<std::shared_ptr<const VectorLayer>(const QString &table)>;

/// What a case report of a project is made from.
struct CaseReportInputs
{
    CaseReportSources sources; ///< measured by CaseReportBuilder::build()
    std::optional<core::CaseFile> caseFile; ///< the case, when the incident has one
};

/// What a patrol report is made from. PatrolReportData borrows the cells and the plan: this
/// value owns them (copies share them), so keep it alive while the report is.
struct PatrolReportInputs
{
    std::shared_ptr<const PatrolGrid> grid;
    std::shared_ptr<const core::PatrolPlan> plan;
    PatrolReportData data;
};

/// Report inputs (issue 11): what each project report needs — the case report's sources, the
/// township statistics (考核), the public basic-farmland map's layers and the patrol plan
/// report's data — gathered from a ProjectStore. `farmguard-cli report` and the GUI's Report
/// menu both call it; the reports themselves (gis/report) lay them out.
/// Every function throws core::InputError naming the project when the report cannot be made.
/// Any thread the store may be used on.
class ReportInputs
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::ReportInputs)

public:
    /// @p layers gives the project's layers (the GUI passes the ones its map holds); empty:
    /// read through the store when needed.
    explicit ReportInputs(const ProjectStore &store, ProjectLayerSource layers = {});

    /// A layer of the project (see ProjectLayerSource).
    std::shared_ptr<const VectorLayer> layer(const char *table) const;

    /// The case report of a case id or an incident id: the project's layers, the incident's
    /// recorded facts, the case that lists it and the project's rules (ProjectRules). A case is
    /// reported by its first incident.
    /// @p rules / @p method replace the project's rules and the ellipsoidal method for this
    /// report (`report case --rules`, `--area-method`).
    CaseReportInputs caseReport(const QString &caseOrIncidentId, const std::optional<core::Rules> &rules = {},
        AreaMethod method = AreaMethod::Ellipsoidal) const;
    /// The joint-discipline notice (联合惩戒) of a case id or an incident id (its case): the party,
    /// place and judged figures (CaseJudgement) and the bodies it goes to. Refuses an incident
    /// without a case, a case found not to be a violation (dismissed) and a non-occupation matter.
    JointDisciplineData jointDiscipline(const QString &caseOrIncidentId) const;
    /// The major-case report's data (重大案件报告) of a case at @p asOf: its record, its figures
    /// (CaseJudgement), the project's rules with their hash and every deadline. Refuses a case that is
    /// neither over a threshold nor declared major. (report_inputs_major.cpp)
    MajorCaseReportData majorCase(const QString &caseId, const QDateTime &asOf) const;
    /// Which rules the project judges with, and their hash, for every report to print.
    QString rulesText() const;
    /// The township statistics at @p asOf of every township of the boundaries (layer order), or
    /// of @p only; refuses a township the boundaries do not name.
    TownshipStatsSet townshipStats(const QDateTime &asOf, const QString &only = {}) const;
    /// The layers of the public basic-farmland map; refuses a project without basic farmland.
    PublicMapLayers publicMap() const;
    /// The current patrol plan of @p township from @p from to @p to (invalid: the plan's own
    /// period); refuses a project without a plan or a township without grid cells.
    PatrolReportInputs patrol(const QString &township, QDate from = {}, QDate to = {}) const;

    /// What every page footer of the project's reports prints about its audit log: the head
    /// ("Audit log head #SEQ HASH", checkable later with `verify-log --head`), or, when the open
    /// check failed, that the log is broken and why. Empty for a project with an empty log.
    QString logNote() const;
    /// Where the project's report figures come from (issue 16 item 6): the reference layers'
    /// content hashes, the rules' hash (@p rules when a report judges with others), the
    /// version, method and CRS, the log head (ProvenanceBuilder::ofProject). Every report prints it.
    Provenance provenance(AreaMethod method = AreaMethod::Ellipsoidal,
        const std::optional<core::RulesRecord> &rules = std::nullopt) const;

    /// Township names of the township boundaries, in layer order.
    QStringList townships() const;
    /// Townships the patrol grid has cells in (the only ones a patrol report can show).
    QStringList patrolTownships() const;

private:
    const ProjectStore &m_store;
    ProjectLayerSource m_layers;
};

} // namespace fg::gis
