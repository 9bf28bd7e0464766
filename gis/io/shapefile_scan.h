// SPDX-License-Identifier: MIT
#pragma once

#include "gis/io/shapefile_records.h"
#include "gis/io/vector_layer.h"

#include <QCoreApplication>
#include <QHash>
#include <QRectF>
#include <QStringList>

#include <memory>
#include <vector>

namespace fg::gis {

/// What the first picture after opening needs of one polygon shapefile, read straight from its
/// memory-mapped files — no OGR, no GEOS, no PROJ: the layer's name, fields and declared CRS (from
/// the .dbf header and the .prj, as the reader decides them) and, per record the reader would keep,
/// its points' box, its rings (ranges of the mapped .shp) and the text of one class field. A picture
/// drawn from it equals the loaded layer's wherever the reader keeps the geometry as stored (it
/// repairs invalid polygons: those may differ by their repair). Immutable once built (after
/// readClassField); any thread may read it.
class ShapefileScan
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::ShapefileScan)

public:
    /// A record the reader would keep: non-null, with points, all finite, not deleted in the .dbf.
    struct Row
    {
        qint64 fid = 0; ///< the record number from 0, as OGR numbers features
        ShapefileRecords::Record record;
        QRectF box; ///< of its points, map units (y up: top() is the smallest y)
        quint16 classValue = 0; ///< index into classValues(); 0 = empty text or no class field
    };

    /// Scans the shapefile and its .shx, .dbf and .prj. Returns null, with the reason in *whyNot
    /// (naming the file and, where one is at fault, the record), when the files are not a plain
    /// Polygon/PolygonZ/PolygonM shapefile this scan reads whole: another shape type, a record or
    /// part outside the .shp, a .dbf that is missing, damaged or lists another number of records.
    /// `crsByPrj`, when given, remembers the CRS decided for each .prj text, for the next files.
    static std::shared_ptr<ShapefileScan> open(
        const QString &shpPath, QString *whyNot, QHash<QByteArray, CrsDecision> *crsByPrj = nullptr);

    /// Reads the text of the .dbf field `name` (case-insensitive) for every row, trimmed of
    /// trailing blanks as OGR does. False, leaving the rows unclassed, when there is no such
    /// text field or a value is not plain ASCII (its text would depend on the encoding the
    /// reader detects, which this scan does not try to reproduce). Call before sharing.
    bool readClassField(const QString &name);

    /// A featureless layer with what the reader would say of this one: name, source path,
    /// fields (as text, numbers or dates by their dBASE type), polygon kind, declared CRS and
    /// sourceExtent = extent(): enough for defaultStyleFor and chooseWorkingCrs.
    VectorLayer describe() const;

    const std::vector<Row> &rows() const { return m_rows; }
    const QStringList &classValues() const { return m_classValues; }
    /// Union of the rows' boxes (null when none).
    QRectF extent() const { return m_extent; }
    const CrsDecision &crs() const { return m_crs; }

private:
    explicit ShapefileScan(const QString &shpPath, const QString &shxPath);
    QString scanRecords(const QByteArray &deleted);

    QString m_path;
    QString m_dbfPath;
    ShapefileRecords m_records;
    std::vector<FieldDefinition> m_fields;
    CrsDecision m_crs;
    std::vector<Row> m_rows;
    QStringList m_classValues { QString() };
    QRectF m_extent;
};

} // namespace fg::gis
