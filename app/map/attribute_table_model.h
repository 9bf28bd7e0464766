// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>

#include <memory>

namespace fg::gis {
class VectorLayer;
}

namespace fg::app {

/// Read-only table of one layer's attributes: one row per feature, one column per field.
/// Display values keep their types (numbers sort as numbers).
class AttributeTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit AttributeTableModel(QObject *parent = nullptr);

    void setLayer(std::shared_ptr<const gis::VectorLayer> layer);
    const gis::VectorLayer *layer() const { return m_layer.get(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const gis::VectorLayer> m_layer;
};

} // namespace fg::app
