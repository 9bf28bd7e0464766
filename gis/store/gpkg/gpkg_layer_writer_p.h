// SPDX-License-Identifier: MIT
// Private to gis/store: a new project's reference layer written from chunks of features
// (ProjectLayer::next) as they are read, its hash, extent and R-tree taken on the way
// (docs/design/create-streaming.md).
#pragma once

#include "gis/store/project_stores.h"

#include <QCoreApplication>

namespace fg::gis {

class SqliteConnection;

/// What writing a layer fixed: its rows and their content hash (LayerHash, as
/// SqlProjectStore::hashStoredLayer computes it from the rows); sha256 is empty when the
/// table's columns do not read back as the writer assumed (then the rows are hashed later).
struct WrittenLayer
{
    qint64 features = 0;
    QString sha256;
};

/// Writes ProjectLayer::next's features into the new, empty table @p source.table (made by
/// GpkgFile::addLayer) in one transaction: prepared inserts of 32 rows (fid = its order),
/// the GeoPackage blob built from the feature's WKB and envelope (gpkgBlobWithEnvelope), the
/// LayerHash over the values as the store reads them back and the WKB as hashStoredLayer takes
/// it, then the R-tree packed from the boxes kept (GpkgRtree::pack) and gpkg_contents' extent
/// and count set from them. The same file, row for row and byte for byte, as insertFeatures()
/// writes for the same layer in memory. progress(from … to) every 512 rows; false cancels
/// (ReadCancelled). Needs the ST_ functions (registerGpkgFunctions).
class GpkgLayerWriter
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::GpkgLayerWriter)

public:
    static WrittenLayer write(SqliteConnection &db, const ProjectLayer &source, int epsg, const StoreProgress &progress,
        double from, double to);
};

} // namespace fg::gis
