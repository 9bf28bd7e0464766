// SPDX-License-Identifier: MIT
#pragma once

#include "core/rules.h"
#include "gis/geometry/area_calculator.h"
#include "gis/report/case_report.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace fg::gis {

class VectorLayer;

/// Facts of an incident recorded outside its layer's attributes (a project's incident record).
struct IncidentFacts
{
    QString violationType;
    QString source;
    QString discovered;
    QString township;
    QString village;
};

/// The layers and settings one case report is made from. Layers are in the working CRS;
/// incidents is required, the others may be null.
struct CaseReportSources
{
    std::shared_ptr<const VectorLayer> incidents;
    std::shared_ptr<const VectorLayer> basicFarmland;
    std::shared_ptr<const VectorLayer> landUse;    ///< cultivated / 三调 DLTB layer (classes by DLBM)
    std::shared_ptr<const VectorLayer> villages;   ///< XZQMC village name, XZMC township name
    std::shared_ptr<const VectorLayer> townships;  ///< XZQMC township name
    int workingEpsg = 0;
    QString crsName;
    QString caseId;
    QString idField;      ///< incident id field; empty = the source FID
    QString partyField;   ///< empty = DSR when the layer has it; no accumulation without a party
    QString classField = QStringLiteral("DLBM");
    AreaMethod method = AreaMethod::Ellipsoidal;
    core::Rules rules;
    /// Which rules and reading judged, with their SHA-256, as printed (core::RulesRecord::describe).
    QString rulesText;
    QStringList warnings; ///< from reading the layers
    /// When given, these facts win over the layer's fields (WFLX, LY, FXRQ, XZMC).
    std::optional<IncidentFacts> facts;
    /// When given (a project's case), these figures win over measuring the layer: the project's
    /// accumulation (policy, window, matched parties) instead of the layer's party field.
    std::optional<CaseReportFigures> judged;
    /// How incidents accumulate, as the report prints it (empty: the layer's rule, said so).
    QString accumulationRule;
};

/// Measures the case's incident (and, when its party has others in the layer, the party's
/// accumulated figures — every incident of the party: a layer file holds no case records) with
/// the overlay engine, unless the sources carry a project's judged figures, and gathers the
/// facts a case report prints: party, violation
/// type (WFLX), clue source (LY), discovery date (FXRQ), township (XZMC, else the township
/// boundary containing the incident) and village (the village boundary containing it).
/// Throws core::InputError naming the incidents file when no incident has the case id.
class CaseReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::CaseReportBuilder)

public:
    static CaseReportData build(const CaseReportSources &sources);
};

} // namespace fg::gis
