// SPDX-License-Identifier: MIT
#pragma once

#include "gis/geos_context.h"
#include "gis/render/map_transform.h"
#include "gis/report/case_report.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>

#include <memory>
#include <vector>

namespace fg::gis {

class VectorLayer;

/// The layers of a public map, in one working CRS (Gauss-Krüger metres) with their index built.
/// Townships (XZQMC) or villages (XZQMC, XZMC = township) must give the township's outline.
struct PublicMapLayers
{
    std::shared_ptr<const VectorLayer> basicFarmland;
    std::shared_ptr<const VectorLayer> townships;
    std::shared_ptr<const VectorLayer> villages;
    int workingEpsg = 0;
    QString crsName;
};

/// Basic farmland of one village of the township.
struct VillageFarmland
{
    QString village;
    int parcels = 0;
    double areaM2 = 0;
};

/// What the public map shows: the township, its outline, its basic-farmland parcels (rows of
/// the layer whose point-on-surface lies inside the outline) and the totals per village.
struct PublicMapContent
{
    QString township;
    GeosGeometryPtr outline;
    std::vector<int> parcels;
    QList<VillageFarmland> villages;   ///< sorted by name; "" for parcels outside every village
    double totalM2 = 0;
    bool officialAreas = false;        ///< true: TBMJ as surveyed; false: measured ellipsoidal area
    QRectF extent;                     ///< the outline's envelope, map metres
};

/// The public basic-farmland map (永久基本农田分布图, 向社会公告) of one township as a PDF: the
/// township's basic-farmland parcels over its village boundaries and names and its neighbours,
/// with title, legend, numeric and graphic scale, north arrow and the notice text on page 1;
/// the parcel count and area per village on page 2. All vector. Needs a QGuiApplication.
class PublicMapReport
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::PublicMapReport)

public:
    /// Selects the township's parcels. Throws core::InputError naming the boundary layer when no
    /// township or village boundary has that name.
    PublicMapReport(const PublicMapLayers &layers, const QString &township, ReportOptions options);

    const PublicMapContent &content() const { return m_content; }
    /// Writes the PDF; returns its page count. Throws core::InputError when it cannot be written.
    int write(const QString &path) const;
    /// Lays the report out on `writer`; returns the page count.
    int compose(ReportWriter &writer) const;
    PageDecor decor() const;
    /// The map frame of the last compose(), device units of its writer (page 1).
    QRectF mapFrame() const { return m_frame; }
    /// 1 : denominator of the last compose().
    double denominator() const { return m_denominator; }

    /// The smallest of 1, 2, 2.5, 5 × 10^n (≥ 1000) at which `extent` (metres) fits `frameMm`.
    static double fittingScale(const QRectF &extent, QSizeF frameMm);

private:
    void select();
    void drawMap(ReportWriter &writer, const QRectF &frame) const;
    void drawLabels(ReportWriter &writer, const QRectF &frame, const MapTransform &view) const;
    void drawLegend(ReportWriter &writer, const QRectF &box) const;
    void drawScale(ReportWriter &writer, const QRectF &box) const;
    void drawNotice(ReportWriter &writer, const QRectF &box) const;
    void drawVillageTable(ReportWriter &writer) const;
    QString areaNote() const;

    PublicMapLayers m_layers;
    ReportOptions m_options;
    PublicMapContent m_content;
    mutable QRectF m_frame;
    mutable double m_denominator = 0;
};

} // namespace fg::gis
