// SPDX-License-Identifier: MIT
#include "app/map/attribute_table_model.h"

#include "app/map/layer_text.h"
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
    const QVariant &value = m_layer->value(index.row(), index.column());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return LayerText::value(value, m_layer->fields[size_t(index.column())].name);
    if (role == Qt::UserRole) // sorts numbers as numbers
        return value;
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
    if (!m_layer || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    if (orientation == Qt::Horizontal) {
        if (section >= int(m_layer->fields.size()))
            return QString();
        const QString name = m_layer->fields[size_t(section)].name;
        const QString alias = LayerText::alias(name);
        return role == Qt::ToolTipRole || alias.isEmpty() ? name : alias;
    }
    if (role == Qt::ToolTipRole)
        return {};
    return section < m_layer->featureCount() ? QVariant(m_layer->fid(section)) : QVariant();
}

} // namespace fg::app
