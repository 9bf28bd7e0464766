// SPDX-License-Identifier: MIT
#include "gis/store/sql/sql_rows_p.h"
#include "gis/geometry/geometry_box.h"

#include <algorithm>
#include <charconv>

namespace fg::gis::sql_rows {

QDateTime storedTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

std::vector<qint64> selectedFids(
    const FeatureQuery &query, const std::function<std::vector<qint64>(const std::vector<QRectF> &)> &inBoxes)
{
    std::vector<qint64> fids;
    if (query.boxes.empty()) {
        fids = query.fids;
    } else {
        std::vector<QRectF> boxes;
        boxes.reserve(query.boxes.size());
        for (const QRectF &box : query.boxes)
            boxes.push_back(box.normalized());
        fids = inBoxes(boxes);
    }
    std::sort(fids.begin(), fids.end());
    fids.erase(std::unique(fids.begin(), fids.end()), fids.end());
    if (!query.boxes.empty() && !query.fids.empty()) {
        std::vector<qint64> wanted = query.fids;
        std::sort(wanted.begin(), wanted.end());
        std::vector<qint64> both;
        std::set_intersection(fids.begin(), fids.end(), wanted.begin(), wanted.end(), std::back_inserter(both));
        fids = std::move(both);
    }
    return fids;
}

std::vector<std::vector<qint64>> chunks(const std::vector<qint64> &fids, size_t size)
{
    std::vector<std::vector<qint64>> result;
    for (size_t from = 0; from < fids.size(); from += size)
        result.emplace_back(fids.begin() + qsizetype(from), fids.begin() + qsizetype(std::min(fids.size(), from + size)));
    return result;
}

QString quotedIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString placeholders(int first, int count)
{
    // Written into one string: a list of arg()s cost a few allocations per mark, and every case
    // row an import writes builds its INSERT's marks.
    QString marks;
    marks.reserve(count * 6);
    char digits[16];
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            marks += QLatin1String(", ");
        marks += QLatin1Char('?');
        const auto end = std::to_chars(digits, digits + sizeof digits, first + i).ptr;
        marks += QLatin1String(digits, int(end - digits));
    }
    return marks;
}

bool meetsAny(const GEOSGeometry *geometry, const BoxIndex &boxes)
{
    GeometryBox box;
    if (!geometryBox(geometry, &box))
        return false;
    return boxes.meets(box.minX, box.minY, box.maxX, box.maxY);
}

bool meetsAny(const GEOSGeometry *geometry, const std::vector<QRectF> &boxes)
{
    return meetsAny(geometry, BoxIndex(boxes));
}

} // namespace fg::gis::sql_rows
