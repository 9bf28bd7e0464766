// SPDX-License-Identifier: MIT
#include "app/project/boundary_point_parser.h"

#include "core/input_error.h"

#include <QRegularExpression>

#include <cmath>

namespace fg::app {

namespace {

const QString kSource = QStringLiteral("界址点坐标");

/// Numbers of one line; a leading point name (J1, 1, 点1) is dropped when three fields remain.
QList<double> numbersOf(const QString &line, bool *ok)
{
    static const QRegularExpression separators(QStringLiteral("[,，;；\\t ]+"));
    QStringList fields = line.trimmed().split(separators, Qt::SkipEmptyParts);
    if (fields.size() == 3)
        fields.removeFirst();
    QList<double> numbers;
    *ok = fields.size() == 2;
    for (const QString &field : fields) {
        bool number = false;
        numbers << field.toDouble(&number);
        *ok = *ok && number;
    }
    return numbers;
}

bool hasDigit(const QString &line)
{
    for (QChar c : line) {
        if (c.isDigit())
            return true;
    }
    return false;
}

} // namespace

int BoundaryPointParser::zoneOf(int epsg)
{
    if (epsg >= 4513 && epsg <= 4533)
        return 25 + (epsg - 4513);
    if (epsg >= 4534 && epsg <= 4554)
        return 25 + (epsg - 4534); // CM 75°E + 3° each: zone = CM / 3
    return 0;
}

bool BoundaryPointParser::zonePrefixed(int epsg)
{
    return epsg >= 4513 && epsg <= 4533;
}

QList<QPointF> BoundaryPointParser::parse(const QString &text, int workingEpsg)
{
    const int zone = zoneOf(workingEpsg);
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("[\\r\\n]+")));
    QList<QPointF> ring;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        const QString where = tr("line %1").arg(i + 1);
        if (!hasDigit(line))
            continue; // blank or a header such as "点号,X,Y"
        bool ok = false;
        const QList<double> numbers = numbersOf(line, &ok);
        if (!ok)
            throw core::InputError(kSource, tr("expected \"X Y\" or \"point,X,Y\", found \"%1\"").arg(line), where);
        const double north = numbers[0];
        double east = numbers[1];
        if (north >= 1e7 && east < 1e7)
            throw core::InputError(kSource, tr("X looks like a zone-prefixed easting: X is the northing, Y the easting"), where);
        if (north < 1e6 && east >= 1e6 && east < 1e7)
            throw core::InputError(kSource, tr("X looks like an easting and Y like a northing: X is the northing, Y the easting"), where);
        const int prefix = east >= 1e7 ? int(std::floor(east / 1e6)) : 0;
        if (prefix != 0) {
            if (zone == 0)
                throw core::InputError(kSource, tr("Y carries zone %1 but the working CRS (EPSG:%2) is no Gauss-Krüger zone").arg(prefix).arg(workingEpsg), where);
            if (prefix != zone)
                throw core::InputError(kSource, tr("Y is in zone %1 but the project works in zone %2 (EPSG:%3)").arg(prefix).arg(zone).arg(workingEpsg), where);
            if (!zonePrefixed(workingEpsg))
                east -= prefix * 1e6;
        } else if (zonePrefixed(workingEpsg)) {
            east += zone * 1e6;
        }
        ring << QPointF(east, north);
    }
    if (ring.size() > 1 && ring.first() == ring.last())
        ring.removeLast();
    for (int i = 1; i < ring.size(); ++i) {
        if (ring[i] == ring[i - 1])
            throw core::InputError(kSource, tr("point %1 repeats the point before it").arg(i + 1));
    }
    if (ring.size() < 3)
        throw core::InputError(kSource, tr("a boundary needs at least three points, found %1").arg(ring.size()));
    return ring;
}

} // namespace fg::app
