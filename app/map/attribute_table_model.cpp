// SPDX-License-Identifier: MIT
#include "app/map/attribute_table_model.h"

#include "gis/io/vector_layer.h"

namespace fg::app {

AttributeTableModel::AttributeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AttributeTableModel::setLayer(std::shared_ptr<const gis::VectorLayer> layer)
{
    beginResetModel();
    m_layer = std::move(layer);
    endResetModel();
}

int AttributeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_layer ? 0 : m_layer->featureCount();
}

int AttributeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_layer ? 0 : int(m_layer->fields.size());
}

QVariant AttributeTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_layer || !index.isValid())
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_layer->value(index.row(), index.column());
    if (role == Qt::TextAlignmentRole) {
        const gis::FieldType type = m_layer->fields[size_t(index.column())].type;
        const bool number = type == gis::FieldType::Integer || type == gis::FieldType::Real;
        return QVariant::fromValue(Qt::Alignment(number ? Qt::AlignRight | Qt::AlignVCenter
                                                        : Qt::AlignLeft | Qt::AlignVCenter));
    }
    return {};
}

QVariant AttributeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_layer || role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section < int(m_layer->fields.size()) ? m_layer->fields[size_t(section)].name : QString();
    return section < m_layer->featureCount() ? QVariant(m_layer->fid(section)) : QVariant();
}

} // namespace fg::app
