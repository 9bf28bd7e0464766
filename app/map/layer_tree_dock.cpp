// SPDX-License-Identifier: MIT
#include "app/map/layer_tree_dock.h"

#include "app/map/map_canvas.h"
#include "app/map/layer_style_dialog.h"
#include "app/map/map_layer_set.h"
#include "gis/io/vector_layer.h"
#include "gis/io/working_crs.h"
#include "gis/render/layer_legend.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QSlider>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fg::app {

namespace {

QString kindText(gis::StyleKind kind)
{
    switch (kind) {
    case gis::StyleKind::LandUse: return LayerTreeDock::tr("land use by class");
    case gis::StyleKind::BasicFarmland: return LayerTreeDock::tr("basic farmland");
    case gis::StyleKind::Boundary: return LayerTreeDock::tr("boundary");
    case gis::StyleKind::Incident: return LayerTreeDock::tr("incidents by verdict");
    case gis::StyleKind::Categorised: return LayerTreeDock::tr("categorised");
    case gis::StyleKind::SimpleFill: break;
    }
    return LayerTreeDock::tr("single symbol");
}

QIcon swatchIcon(const gis::LegendEntry &entry)
{
    QPixmap pixmap(18, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    gis::drawLegendSwatch(painter, QRectF(0, 0, 18, 12), entry);
    return QIcon(pixmap);
}

QToolButton *button(const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(true);
    return b;
}

} // namespace

LayerTreeDock::LayerTreeDock(MapLayerSet *layers, MapCanvas *canvas, QWidget *parent)
    : QDockWidget(tr("Layers"), parent)
    , m_layers(layers)
    , m_canvas(canvas)
{
    setObjectName(QStringLiteral("LayerTreeDock"));
    auto *body = new QWidget(this);
    auto *column = new QVBoxLayout(body);
    column->setContentsMargins(4, 4, 4, 4);
    m_tree = new QTreeWidget(body);
    m_tree->setHeaderLabels({tr("Layer"), tr("Features")});
    m_tree->setRootIsDecorated(true);
    m_tree->setIndentation(14);
    m_tree->setIconSize(QSize(18, 12));
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    column->addWidget(m_tree);

    auto *buttons = new QHBoxLayout;
    QToolButton *up = button(QStringLiteral("▲"), tr("Move layer up"), body);
    QToolButton *down = button(QStringLiteral("▼"), tr("Move layer down"), body);
    QToolButton *zoom = button(tr("Zoom"), tr("Zoom to layer"), body);
    QToolButton *remove = button(tr("Remove"), tr("Remove layer"), body);
    QToolButton *style = button(tr("Style..."), tr("Change the layer's symbols and labels"), body);
    for (QToolButton *b : {up, down, zoom, style, remove})
        buttons->addWidget(b);
    buttons->addStretch();
    column->addLayout(buttons);
    auto *opacityRow = new QHBoxLayout;
    opacityRow->addWidget(new QLabel(tr("Opacity"), body));
    m_opacity = new QSlider(Qt::Horizontal, body);
    m_opacity->setRange(0, 100);
    opacityRow->addWidget(m_opacity);
    column->addLayout(opacityRow);
    setWidget(body);

    connect(up, &QToolButton::clicked, this, [this] { m_layers->moveLayer(currentLayerId(), +1); });
    connect(down, &QToolButton::clicked, this, [this] { m_layers->moveLayer(currentLayerId(), -1); });
    connect(zoom, &QToolButton::clicked, this, [this] { m_canvas->zoomToLayer(currentLayerId()); });
    connect(remove, &QToolButton::clicked, this, [this] { m_layers->removeLayer(currentLayerId()); });
    connect(style, &QToolButton::clicked, this, &LayerTreeDock::editStyle);
    connect(m_opacity, &QSlider::valueChanged, this,
            [this](int value) { m_layers->setOpacity(currentLayerId(), value / 100.0); });
    connect(m_tree, &QTreeWidget::itemChanged, this, &LayerTreeDock::onItemChanged);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        m_canvas->zoomToLayer((item->parent() ? item->parent() : item)->data(0, Qt::UserRole).toString());
    });
    trackFolding();
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        syncOpacity();
        emit currentLayerChanged(currentLayerId());
    });
    connect(m_layers, &MapLayerSet::layersChanged, this, &LayerTreeDock::rebuild);
    connect(m_layers, &MapLayerSet::styleChanged, this, &LayerTreeDock::rebuild);
    rebuild();
}

void LayerTreeDock::trackFolding()
{
    connect(m_tree, &QTreeWidget::itemCollapsed, this,
            [this](QTreeWidgetItem *item) { m_collapsed.insert(item->data(0, Qt::UserRole).toString()); });
    connect(m_tree, &QTreeWidget::itemExpanded, this,
            [this](QTreeWidgetItem *item) { m_collapsed.remove(item->data(0, Qt::UserRole).toString()); });
}

QString LayerTreeDock::currentLayerId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (item && item->parent())
        item = item->parent(); // a legend row stands for its layer
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void LayerTreeDock::setCurrentLayer(const QString &id)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == id)
            m_tree->setCurrentItem(m_tree->topLevelItem(i));
}

void LayerTreeDock::rebuild()
{
    const QString current = currentLayerId();
    m_rebuilding = true;
    m_tree->clear();
    const std::vector<MapLayer> &layers = m_layers->layers();
    for (auto it = layers.rbegin(); it != layers.rend(); ++it) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, it->title);
        item->setText(1, QString::number(it->data->featureCount()));
        item->setToolTip(0, tr("%1\nStyle: %2\nCRS: %3 (%4)\nEncoding: %5 (%6)")
                                .arg(QDir::toNativeSeparators(it->data->sourcePath), kindText(it->style.kind),
                                     gis::displayCrsName(it->data->crs.name), it->data->crs.how,
                                     it->data->encoding.encoding, it->data->encoding.evidence));
        item->setData(0, Qt::UserRole, it->id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, it->style.visible ? Qt::Checked : Qt::Unchecked);
        for (const gis::LegendEntry &entry : legend(it->id)) {
            auto *row = new QTreeWidgetItem(item);
            row->setText(0, entry.label);
            row->setIcon(0, swatchIcon(entry));
            row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            row->setToolTip(0, entry.label);
            row->setFirstColumnSpanned(true); // the count column has nothing to say for a legend row
        }
        item->setExpanded(!m_collapsed.contains(it->id));
    }
    m_rebuilding = false;
    if (!current.isEmpty())
        setCurrentLayer(current);
    syncOpacity();
}

const std::vector<gis::LegendEntry> &LayerTreeDock::legend(const QString &id)
{
    const MapLayer *layer = m_layers->layer(id);
    CachedLegend &cached = m_legends[id];
    if (cached.data != layer->data.get() || cached.kind != int(layer->style.kind)
        || cached.field != layer->style.classField) {
        cached = {layer->data.get(), int(layer->style.kind), layer->style.classField,
                  gis::legendFor(layer->style, *layer->data)};
    }
    return cached.entries;
}

void LayerTreeDock::editStyle()
{
    const MapLayer *layer = m_layers->layer(currentLayerId());
    if (!layer)
        return;
    LayerStyleDialog dialog(*layer->data, layer->style, this);
    if (dialog.exec() == QDialog::Accepted)
        m_layers->setStyle(layer->id, dialog.style());
}

void LayerTreeDock::onItemChanged(QTreeWidgetItem *item)
{
    if (m_rebuilding)
        return;
    m_layers->setVisible(item->data(0, Qt::UserRole).toString(), item->checkState(0) == Qt::Checked);
}

void LayerTreeDock::syncOpacity()
{
    const MapLayer *layer = m_layers->layer(currentLayerId());
    const QSignalBlocker block(m_opacity);
    m_opacity->setEnabled(layer != nullptr);
    m_opacity->setValue(layer ? int(layer->style.opacity * 100 + 0.5) : 100);
}

} // namespace fg::app
