// SPDX-License-Identifier: MIT
#include "app/map/layer_events.h"

#include "app/map/layer_loader.h"
#include "gis/io/vector_layer.h"

#include <algorithm>

namespace fg::app {

namespace {

/// "12, 40, 77 …" — the first few feature ids, so the user can find them in the attribute table.
QString someIds(const std::vector<qint64> &ids)
{
    QStringList out;
    for (size_t i = 0; i < ids.size() && i < 5; ++i)
        out << QString::number(ids[i]);
    if (ids.size() > 5)
        out << QStringLiteral("…");
    return out.join(QStringLiteral(", "));
}

} // namespace

std::vector<LayerNotice> LayerEvents::notices(
    const gis::VectorLayer &layer, const SourceFacts &facts, const QString &title)
{
    using Level = MessageBar::Level;
    std::vector<LayerNotice> out;
    out.push_back({ LayerNotice::Kind::Opened, Level::Success,
        tr("Opened 「%1」: %2 features. Text encoding %3 (%4). Coordinates: %5 (%6).")
            .arg(title)
            .arg(layer.featureCount())
            .arg(layer.encoding.encoding, layer.encoding.evidence,
                facts.crsName.isEmpty() ? tr("unknown") : facts.crsName, facts.crsHow) });
    const gis::GeometryCheckReport &check = layer.geometryCheck;
    if (!check.repairedFids.empty() || check.skippedCount() > 0) {
        std::vector<qint64> skipped = check.emptyFids;
        skipped.insert(skipped.end(), check.collapsedFids.begin(), check.collapsedFids.end());
        skipped.insert(skipped.end(), check.wrongKindFids.begin(), check.wrongKindFids.end());
        const QString repairedIds
            = check.repairedFids.empty() ? QString() : tr(" (features %1)").arg(someIds(check.repairedFids));
        const QString skippedIds = skipped.empty() ? QString() : tr(" (features %1)").arg(someIds(skipped));
        const QString text
            = tr("「%1」: %2 invalid geometries were repaired%3; %4 features were skipped (empty, "
                 "nothing left after repair or of another geometry type)%5.")
                  .arg(title)
                  .arg(check.repairedFids.size())
                  .arg(repairedIds)
                  .arg(skipped.size())
                  .arg(skippedIds);
        out.push_back({ LayerNotice::Kind::Geometry, Level::Warning, text });
    }
    if (facts.gcj02Suspected)
        out.push_back({ LayerNotice::Kind::Gcj02, Level::Warning,
            tr("「%1」 is longitude/latitude labelled WGS 84 in China: web-map data (AMap, DataV, "
               "Tencent) is usually GCJ-02, shifted by several hundred metres against CGCS2000 "
               "layers. Do not measure occupation against it before checking it with a known layer.")
                .arg(title) });
    if (!facts.crsMismatch.isEmpty()) {
        // The reader's sentence ends with advice for the command line (--crs): the buttons offer that here.
        QString reason = facts.crsMismatch;
        const qsizetype cut
            = std::max(reason.lastIndexOf(QStringLiteral("; ")), reason.lastIndexOf(QChar(0xFF1B)));
        if (cut > 0)
            reason = reason.left(cut);
        out.push_back({ LayerNotice::Kind::CrsMismatch, Level::Warning,
            tr("「%1」 is not where its coordinate system says: %2. It is left out of the full "
               "extent until its coordinate system is set.")
                .arg(title, reason) });
    }
    return out;
}

} // namespace fg::app
