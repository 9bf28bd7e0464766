// SPDX-License-Identifier: MIT
#include "app/map/identify_dock.h"

#include "app/map/layer_text.h"
#include "app/map/map_canvas.h"
#include "app/map/map_layer_set.h"
#include "gis/io/vector_layer.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fg::app {

IdentifyDock::IdentifyDock(MapLayerSet *layers, MapCanvas *canvas, QWidget *parent)
    : QDockWidget(tr("Identify results"), parent)
    , m_layers(layers)
    , m_canvas(canvas)
{
    setObjectName(QStringLiteral("IdentifyDock"));
    auto *body = new QWidget(this);
    auto *column = new QVBoxLayout(body);
    column->setContentsMargins(4, 4, 4, 4);
    m_where = new QLabel(tr("Choose the identify tool and click on the map."), body);
    m_where->setWordWrap(true);
    m_tree = new QTreeWidget(body);
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    column->addWidget(m_where);
    column->addWidget(m_tree);
    setWidget(body);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        while (item && item->parent())
            item = item->parent();
        if (item)
            m_canvas->setHighlight(item->data(0, Qt::UserRole).toString(), item->data(1, Qt::UserRole).toInt());
    });
}

void IdentifyDock::showHits(const QPointF &mapPoint, const QVector<IdentifyHit> &hits)
{
    const QLocale c = QLocale::c();
    m_where->setText(hits.size() > 1 ? tr("%1 features at X %2, Y %3 m: the most relevant first, the others "
                                          "below (click one to see it)")
                                           .arg(hits.size())
                                           .arg(c.toString(mapPoint.x(), 'f', 2), c.toString(mapPoint.y(), 'f', 2))
                                     : tr("%1 features at X %2, Y %3 m")
                                           .arg(hits.size())
                                           .arg(c.toString(mapPoint.x(), 'f', 2), c.toString(mapPoint.y(), 'f', 2)));
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    for (const IdentifyHit &hit : hits) {
        const MapLayer *layer = m_layers->layer(hit.layerId);
        if (!layer)
            continue;
        const gis::VectorLayer &data = *layer->data;
        auto *top = new QTreeWidgetItem(m_tree);
        top->setText(0, layer->title);
        top->setText(1, tr("feature %1").arg(data.fid(hit.row)));
        top->setData(0, Qt::UserRole, hit.layerId);
        top->setData(1, Qt::UserRole, hit.row);
        for (size_t f = 0; f < data.fields.size(); ++f) {
            auto *child = new QTreeWidgetItem(top);
            const QString &name = data.fields[f].name;
            const QString alias = LayerText::alias(name);
            child->setText(0, alias.isEmpty() ? name : alias);
            child->setToolTip(0, name);
            child->setData(0, Qt::UserRole, name);
            child->setText(1, LayerText::value(data.value(hit.row, int(f)), name));
        }
        top->setExpanded(m_tree->topLevelItemCount() == 1);
    }
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    if (!isVisible())
        show();
    raise();
}

} // namespace fg::app
