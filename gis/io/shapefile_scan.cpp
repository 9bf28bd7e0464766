// SPDX-License-Identifier: MIT
#include "gis/io/shapefile_scan.h"

#include "core/input_error.h"
#include "gis/io/crs_detection.h"
#include "gis/io/dbf_file.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace fg::gis {

namespace {

FieldType fieldTypeOf(char letter)
{
    switch (letter) {
    case 'C':
        return FieldType::Text;
    case 'N':
    case 'F':
        return FieldType::Real;
    case 'D':
        return FieldType::Date;
    default:
        return FieldType::Other;
    }
}

/// The deletion flag of every .dbf record ('*' = deleted: OGR skips it); false when the table
/// cannot be read whole.
bool deletedFlags(const DbfFile &dbf, QByteArray *flags)
{
    QFile file(dbf.path());
    const qint64 bytes = qint64(dbf.headerLength()) + dbf.recordCount() * dbf.recordLength();
    const uchar *data = file.open(QIODevice::ReadOnly) && file.size() >= bytes ? file.map(0, bytes) : nullptr;
    if (!data)
        return false;
    flags->resize(dbf.recordCount());
    for (qint64 i = 0; i < dbf.recordCount(); ++i)
        (*flags)[i] = char(data[dbf.headerLength() + i * dbf.recordLength()]);
    return true;
}

/// True when the record's rings are well formed: part starts ascending from 0, each with points.
bool partsFit(const ShapefileRecords::Record &r)
{
    qint32 previous = -1;
    for (qint32 p = 0; p < r.parts; ++p) {
        const qint32 start = ShapefileRecords::partStart(r, p);
        if ((p == 0 && start != 0) || start <= previous || start >= r.points)
            return false;
        previous = start;
    }
    return true;
}

} // namespace

ShapefileScan::ShapefileScan(const QString &shpPath, const QString &shxPath)
    : m_path(shpPath)
    , m_records(shpPath, shxPath)
{
}

std::shared_ptr<ShapefileScan> ShapefileScan::open(
    const QString &shpPath, QString *whyNot, QHash<QByteArray, CrsDecision> *crsByPrj)
{
    const QString shx = siblingFile(shpPath, QStringLiteral("shx"));
    std::shared_ptr<ShapefileScan> scan(new ShapefileScan(shpPath, shx));
    QString problem;
    if (shx.isEmpty() || !scan->m_records.ok() || scan->m_records.shapeType() == 31) {
        problem = tr("%1: not a polygon shapefile with its .shx").arg(shpPath);
    } else {
        try {
            scan->m_dbfPath = siblingFile(shpPath, QStringLiteral("dbf"));
            const DbfFile dbf(scan->m_dbfPath);
            for (const DbfFile::Field &field : dbf.fields())
                scan->m_fields.push_back({ QString::fromLatin1(field.rawName), fieldTypeOf(field.type) });
            QByteArray flags;
            if (dbf.recordCount() != scan->m_records.recordCount())
                problem = tr("%1: the attribute table lists another number of records than the .shx")
                              .arg(scan->m_dbfPath);
            else if (!deletedFlags(dbf, &flags))
                problem = tr("%1: the attribute table cannot be read whole").arg(scan->m_dbfPath);
            if (problem.isEmpty())
                problem = scan->scanRecords(flags);
        } catch (const core::InputError &error) {
            problem = error.message();
        }
    }
    if (!problem.isEmpty()) {
        if (whyNot)
            *whyNot = problem;
        return nullptr;
    }
    const QString prj = siblingFile(shpPath, QStringLiteral("prj"));
    QFile prjFile(prj);
    if (!prj.isEmpty() && prjFile.open(QIODevice::ReadOnly)) {
        // Identifying a CRS asks PROJ's database (tens of ms): layers of one delivery share a .prj.
        const QByteArray text = prjFile.readAll();
        if (crsByPrj && crsByPrj->contains(text)) {
            scan->m_crs = crsByPrj->value(text);
        } else {
            scan->m_crs = identifyCrs(QString::fromUtf8(text), tr("from the .prj file"));
            if (crsByPrj)
                crsByPrj->insert(text, scan->m_crs);
        }
    }
    return scan;
}

QString ShapefileScan::scanRecords(const QByteArray &deleted)
{
    m_rows.reserve(size_t(m_records.recordCount()));
    for (qint64 i = 0; i < m_records.recordCount(); ++i) {
        const std::optional<ShapefileRecords::Record> r = m_records.record(i);
        if (!r || (r->type != 0 && r->type != m_records.shapeType()) || (r && r->type != 0 && !partsFit(*r)))
            return tr("%1, record %2: the record does not lie whole in the file or is not a polygon of the "
                      "layer's type")
                .arg(m_path)
                .arg(i);
        if (r->type == 0 || r->points == 0 || deleted.at(i) == '*')
            continue; // no geometry, or deleted: the reader skips it
        double minX = HUGE_VAL, minY = HUGE_VAL, maxX = -HUGE_VAL, maxY = -HUGE_VAL;
        bool finite = true;
        for (qint32 p = 0; p < r->points; ++p) {
            const QPointF q = ShapefileRecords::point(*r, p);
            finite = finite && std::isfinite(q.x()) && std::isfinite(q.y());
            minX = std::min(minX, q.x());
            minY = std::min(minY, q.y());
            maxX = std::max(maxX, q.x());
            maxY = std::max(maxY, q.y());
        }
        if (!finite)
            continue; // the reader skips it with its warning
        const QRectF box(QPointF(minX, minY), QPointF(maxX, maxY));
        m_extent = m_extent.isNull() ? box : m_extent.united(box);
        m_rows.push_back({ i, *r, box, 0 });
    }
    return {};
}

bool ShapefileScan::readClassField(const QString &name)
{
    const DbfFile dbf(m_dbfPath);
    const DbfFile::Field *field = nullptr;
    for (const DbfFile::Field &f : dbf.fields())
        if (QString::fromLatin1(f.rawName).compare(name, Qt::CaseInsensitive) == 0)
            field = &f;
    QFile file(m_dbfPath);
    const qint64 bytes = qint64(dbf.headerLength()) + dbf.recordCount() * dbf.recordLength();
    const uchar *data
        = field && field->type == 'C' && file.open(QIODevice::ReadOnly) ? file.map(0, bytes) : nullptr;
    if (!data)
        return false;
    // A land-use layer has a handful of class values: a linear search over them beats hashing
    // the text of every record (hashing was 4 % of the first picture's CPU at p150k).
    std::vector<QByteArray> seen { QByteArray() };
    std::vector<quint16> values(m_rows.size());
    size_t last = 0;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const uchar *value = data + dbf.headerLength() + m_rows[i].fid * dbf.recordLength() + field->offset;
        int length = field->length;
        while (length > 0 && (value[length - 1] == ' ' || value[length - 1] == 0))
            --length;
        const QByteArray text = QByteArray::fromRawData(reinterpret_cast<const char *>(value), length);
        if (seen[last] != text) {
            last = size_t(std::find(seen.begin(), seen.end(), text) - seen.begin());
            if (last == seen.size()) {
                for (char c : text)
                    if (uchar(c) >= 0x80)
                        return false;
                if (seen.size() > 1024)
                    return false; // not a class field: too many values to tell apart cheaply
                seen.emplace_back(text.constData(), text.size());
                m_classValues << QString::fromLatin1(text);
            }
        }
        values[i] = quint16(last);
    }
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_rows[i].classValue = values[i];
    return true;
}

VectorLayer ShapefileScan::describe() const
{
    VectorLayer layer;
    layer.name = QFileInfo(m_path).completeBaseName();
    layer.sourcePath = m_path;
    layer.driver = QStringLiteral("ESRI Shapefile");
    layer.geometryKind = GeometryKind::Polygon;
    layer.fields = m_fields;
    layer.crs = m_crs;
    layer.sourceExtent = m_extent;
    return layer;
}

} // namespace fg::gis
