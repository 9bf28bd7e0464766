// SPDX-License-Identifier: MIT
#include "gis/report/report_notes.h"

#include "gis/io/vector_layer.h"

#include <QDir>
#include <QRegularExpression>

#include <algorithm>

namespace fg::gis {

namespace {

QString ids(std::vector<qint64> fids)
{
    std::sort(fids.begin(), fids.end());
    QStringList shown;
    for (size_t i = 0; i < fids.size() && i < 10; ++i)
        shown << QString::number(fids[i]);
    if (fids.size() > 10)
        shown << QStringLiteral("…");
    return shown.join(QStringLiteral(", "));
}

/// A path the analysis put in a note that belongs to none of the layers: its file name only.
QString withoutPaths(QString note)
{
    static const QRegularExpression path(QStringLiteral(R"((?:[A-Za-z]:[\\/]|/)(?:[^\s:：,，;；()（）]+[\\/])*([^\s:：,，;；()（）\\/]+))"));
    return note.replace(path, QStringLiteral("\\1"));
}

} // namespace

QStringList ReportNotes::of(const std::vector<Layer> &layers, const QStringList &analysisNotes)
{
    QStringList notes;
    for (const Layer &l : layers) {
        if (!l.layer)
            continue;
        const GeometryCheckReport &check = l.layer->geometryCheck;
        if (!check.repairedFids.empty())
            notes << tr("%1: %n invalid polygon(s) repaired before measuring (feature numbers %2).", nullptr,
                         int(check.repairedFids.size()))
                         .arg(l.role, ids(check.repairedFids));
        std::vector<qint64> skipped = check.emptyFids;
        skipped.insert(skipped.end(), check.collapsedFids.begin(), check.collapsedFids.end());
        skipped.insert(skipped.end(), check.wrongKindFids.begin(), check.wrongKindFids.end());
        if (!skipped.empty())
            notes << tr("%1: %n feature(s) without a usable polygon left out (feature numbers %2).", nullptr,
                         int(skipped.size()))
                         .arg(l.role, ids(skipped));
    }
    for (QString note : analysisNotes) {
        for (const Layer &l : layers)
            if (l.layer && !l.layer->sourcePath.isEmpty()) {
                note.replace(l.layer->sourcePath, l.role);
                note.replace(QDir::toNativeSeparators(l.layer->sourcePath), l.role);
            }
        notes << withoutPaths(note);
    }
    notes.removeDuplicates();
    return notes;
}

} // namespace fg::gis
