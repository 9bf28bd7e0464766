// SPDX-License-Identifier: MIT
#include "app/map/attribute_table_dock.h"

#include "app/map/attribute_table_model.h"
#include "app/map/map_canvas.h"
#include "app/map/map_layer_set.h"
#include "gis/io/vector_layer.h"
#include "gis/render/geometry_path.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace fg::app {

AttributeTableDock::AttributeTableDock(MapLayerSet *layers, MapCanvas *canvas, QWidget *parent)
    : QDockWidget(tr("Attribute table"), parent)
    , m_layers(layers)
    , m_canvas(canvas)
    , m_model(new AttributeTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("AttributeTableDock"));
    auto *body = new QWidget(this);
    auto *column = new QVBoxLayout(body);
    column->setContentsMargins(4, 4, 4, 4);
    auto *row = new QHBoxLayout;
    m_layerBox = new QComboBox(body);
    m_filter = new QLineEdit(body);
    m_filter->setPlaceholderText(tr("Filter: text in any column"));
    m_filter->setClearButtonEnabled(true);
    row->addWidget(m_layerBox, 1);
    row->addWidget(m_filter, 2);
    column->addLayout(row);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(Qt::UserRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTableView(body);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setDefaultSectionSize(22);
    column->addWidget(m_view);
    setWidget(body);

    connect(m_filter, &QLineEdit::textChanged, this, &AttributeTableDock::setFilterText);
    connect(m_layerBox, &QComboBox::activated, this,
            [this](int index) { showLayer(m_layerBox->itemData(index).toString()); });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &i) { zoomToViewRow(i.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AttributeTableDock::viewSelectionChanged);
    connect(m_layers, &MapLayerSet::layersChanged, this, &AttributeTableDock::refillLayers);
    connect(m_layers, &MapLayerSet::selectionChanged, this, &AttributeTableDock::mapSelectionChanged);
}

void AttributeTableDock::refillLayers()
{
    const QSignalBlocker block(m_layerBox);
    m_layerBox->clear();
    const std::vector<MapLayer> &layers = m_layers->layers();
    for (auto it = layers.rbegin(); it != layers.rend(); ++it)
        m_layerBox->addItem(it->data->name, it->id);
    if (!m_layers->layer(m_layerId))
        showLayer(layers.empty() ? QString() : layers.back().id);
    else
        m_layerBox->setCurrentIndex(m_layerBox->findData(m_layerId));
}

void AttributeTableDock::showLayer(const QString &id)
{
    const MapLayer *layer = m_layers->layer(id);
    m_layerId = layer ? id : QString();
    m_model->setLayer(layer ? layer->data : nullptr);
    m_layerBox->setCurrentIndex(m_layerBox->findData(m_layerId));
    mapSelectionChanged(m_layerId);
}

void AttributeTableDock::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    m_proxy->setFilterFixedString(text);
}

void AttributeTableDock::zoomToViewRow(int viewRow)
{
    const int row = m_proxy->mapToSource(m_proxy->index(viewRow, 0)).row();
    const MapLayer *layer = m_layers->layer(m_layerId);
    QRectF envelope;
    if (!layer || row < 0 || !gis::geometryEnvelope(layer->data->geometry(row), &envelope))
        return;
    // Some room around the feature so that its neighbourhood is visible.
    const double margin = std::max(envelope.width(), envelope.height()) * 0.5 + 20;
    m_canvas->zoomToExtent(envelope.adjusted(-margin, -margin, margin, margin));
    m_canvas->setHighlight(m_layerId, row);
}

void AttributeTableDock::viewSelectionChanged()
{
    if (m_syncing || m_layerId.isEmpty())
        return;
    QSet<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.insert(m_proxy->mapToSource(index).row());
    m_syncing = true;
    m_layers->setSelection(m_layerId, rows);
    m_syncing = false;
}

void AttributeTableDock::mapSelectionChanged(const QString &id)
{
    if (m_syncing || id != m_layerId)
        return;
    m_syncing = true;
    QItemSelection selection;
    for (int row : m_layers->selection(id)) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            selection.select(index, index);
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!selection.isEmpty())
        m_view->scrollTo(selection.indexes().front());
    m_syncing = false;
}

} // namespace fg::app
