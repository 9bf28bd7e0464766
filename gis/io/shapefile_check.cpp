// SPDX-License-Identifier: MIT
#include "gis/io/shapefile_check.h"

#include "core/input_error.h"
#include "gis/io/dbf_file.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace fg::gis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fg::gis", text);
}

constexpr int kHeaderSize = 100;

quint32 be32(const QByteArray &b, qsizetype at)
{
    const auto *p = reinterpret_cast<const unsigned char *>(b.constData() + at);
    return quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | quint32(p[3]);
}

QByteArray readHeader(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw core::InputError(path, tr("cannot read the %1: %2").arg(what, file.errorString()));
    if (file.size() == 0)
        throw core::InputError(path, tr("the %1 is empty (0 bytes)").arg(what));
    const QByteArray header = file.read(kHeaderSize);
    if (header.size() < kHeaderSize)
        throw core::InputError(path,
            tr("the %1 is truncated: %2 bytes, shorter than the 100-byte header")
                .arg(what)
                .arg(header.size()));
    if (be32(header, 0) != 9994)
        throw core::InputError(path,
            tr("the %1 is not a shapefile (file code %2, expected 9994)").arg(what).arg(be32(header, 0)));
    return header;
}

/// Number of records the index lists; checks that the last record lies inside the .shp. The
/// record's length comes from the .shp record header, as GDAL reads it: some writers put a wrong
/// length into the .shx (GDAL ticket 5608).
qint64 checkIndex(const QString &shxPath, const QString &shpPath, qint64 shpSize)
{
    readHeader(shxPath, tr("shape index (.shx)"));
    QFile shx(shxPath);
    QFile shp(shpPath);
    if (!shx.open(QIODevice::ReadOnly) || !shp.open(QIODevice::ReadOnly))
        throw core::InputError(shxPath, tr("cannot read the shape index: %1").arg(shx.errorString()));
    const qint64 records = (shx.size() - kHeaderSize) / 8;
    if ((shx.size() - kHeaderSize) % 8 != 0)
        throw core::InputError(shxPath,
            tr("the shape index is truncated: %1 bytes is not a whole number of "
               "8-byte records")
                .arg(shx.size()));
    for (qint64 r = records - 1; r >= 0; --r) {
        shx.seek(kHeaderSize + r * 8);
        const qint64 offset = qint64(be32(shx.read(8), 0)) * 2;
        if (offset == 0)
            continue; // some writers leave unused slots
        qint64 end = offset + 8;
        if (end <= shpSize && shp.seek(offset))
            end += qint64(be32(shp.read(8), 4)) * 2;
        if (end > shpSize)
            throw core::InputError(shpPath,
                tr("the shape file is truncated: record %1 of %2 ends at byte %3 "
                   "but the file has %4 bytes")
                    .arg(r + 1)
                    .arg(records)
                    .arg(end)
                    .arg(shpSize));
        break;
    }
    return records;
}

} // namespace

void checkShapefileSet(const QString &shpPath, bool allowMissingShx)
{
    const QByteArray header = readHeader(shpPath, tr("shape file (.shp)"));
    const qint64 shpSize = QFileInfo(shpPath).size();
    const qint64 declared = qint64(be32(header, 24)) * 2;
    if (shpSize < declared)
        throw core::InputError(shpPath,
            tr("the shape file is truncated: its header says %1 bytes but the "
               "file has %2")
                .arg(declared)
                .arg(shpSize));
    const QString base = QFileInfo(shpPath).completeBaseName();
    const QString shxPath = siblingFile(shpPath, QStringLiteral("shx"));
    qint64 shapes = -1;
    if (shxPath.isEmpty()) {
        if (!allowMissingShx)
            throw core::InputError(shpPath,
                tr("the shape index %1.shx is missing. GDAL can rebuild it: read "
                   "again with --restore-shx (FarmGuard rebuilds it in a temporary "
                   "copy and leaves your folder untouched)")
                    .arg(base));
    } else {
        shapes = checkIndex(shxPath, shpPath, shpSize);
    }
    const QString dbfPath = siblingFile(shpPath, QStringLiteral("dbf"));
    if (dbfPath.isEmpty())
        throw core::InputError(shpPath,
            tr("the attribute table %1.dbf is missing; a shapefile needs its "
               ".shp, .shx and .dbf together")
                .arg(base));
    const DbfFile dbf(dbfPath);
    if (shapes >= 0 && shapes != dbf.recordCount())
        throw core::InputError(shpPath,
            tr("record counts differ: the .shx lists %1 shapes but the .dbf has "
               "%2 records; the set is damaged or mixed from different versions")
                .arg(shapes)
                .arg(dbf.recordCount()));
}

} // namespace fg::gis
