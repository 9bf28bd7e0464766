// SPDX-License-Identifier: MIT
// Private to gis/io: the steps of readLayer() that LayerStream (chunked reading) takes too, so
// both decide encoding, layer, kind and CRS the same way.
#pragma once

#include "gis/io/dataset_opener_p.h"
#include "gis/io/layer_reader.h"

namespace fg::gis::reading {

/// The layer named, or the first with features (notes say which when there are several).
OGRLayerH pickLayer(OpenedSource &source, const QString &path, const QString &layerName, QStringList &notes);
/// The attribute text encoding: the .dbf's or CSV's evidence, Unicode for other formats.
EncodingDecision decideEncoding(const OpenedSource &source, const QString &overrideEncoding);
/// The layer's CRS (--crs, the declared one checked against result.fullExtent(), or inferred from
/// it) and its warnings, into @p result.
void decideCrs(OGRLayerH layer, const QString &driver, const ReadOptions &options, VectorLayer &result);
/// Warns when fewer features were seen (@p kept, or the layer's rows when negative, and those
/// skipped) than the .dbf holds records (deleted records).
void warnAboutUnreadRecords(qint64 records, VectorLayer &layer, qint64 kept = -1);
/// Throws when @p layer is not of the @p expected kind (Unknown accepts any).
void checkKind(GeometryKind expected, const VectorLayer &layer);

} // namespace fg::gis::reading
