// SPDX-License-Identifier: MIT
#include "app/map/review_list_dock.h"

#include "app/map/map_canvas.h"
#include "app/map/map_layer_set.h"
#include "core/units.h"
#include "gis/io/vector_layer.h"
#include "gis/render/geometry_path.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QTreeWidget>

namespace fg::app {

namespace {

enum Role { FidRole = Qt::UserRole, OutlineRole };

} // namespace

ReviewListDock::ReviewListDock(MapLayerSet *layers, MapCanvas *canvas, QWidget *parent)
    : QDockWidget(tr("Review"), parent)
    , m_layers(layers)
    , m_canvas(canvas)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("ReviewListDock"));
    m_tree->setHeaderLabels({ tr("For review"), tr("Basic farmland (mu)"), tr("Cultivated (mu)"), tr("Why") });
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setWidget(m_tree);
    connect(m_tree, &QTreeWidget::itemClicked, this, &ReviewListDock::activate);
}

namespace {

/// The thresholds a group crosses in the user's words (the JSON keeps the codes).
QStringList crossedNames(const gis::SplitPlotGroup &group)
{
    QStringList names;
    for (const QString &code : group.crosses())
        names << (code == QLatin1String("basic_farmland")
                ? QCoreApplication::translate("fg::app::ReviewListDock", "basic farmland")
                : QCoreApplication::translate("fg::app::ReviewListDock", "cultivated land"));
    return names;
}

} // namespace

void ReviewListDock::setAnalysis(const MapAnalysis &analysis)
{
    m_tree->clear();
    m_layerId = analysis.incidentLayerId;
    const MapLayer *layer = m_layers->layer(m_layerId);
    QHash<QString, qint64> fidOf; // incident id → feature id, through the layer's id field
    if (layer)
        for (int row = 0; row < layer->data->featureCount(); ++row)
            for (const char *name : { "incident_id", "BH", "JCBH", "ID" })
                if (const int field = layer->data->fieldIndex(QString::fromLatin1(name)); field >= 0) {
                    fidOf.insert(layer->data->value(row, field).toString().trimmed(), layer->data->fid(row));
                    break;
                }
    for (const gis::SplitPlotGroup &g : analysis.splitPlots) {
        auto *group = new QTreeWidgetItem(m_tree,
            { tr("疑似化整为零 %1 (%2)").arg(g.name, g.party.isEmpty() ? tr("no party") : g.party),
                core::formatJudgedMu(g.verdict.basicFarmlandMu), core::formatJudgedMu(g.verdict.cultivatedMu),
                tr("each below the thresholds, together over: %1").arg(crossedNames(g).join(tr(", "))) });
        group->setData(0, OutlineRole, g.outlineWkb);
        for (const QString &id : g.incidentIds) {
            auto *member = new QTreeWidgetItem(group, { id });
            if (fidOf.contains(id))
                member->setData(0, FidRole, fidOf.value(id));
        }
        group->setExpanded(true);
    }
    for (auto it = analysis.figures.constBegin(); it != analysis.figures.constEnd(); ++it) {
        if (!it->borderline)
            continue;
        const QString id = fidOf.key(it.key(), QString::number(it.key()));
        auto *item = new QTreeWidgetItem(m_tree, { tr("临界 %1").arg(id), core::formatJudgedMu(it->basicFarmlandMu),
                                                     core::formatJudgedMu(it->cultivatedMu), it->borderlineText });
        item->setToolTip(3, it->borderlineText);
        item->setData(0, FidRole, it.key());
    }
    m_tree->sortItems(0, Qt::AscendingOrder);
    m_canvas->setSplitPlots(analysis.splitPlots);
}

int ReviewListDock::rowOf(const QString &layerId, qint64 fid) const
{
    const MapLayer *layer = m_layers->layer(layerId);
    for (int row = 0; layer && row < layer->data->featureCount(); ++row)
        if (layer->data->fid(row) == fid)
            return row;
    return -1;
}

void ReviewListDock::activate(QTreeWidgetItem *item)
{
    QRectF envelope;
    if (const QByteArray wkb = item->data(0, OutlineRole).toByteArray(); !wkb.isEmpty()) {
        const gis::GeosGeometryPtr outline = gis::fromWkb(wkb);
        if (outline && gis::geometryEnvelope(outline.get(), &envelope))
            m_canvas->zoomToExtent(envelope.adjusted(-50, -50, 50, 50));
        return;
    }
    if (!item->data(0, FidRole).isValid())
        return;
    const int row = rowOf(m_layerId, item->data(0, FidRole).toLongLong());
    const MapLayer *layer = m_layers->layer(m_layerId);
    if (row < 0 || !layer || !gis::geometryEnvelope(layer->data->geometry(row), &envelope))
        return;
    m_canvas->zoomToExtent(envelope.adjusted(-30, -30, 30, 30));
    m_canvas->setHighlight(m_layerId, row);
}

} // namespace fg::app
