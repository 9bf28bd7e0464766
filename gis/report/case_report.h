// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/case_file.h"
#include "core/rules.h"
#include "gis/analysis/verdict_edges.h"
#include "gis/analysis/occupation.h"
#include "gis/report/case_map.h"
#include "gis/report/report_writer.h"

#include <QCoreApplication>
#include <QDate>
#include <QPointF>
#include <QRectF>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace fg::gis {

/// A party's incidents accumulated (累计计算), when the party has more than this one.
struct AccumulatedFigures
{
    QStringList incidentIds;
    Occupation occupation;
    core::Verdict verdict;
    /// Each incident of the total with its own figures (0.01 mu), in incidentIds' order.
    std::vector<std::pair<QString, core::Verdict>> each;
};

/// A case's figures as the project judged them (gis::CaseJudgement): they win over a measure of
/// the layer alone, so the report's figures are the ones the case's flag follows.
struct CaseReportFigures
{
    QStringList incidentIds; ///< the case's incidents (the figures are their union)
    Occupation occupation;
    core::Verdict verdict;
    bool occupationMatter = true; ///< false: 非粮化 / 撂荒, no threshold applies
    std::optional<AccumulatedFigures> accumulated; ///< the party's total, when it adds other incidents
    QStringList outsideWindow; ///< the party's incidents the time window kept out
    QString partyIdNumber;
    core::ThresholdFlag flag = core::ThresholdFlag::NotAssessed; ///< gis::CaseFigures::flag()
    QString verdictText; ///< gis::CaseFigures::verdictText(): the words every list shows
    QStringList borderlineReasons; ///< gis::CaseFigures::borderlineReasons()
    std::vector<SplitPlotGroup> splitPlots; ///< 疑似化整为零 groups holding the case's incidents
    /// gis::CaseFigures::approvedText(): the approved part and the approvals used (文号, kind,
    /// dates); empty when none applies.
    QString approvedText;
};

/// Everything a case report prints. Areas in m² as measured; the report rounds them.
struct CaseReportData
{
    QString caseId;
    QString party;
    QString violationType;
    QString source;            ///< 线索来源 as recorded
    QString township;
    QString village;
    QString discovered;        ///< discovery date as recorded (ISO date when known)
    int workingEpsg = 0;
    QString crsName;           ///< e.g. "CGCS2000 / 3-degree Gauss-Kruger CM 114E"
    AreaMethod method = AreaMethod::Ellipsoidal;
    core::Rules rules;
    QString rulesText; ///< which rules and reading judged, with their SHA-256 (empty: not printed)
    Occupation occupation;
    core::Verdict verdict;
    std::optional<AccumulatedFigures> accumulated;
    QStringList incidentIds; ///< the incidents the figures are the union of (the case's)
    bool occupationMatter = true; ///< false: a non-occupation matter (非粮化, 撂荒): no thresholds
    QString accumulationRule; ///< how incidents were accumulated (policy, window), as printed
    QStringList outsideWindow; ///< incidents the accumulation window left out
    QString partyIdNumber;
    /// The project's judgement (gis::CaseFigures::flag() and verdictText()): printed as the lists
    /// show it; unset for a layer file's incident, judged here from the figures above.
    std::optional<core::ThresholdFlag> judgedFlag;
    QString verdictText;
    QString approvedText; ///< CaseReportFigures::approvedText: printed beside the unlawful figures
    CaseMapLayers layers;
    const GEOSGeometry *incident = nullptr; ///< in the working CRS; owned by layers.incidents or the caller
    std::optional<core::CaseFile> caseFile;   ///< steps and transfers, when a project provides them
    QStringList warnings;      ///< repairs and approximations behind the figures
    /// 临界 in words, both reasons (core::Borderline; a project's: gis::CaseFigures); empty: none.
    QStringList borderlineReasons;
    /// 疑似化整为零: the split-plot groups that hold the case's incident(s), for review.
    std::vector<SplitPlotGroup> splitPlots;
};

/// Options of one printed report.
struct ReportOptions
{
    PageSetup page;
    QString bureau = QStringLiteral("平顺县自然资源局");
    QDate date;                ///< the report date; invalid = today
    QString logNote; ///< the project's log head for every footer (PageDecor::logNote)
    QStringList provenance; ///< gis::Provenance::lines(), the report's last section (PageDecor)
};

/// Where things ended up, for tests and previews: the map frame in mm from the top-left of
/// its page, the scale and the map point at the frame centre.
struct CaseReportLayout
{
    int pages = 0;
    int mapPage = 1;
    QRectF mapFrameMm;
    double denominator = 0;
    QPointF mapCentre;
};

/// The case report (案件图斑分析报告) as a PDF: case facts, the map, the area table by class,
/// the verdict with the notice's rule quoted, the boundary point coordinate table (界址点坐标表),
/// the case timeline and transfers, and signature lines. Laid out twice so that every page can
/// say "page n of N". Needs a QGuiApplication; call on the thread that owns it.
class CaseReport
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::CaseReport)

public:
    CaseReport(const CaseReportData &data, ReportOptions options);

    /// Writes the PDF. Throws core::InputError naming the file when it cannot be written.
    CaseReportLayout write(const QString &path) const;
    /// Lays the report out on `writer` (for previews and printers).
    CaseReportLayout compose(ReportWriter &writer) const;
    /// The decoration every page carries (title, case number, date, the numbers' method).
    PageDecor decor() const;

private:
    void drawFacts(ReportWriter &writer) const;
    void drawMapSection(ReportWriter &writer, CaseReportLayout &layout) const;
    void drawAreas(ReportWriter &writer) const;
    void drawVerdict(ReportWriter &writer) const;
    void drawEdges(ReportWriter &writer) const; ///< 临界 reasons and split-plot groups
    void drawBoundaryPoints(ReportWriter &writer) const;
    void drawTimeline(ReportWriter &writer) const;
    void drawDeadlines(ReportWriter &writer, const core::CaseFile &file) const;
    void drawAccountability(ReportWriter &writer, const core::CaseFile &file) const;
    void drawSignatures(ReportWriter &writer) const;
    QString methodLabel(AreaMethod method) const;
    QString shortMethodName(AreaMethod method) const;
    QString numbersNote() const;
    void drawCultivatedVerdict(ReportWriter &writer) const;
    void drawAccumulation(ReportWriter &writer) const;
    core::ThresholdFlag judgedFlag() const;

    const CaseReportData &m_data;
    ReportOptions m_options;
};

} // namespace fg::gis
