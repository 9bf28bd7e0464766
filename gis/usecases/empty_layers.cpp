// SPDX-License-Identifier: MIT
#include "gis/usecases/empty_layers.h"

#include "gis/io/vector_layer.h"

#include <QCoreApplication>

namespace fg::gis {

bool readWholeAndEmpty(const VectorLayer &layer)
{
    return layer.featureCount() == 0 && layer.sourceExtent.isNull();
}

QString emptyLayerWarning(const QString &path)
{
    return QCoreApplication::translate("fg::gis::EmptyLayers",
        "%1: the layer holds no features (the file is empty, or every feature was skipped): every area measured "
        "against it is 0 and nothing is drawn from it; check that this is the right file")
        .arg(path);
}

} // namespace fg::gis
