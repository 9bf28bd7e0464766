// SPDX-License-Identifier: MIT
#pragma once

#include "gis/render/layer_style.h"
#include "gis/render/map_transform.h"
#include "gis/report/boundary_points.h"

#include <QCoreApplication>
#include <QRectF>
#include <QString>

#include <memory>
#include <vector>

class QPainter;

namespace fg::gis {

class ReportWriter;
class VectorLayer;

/// The layers a case map shows, all in the working CRS with their spatial index built.
/// Any may be null except incidents.
struct CaseMapLayers
{
    std::shared_ptr<const VectorLayer> landUse;
    std::shared_ptr<const VectorLayer> basicFarmland;
    std::shared_ptr<const VectorLayer> incidents;
    std::shared_ptr<const VectorLayer> villages;
    std::shared_ptr<const VectorLayer> townships;
};

/// What the map is about: the incident, its verdict and boundary points, its township.
struct CaseMapSubject
{
    const GEOSGeometry *incident = nullptr;  ///< owned by the caller; outlives the painter
    VerdictClass verdict = VerdictClass::NotAnalysed;
    std::vector<BoundaryRing> boundary;
    QString township;                        ///< name of the township the inset highlights
    QString label; ///< the subject's legend entry; empty: "This case's incident"
};

/// The smallest scale denominator of the series 500, 1000, 2000, 2500, 5000, 10000, … at which
/// `envelope` (map metres), with as much again around it, fits a frame of `frameMm`.
double caseMapScale(const QRectF &envelope, QSizeF frameMm);

/// Paints the case map of a report on the PDF: the land-use and basic-farmland layers as an
/// image rendered by gis/render at 300 dpi (the only raster part), then vector on top: the
/// incident outline and its boundary points, the neatline, Gauss-Krüger coordinate ticks and
/// grid crosses, the north arrow; beside it the legend, the numeric and graphic scale and an
/// inset overview of the township. Frames are device rectangles of the writer.
/// Thread affinity: the thread that owns the writer.
class CaseMapPainter
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::CaseMapPainter)

public:
    /// The map shows `subject` at 1:`denominator`, centred on the incident's envelope.
    CaseMapPainter(ReportWriter &writer, const CaseMapLayers &layers, const CaseMapSubject &subject,
                   double denominator);

    double denominator() const { return m_denominator; }
    /// Map point (easting, northing) at the centre of the frame.
    QPointF centre() const { return m_centre; }

    /// The map itself inside `frame`, with ticks and labels drawn outside it (leave ≥ 7 mm).
    void drawMap(const QRectF &frame);
    /// The legend of what the map shows, in `box`.
    void drawLegend(const QRectF &box);
    /// Numeric scale 1:N and a graphic scale bar in metres, in `box`.
    void drawScale(const QRectF &box);
    /// The township's outline among its neighbours, with the map's extent marked, in `box`.
    void drawInset(const QRectF &box);

private:
    QTransform mapToDevice(const QRectF &frame) const;
    void drawBaseImage(const QRectF &frame);
    void drawIncident(const QRectF &frame);
    void drawGrid(const QRectF &frame);
    void drawNorthArrow(const QRectF &frame);
    QRectF mapExtent(const QRectF &frame) const;

    ReportWriter &m_writer;
    CaseMapLayers m_layers;
    CaseMapSubject m_subject;
    double m_denominator;
    QPointF m_centre;
    QRectF m_lastExtent; ///< map extent of the last drawn frame (for the inset)
};

} // namespace fg::gis
