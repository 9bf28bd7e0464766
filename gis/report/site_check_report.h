// SPDX-License-Identifier: MIT
#pragma once

#include "gis/report/case_map.h"
#include "gis/report/case_report.h"

#include <QCoreApplication>

namespace fg::gis {

struct SiteCheckResult;

/// The one-page site check opinion (选址核查意见, issue 16 item 2) of a proposed site: a map of
/// the site over land use, basic farmland and incidents (CaseMapPainter: the site's outline and
/// boundary points, scale, legend), the area table, the overlaps with open cases and approvals,
/// the procedures with the departments that must not proceed without them, and the rules' hash
/// and the project's log head in every footer. A4 portrait unless the options say otherwise.
/// Needs a QGuiApplication; call on its thread.
class SiteCheckReport
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::SiteCheckReport)

public:
    /// @p result and @p layers are borrowed and must outlive the report.
    SiteCheckReport(const SiteCheckResult &result, const CaseMapLayers &layers, ReportOptions options);

    /// Writes the PDF; returns its page count. Throws core::InputError naming the file when it
    /// cannot be written.
    int write(const QString &path) const;
    /// Lays the opinion out on @p writer (previews, printers); returns the page count.
    int compose(ReportWriter &writer) const;
    PageDecor decor() const;

private:
    /// Lays the page out with a map @p mapMm high; @p paintMap false only reserves its place.
    int layout(ReportWriter &writer, double mapMm, bool paintMap) const;
    /// The tallest map (60 or 50 mm) that keeps the opinion on one page of @p setup; 60 when
    /// neither does (very many procedures and overlaps: the opinion takes two pages).
    double fittedMapMm(const PageSetup &setup) const;
    void drawSummary(ReportWriter &writer) const;
    void drawMap(ReportWriter &writer, double heightMm, bool paint) const;
    void drawAreas(ReportWriter &writer) const;
    void drawOverlaps(ReportWriter &writer) const;
    void drawProcedures(ReportWriter &writer) const;

    const SiteCheckResult &m_result;
    const CaseMapLayers &m_layers;
    ReportOptions m_options;
    mutable double m_mapMm = 0; ///< fitted on the first compose()
};

} // namespace fg::gis
