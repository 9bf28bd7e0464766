// SPDX-License-Identifier: MIT
#include "gis/store/gpkg/gpkg_layer_writer_p.h"

#include "core/input_error.h"
#include "gis/io/layer_reader.h"
#include "gis/store/gpkg/gpkg_count_triggers_p.h"
#include "gis/store/gpkg/gpkg_file_p.h"
#include "gis/store/gpkg/gpkg_geometry_p.h"
#include "gis/store/gpkg/gpkg_rtree_p.h"
#include "gis/store/gpkg/sqlite_connection_p.h"
#include "gis/store/layer_hash.h"
#include "gis/store/prepared_row.h"
#include "gis/store/sql/sql_rows_p.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>

namespace fg::gis {

namespace {

QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

/// The column types the table reads back as (GpkgProjectStore::referenceFields), when they are
/// what the layer's field types were written as; empty when any is not (a text that SQLite's
/// affinity could turn into a number, or a type GDAL spelt otherwise): then no hash is kept.
bool readsBackAsWritten(SqliteConnection &db, const QString &table, const std::vector<FieldDefinition> &fields)
{
    std::vector<QString> declared;
    for (auto rows = db.query(QStringLiteral("SELECT name, type FROM pragma_table_info(?1) ORDER BY cid"), { table });
         rows->next();) {
        if (rows->text(0) != QLatin1String("fid") && rows->text(0) != QLatin1String("geom"))
            declared.push_back(rows->text(1).trimmed().toUpper());
    }
    if (declared.size() != fields.size())
        return false;
    for (size_t k = 0; k < fields.size(); ++k) {
        const char *expected = fields[k].type == FieldType::Integer ? "INTEGER"
            : fields[k].type == FieldType::Real                     ? "REAL"
            : fields[k].type == FieldType::Date                     ? "DATE"
            : fields[k].type == FieldType::DateTime                 ? "DATETIME"
                                                                    : "TEXT";
        if (declared[k] != QLatin1String(expected))
            return false;
    }
    return true;
}

/// Binds one prepared row to the parameters from @p first on; its bytes stay alive until the step.
void bindRow(sqlite3_stmt *stmt, const PreparedRow &row, int first)
{
    sqlite3_bind_blob(stmt, first, row.blob.constData(), int(row.blob.size()), SQLITE_STATIC);
    for (size_t k = 0; k < row.values.size(); ++k) {
        const int n = first + int(k) + 1;
        const PreparedRow::Value &v = row.values[k];
        switch (v.kind) {
        case PreparedRow::Kind::Null:
            sqlite3_bind_null(stmt, n);
            break;
        case PreparedRow::Kind::Integer:
            sqlite3_bind_int64(stmt, n, v.integer);
            break;
        case PreparedRow::Kind::Real:
            sqlite3_bind_double(stmt, n, v.real);
            break;
        case PreparedRow::Kind::Text:
            sqlite3_bind_text(stmt, n, row.bytes.constData() + v.offset, v.size, SQLITE_STATIC);
            break;
        }
    }
}

/// Inserts rows and keeps what the end of the layer needs: boxes, extent, hash. Rows prepared
/// off this thread go in kBatch at a time through one multi-row INSERT: SQLite's cost per
/// statement (its start and halt, the cursors, AUTOINCREMENT's read and write of
/// sqlite_sequence) was paid per row before. The table is new and AUTOINCREMENT gives each row
/// the next fid, so a batch's rows take consecutive fids, as one insert each gave them.
class RowWriter
{
public:
    static constexpr size_t kBatch = 32;

    RowWriter(SqliteConnection &db, const ProjectLayer &source, int epsg)
        : m_db(db), m_source(source), m_epsg(epsg), m_hashable(readsBackAsWritten(db, source.table, source.fields))
    {
        m_one = prepare(1);
        // SQLite's limit on parameters (32,766 by default) allows a batch unless a layer has
        // hundreds of fields: then every row goes alone.
        if (kBatch * (source.fields.size() + 1) <= size_t(sqlite3_limit(db.handle(), SQLITE_LIMIT_VARIABLE_NUMBER, -1)))
            m_many = prepare(kBatch);
    }
    ~RowWriter()
    {
        sqlite3_finalize(m_one);
        sqlite3_finalize(m_many);
    }
    RowWriter(const RowWriter &) = delete;
    RowWriter &operator=(const RowWriter &) = delete;

    /// Queues @p feature, which must stay alive until the next flush().
    void add(const StreamedFeature &feature);
    /// Writes the queued rows.
    void flush();
    /// Rows taken so far (written or queued).
    qint64 rows() const { return m_taken; }
    /// Packs the R-tree, sets the extent; returns the count and hash.
    WrittenLayer finish();

private:
    sqlite3_stmt *prepare(size_t rows) const;
    void step(sqlite3_stmt *stmt);
    /// Keeps the box, extent and hash of @p feature written as @p row with @p fid.
    void written(const StreamedFeature &feature, const PreparedRow &row, qint64 fid);

    SqliteConnection &m_db;
    const ProjectLayer &m_source;
    int m_epsg;
    bool m_hashable;
    sqlite3_stmt *m_one = nullptr;
    sqlite3_stmt *m_many = nullptr; ///< kBatch rows; null when the parameters would be too many
    std::vector<const StreamedFeature *> m_queued;
    PreparedRow m_own; ///< a row the writer prepares itself
    std::vector<GpkgRtree::Box> m_boxes;
    double m_extent[4] = {};
    qint64 m_rows = 0, m_taken = 0;
    qint64 m_lastFid = 0; ///< the table is new: its first row is fid 1
    LayerHash m_hash;
};

sqlite3_stmt *RowWriter::prepare(size_t rows) const
{
    QStringList columns { QStringLiteral("geom") };
    for (const FieldDefinition &field : m_source.fields)
        columns << quoted(field.name);
    QStringList values;
    for (size_t i = 0; i < rows; ++i)
        values << QLatin1Char('(') + sql_rows::placeholders(1 + int(i * size_t(columns.size())), int(columns.size())) + QLatin1Char(')');
    const QByteArray sql = QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                               .arg(quoted(m_source.table), columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")))
                               .toUtf8();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db.handle(), sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        m_db.fail(GpkgLayerWriter::tr("cannot write layer %1").arg(m_source.table));
    }
    return stmt;
}

void RowWriter::step(sqlite3_stmt *stmt)
{
    if (sqlite3_step(stmt) != SQLITE_DONE)
        m_db.fail(GpkgLayerWriter::tr("cannot write a feature of layer %1").arg(m_source.table));
    sqlite3_reset(stmt);
}

void RowWriter::add(const StreamedFeature &feature)
{
    ++m_taken;
    if (feature.prepared.srsId == m_epsg) {
        m_queued.push_back(&feature);
        if (m_queued.size() == kBatch && m_many)
            flush();
        return;
    }
    // Not prepared off this thread (or for another CRS): the same here, and written alone.
    flush();
    const bool empty = !(feature.minX <= feature.maxX && feature.minY <= feature.maxY);
    const double envelope[4] = { feature.minX, feature.maxX, feature.minY, feature.maxY };
    prepareRow(feature.values, m_source.fields, feature.wkb, empty ? nullptr : envelope, m_epsg, m_own);
    bindRow(m_one, m_own, 1);
    step(m_one);
    written(feature, m_own, sqlite3_last_insert_rowid(m_db.handle()));
}

void RowWriter::flush()
{
    if (m_queued.size() == kBatch && m_many) {
        const int columns = int(m_source.fields.size()) + 1;
        for (size_t i = 0; i < kBatch; ++i)
            bindRow(m_many, m_queued[i]->prepared, 1 + int(i) * columns);
        step(m_many);
        const qint64 first = sqlite3_last_insert_rowid(m_db.handle()) - qint64(kBatch) + 1;
        if (first != m_lastFid + 1) // never in a new table; a hash over wrong fids would be worse than a stop
            throw core::InputError(m_db.location(),
                GpkgLayerWriter::tr("layer %1 did not number its rows one after another").arg(m_source.table));
        for (size_t i = 0; i < kBatch; ++i)
            written(*m_queued[i], m_queued[i]->prepared, first + qint64(i));
    } else {
        for (const StreamedFeature *feature : m_queued) {
            bindRow(m_one, feature->prepared, 1);
            step(m_one);
            written(*feature, feature->prepared, sqlite3_last_insert_rowid(m_db.handle()));
        }
    }
    m_queued.clear();
}

void RowWriter::written(const StreamedFeature &feature, const PreparedRow &row, qint64 fid)
{
    m_lastFid = fid;
    const bool empty = !(feature.minX <= feature.maxX && feature.minY <= feature.maxY);
    const double envelope[4] = { feature.minX, feature.maxX, feature.minY, feature.maxY };
    ++m_rows;
    if (!empty) {
        m_boxes.push_back({ fid, feature.minX, feature.maxX, feature.minY, feature.maxY });
        for (int i = 0; i < 4; ++i) // SQL's MIN/MAX over ST_MinX … of the rows
            m_extent[i] = m_boxes.size() == 1 ? envelope[i] : (i % 2 ? std::max(m_extent[i], envelope[i]) : std::min(m_extent[i], envelope[i]));
    }
    if (!m_hashable)
        return;
    if (!row.hashable) {
        m_hashable = false; // a date SQLite keeps as a number: hashed from the rows later
        return;
    }
    m_hash.addFid(fid);
    m_hash.addFieldParts(row.hashParts(), size_t(row.hashSize));
    // The WKB as the blob holds it, after its header and envelope (a prepared row has no other).
    const int header = empty ? 8 : 8 + 32;
    const QByteArray wkb = QByteArray::fromRawData(row.blob.constData() + header, row.blob.size() - header);
    // hashStoredLayer's way: WKB the store writes is hashed as it is, anything else through GEOS.
    if (row.canonicalWkb) {
        m_hash.addGeometry(wkb);
    } else {
        const GeosGeometryPtr geometry = fromWkb(wkb);
        m_hash.addGeometry(geometry ? toWkb(toMultiPolygon(geometry.get()).get()) : QByteArray());
    }
}

WrittenLayer RowWriter::finish()
{
    GpkgRtree::pack(m_db, m_source.table, m_boxes);
    GpkgFile::setExtent(m_db, m_source.table, m_boxes.empty() ? nullptr : m_extent, m_rows);
    return { m_rows, m_hashable ? m_hash.hex() : QString() };
}

} // namespace

WrittenLayer GpkgLayerWriter::write(
    SqliteConnection &db, const ProjectLayer &source, int epsg, const StoreProgress &progress, double from, double to)
{
    SqlTransaction transaction(db);
    const QString trigger = GpkgRtree::dropInsertTrigger(db, source.table);
    // GDAL's per-row count is set at the end (GpkgFile::setExtent); its triggers come back
    // before the R-tree's, where the create has always left them.
    const QStringList counting = GpkgCountTriggers::setAside(db, source.table);
    WrittenLayer written;
    {
        RowWriter writer(db, source, epsg);
        std::vector<StreamedFeature> chunk;
        while (source.next(chunk)) {
            for (const StreamedFeature &feature : chunk) {
                writer.add(feature);
                if (progress && writer.rows() % 512 == 0
                    && !progress(from + (to - from) * double(writer.rows()) / double(std::max<qint64>(1, source.expectedFeatures))))
                    throw ReadCancelled();
            }
            writer.flush(); // before next() hands the chunk back
        }
        written = writer.finish();
    }
    GpkgCountTriggers::restore(db, counting);
    GpkgRtree::restoreTrigger(db, trigger);
    transaction.commit();
    return written;
}

} // namespace fg::gis
