// SPDX-License-Identifier: MIT
#include "gis/report/public_map_report.h"

#include "core/input_error.h"
#include "core/units.h"
#include "gis/geometry/area_calculator.h"
#include "gis/io/vector_layer.h"
#include "gis/io/working_crs.h"
#include "gis/render/geometry_path.h"
#include "gis/report/report_table.h"
#include "gis/report/two_pass_pdf.h"

#include <QLocale>
#include <QMap>
#include <QPainter>

#include <cmath>

namespace fg::gis {

namespace {

const QString kName = QStringLiteral("XZQMC");
const QString kTownshipOfVillage = QStringLiteral("XZMC");

/// Rows of `layer` whose `field` equals `name`.
std::vector<int> rowsNamed(const VectorLayer *layer, const QString &field, const QString &name)
{
    std::vector<int> rows;
    const int index = layer ? layer->fieldIndex(field) : -1;
    for (int row = 0; index >= 0 && row < layer->featureCount(); ++row)
        if (layer->value(row, index).toString().trimmed() == name)
            rows.push_back(row);
    return rows;
}

GeosGeometryPtr unionOf(const VectorLayer &layer, const std::vector<int> &rows)
{
    std::vector<GEOSGeometry *> parts;
    for (int row : rows)
        parts.push_back(GEOSGeom_clone_r(geosContext(), layer.geometry(row)));
    GeosGeometryPtr collection(GEOSGeom_createCollection_r(geosContext(), GEOS_GEOMETRYCOLLECTION, parts.data(),
                                                           unsigned(parts.size())));
    return GeosGeometryPtr(GEOSUnaryUnion_r(geosContext(), collection.get()));
}

} // namespace

double PublicMapReport::fittingScale(const QRectF &extent, QSizeF frameMm)
{
    for (double power = 1000; power < 1e8; power *= 10)
        for (double m : { 1.0, 2.0, 2.5, 5.0 })
            if (frameMm.width() * m * power / 1000 >= extent.width() * 1.04
                && frameMm.height() * m * power / 1000 >= extent.height() * 1.04)
                return m * power;
    return 1e8;
}

PublicMapReport::PublicMapReport(const PublicMapLayers &layers, const QString &township, ReportOptions options)
    : m_layers(layers)
    , m_options(std::move(options))
{
    if (!m_options.date.isValid())
        m_options.date = QDate::currentDate();
    m_content.township = township;
    select();
}

void PublicMapReport::select()
{
    const QString &name = m_content.township;
    const std::vector<int> own = rowsNamed(m_layers.townships.get(), kName, name);
    const std::vector<int> villages = rowsNamed(m_layers.villages.get(), kTownshipOfVillage, name);
    if (!own.empty())
        m_content.outline = unionOf(*m_layers.townships, own);
    else if (!villages.empty())
        m_content.outline = unionOf(*m_layers.villages, villages);
    else
        throw core::InputError(m_layers.townships ? m_layers.townships->sourcePath
                                                  : (m_layers.villages ? m_layers.villages->sourcePath : QString()),
                               tr("no township or village boundary names the township '%1'").arg(name));
    geometryEnvelope(m_content.outline.get(), &m_content.extent);
    const VectorLayer &basic = *m_layers.basicFarmland;
    const int tbmj = basic.fieldIndex(QStringLiteral("TBMJ"));
    m_content.officialAreas = tbmj >= 0;
    std::optional<AreaCalculator> calculator;
    if (tbmj < 0)
        calculator.emplace(m_layers.workingEpsg);
    const int villageName = m_layers.villages ? m_layers.villages->fieldIndex(kName) : -1;
    QMap<QString, VillageFarmland> perVillage;
    auto prepared = GEOSPrepare_r(geosContext(), m_content.outline.get());
    for (int row : basic.query(m_content.extent)) {
        GeosGeometryPtr point(GEOSPointOnSurface_r(geosContext(), basic.geometry(row)));
        if (!point || GEOSPreparedContains_r(geosContext(), prepared, point.get()) != 1)
            continue;
        m_content.parcels.push_back(row);
        const double area = tbmj >= 0 ? basic.value(row, tbmj).toDouble()
                                      : calculator->area(basic.geometry(row), AreaMethod::Ellipsoidal);
        QString village;
        for (int v : villages)
            if (villageName >= 0 && GEOSContains_r(geosContext(), m_layers.villages->geometry(v), point.get()) == 1)
                village = m_layers.villages->value(v, villageName).toString().trimmed();
        VillageFarmland &entry = perVillage[village];
        entry.village = village;
        ++entry.parcels;
        entry.areaM2 += area;
        m_content.totalM2 += area;
    }
    GEOSPreparedGeom_destroy_r(geosContext(), prepared);
    m_content.villages = perVillage.values();
}

PageDecor PublicMapReport::decor() const
{
    PageDecor decor;
    decor.bureau = m_options.bureau;
    decor.logNote = m_options.logNote;
    decor.provenance = m_options.provenance;
    decor.title = tr("Permanent Basic Farmland Public Map");
    decor.subtitle = m_content.township;
    decor.date = m_options.date;
    decor.numbersNote = areaNote() + QLatin1Char(' ')
        + tr("Coordinates: %1 (EPSG:%2), metres.").arg(displayCrsName(m_layers.crsName)).arg(m_layers.workingEpsg);
    return decor;
}

QString PublicMapReport::areaNote() const
{
    return m_content.officialAreas
        ? tr("Areas: the surveyed ellipsoidal parcel areas of the land survey (三调, CGCS2000), m² and mu to 0.01.")
        : tr("Areas: ellipsoidal (三调, CGCS2000 ellipsoid), measured, m² and mu to 0.01.");
}

int PublicMapReport::write(const QString &path) const
{
    return writeTwoPassPdf(path, m_options.page, decor(), [this](ReportWriter &writer) { return compose(writer); });
}

int PublicMapReport::compose(ReportWriter &writer) const
{
    writer.paragraph(tr("%1 Permanent Basic Farmland Distribution Map").arg(m_content.township), 16, true,
                     Qt::AlignHCenter);
    writer.paragraph(tr("(Announced to the public)"), 10, false, Qt::AlignHCenter);
    const QRectF area = writer.take(writer.remaining());
    const double side = std::min(writer.mm(78), area.width() * 0.32);
    m_frame = QRectF(area.left(), area.top() + writer.mm(1), area.width() - side - writer.mm(5),
                     area.height() - writer.mm(2));
    const QSizeF frameMm(m_frame.width() / writer.mm(1), m_frame.height() / writer.mm(1));
    m_denominator = fittingScale(m_content.extent, frameMm);
    drawMap(writer, m_frame);
    const double left = m_frame.right() + writer.mm(5);
    const QRectF legend(left, m_frame.top(), side, writer.mm(38));
    drawLegend(writer, legend);
    const QRectF scale(left, legend.bottom() + writer.mm(3), side, writer.mm(14));
    drawScale(writer, scale);
    drawNotice(writer, QRectF(left, scale.bottom() + writer.mm(2), side, m_frame.bottom() - scale.bottom() - writer.mm(2)));
    writer.newPage();
    drawVillageTable(writer);
    writer.skip(6);
    writer.paragraph(tr("Issued by: %1        Date: %2").arg(m_options.bureau, m_options.date.toString(Qt::ISODate)),
                     10.5);
    return writer.pageNumber();
}

void PublicMapReport::drawVillageTable(ReportWriter &writer) const
{
    writer.heading(tr("Permanent basic farmland of %1 by village").arg(m_content.township));
    ReportTable table;
    table.caption = tr("Parcels and area by village");
    const Qt::Alignment right = Qt::AlignRight;
    table.columns = { { tr("Village"), 1.6 }, { tr("Parcels"), 0.8, right }, { tr("Area (m²)"), 1.2, right },
                      { tr("Area (mu)"), 1, right } };
    int parcels = 0;
    for (const VillageFarmland &v : m_content.villages) {
        table.rows << QStringList { v.village.isEmpty() ? tr("(outside every village)") : v.village,
                                    QString::number(v.parcels), core::formatSquareMetres(v.areaM2),
                                    core::formatMu(v.areaM2) };
        parcels += v.parcels;
    }
    table.rows << QStringList { tr("Total"), QString::number(parcels), core::formatSquareMetres(m_content.totalM2),
                                core::formatMu(m_content.totalM2) };
    table.emphasisedRows << table.rows.size() - 1;
    table.note = areaNote() + QLatin1Char(' ')
        + tr("A parcel belongs to the township and village that contain its point on surface.");
    ReportTableDrawer(writer).draw(table);
}

} // namespace fg::gis
