// SPDX-License-Identifier: MIT
#include "gis/store/gpkg/gpkg_rtree_p.h"

#include "core/input_error.h"
#include "gis/store/gpkg/sqlite_connection_p.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QtEndian>

#include <algorithm>
#include <functional>
#include <cmath>
#include <cstring>
#include <vector>

namespace fg::gis {

namespace {

/// One cell of a node: a row's fid (leaves) or a child node's number, and its box in floats.
struct Cell
{
    qint64 id = 0;
    float minX = 0, maxX = 0, minY = 0, maxY = 0;
    double centreX() const { return (double(minX) + double(maxX)) / 2; }
    double centreY() const { return (double(minY) + double(maxY)) / 2; }
};

// SQLite's rtree module (rtree.c, rtreeValueDown / rtreeValueUp) keeps 32-bit floats rounded
// outward so that a box never shrinks; the same arithmetic gives the same stored box.
constexpr double kTowards = 1.0 - 1.0 / 8388608.0;
constexpr double kAway = 1.0 + 1.0 / 8388608.0;

float down(double d)
{
    float f = float(d);
    if (double(f) > d)
        f = float(d * (d < 0 ? kAway : kTowards));
    return f;
}

float up(double d)
{
    float f = float(d);
    if (double(f) < d)
        f = float(d * (d < 0 ? kTowards : kAway));
    return f;
}

QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString rtreeOf(const QString &table)
{
    return QStringLiteral("rtree_%1_geom").arg(table);
}

/// A node as SQLite stores it: 2 bytes depth (the root's only), 2 bytes cell count, then per cell
/// the 64-bit id and the four coordinates, big-endian, zero-padded to the node size.
QByteArray nodeBlob(const std::vector<Cell> &cells, int depth, int nodeSize)
{
    QByteArray data(nodeSize, '\0');
    uchar *p = reinterpret_cast<uchar *>(data.data());
    qToBigEndian<quint16>(quint16(depth), p);
    qToBigEndian<quint16>(quint16(cells.size()), p + 2);
    p += 4;
    for (const Cell &cell : cells) {
        qToBigEndian<qint64>(cell.id, p);
        for (const float value : { cell.minX, cell.maxX, cell.minY, cell.maxY }) {
            quint32 bits = 0;
            std::memcpy(&bits, &value, sizeof bits);
            qToBigEndian<quint32>(bits, p + 8);
            p += 4;
        }
        p += 8;
    }
    return data;
}

/// Sort-tile-recursive grouping of @p cells into runs of at most @p capacity: slices by x, then
/// runs by y within each slice, so a node's cells lie together.
std::vector<std::vector<Cell>> tiles(std::vector<Cell> cells, size_t capacity)
{
    const size_t nodes = (cells.size() + capacity - 1) / capacity;
    const size_t slices = size_t(std::ceil(std::sqrt(double(nodes))));
    const size_t perSlice = slices * capacity;
    std::sort(cells.begin(), cells.end(), [](const Cell &a, const Cell &b) { return a.centreX() < b.centreX(); });
    std::vector<std::vector<Cell>> groups;
    for (size_t start = 0; start < cells.size(); start += perSlice) {
        const auto first = cells.begin() + qsizetype(start);
        const auto last = cells.begin() + qsizetype(std::min(cells.size(), start + perSlice));
        std::sort(first, last, [](const Cell &a, const Cell &b) { return a.centreY() < b.centreY(); });
        for (auto run = first; run < last; run += qsizetype(std::min<size_t>(capacity, size_t(last - run))))
            groups.emplace_back(run, run + qsizetype(std::min<size_t>(capacity, size_t(last - run))));
    }
    return groups;
}

Cell boxOf(qint64 id, const std::vector<Cell> &cells)
{
    Cell box { id, cells.front().minX, cells.front().maxX, cells.front().minY, cells.front().maxY };
    for (const Cell &cell : cells) {
        box.minX = std::min(box.minX, cell.minX);
        box.maxX = std::max(box.maxX, cell.maxX);
        box.minY = std::min(box.minY, cell.minY);
        box.maxY = std::max(box.maxY, cell.maxY);
    }
    return box;
}

std::vector<Cell> rowBoxes(SqliteConnection &db, const QString &table)
{
    // The trigger's condition and values (GDAL's rtree_<t>_geom_insert).
    auto rows = db.query(QStringLiteral("SELECT fid, ST_MinX(geom), ST_MaxX(geom), ST_MinY(geom), ST_MaxY(geom) "
                                        "FROM %1 WHERE geom NOT NULL AND NOT ST_IsEmpty(geom)")
                             .arg(quoted(table)));
    std::vector<Cell> cells;
    while (rows->next())
        cells.push_back({ rows->integer(0), down(rows->real(1)), up(rows->real(2)), down(rows->real(3)),
            up(rows->real(4)) });
    return cells;
}

/// One level of the tree: its nodes' numbers and cells.
using Level = std::vector<std::pair<qint64, std::vector<Cell>>>;

/// Groups @p cells into levels of nodes (numbered from 2, the leaves first) until at most
/// @p capacity remain: those are left in @p cells, the root's.
std::vector<Level> buildLevels(std::vector<Cell> &cells, size_t capacity)
{
    std::vector<Level> levels;
    qint64 next = 2;
    while (cells.size() > capacity) {
        Level nodes;
        std::vector<Cell> parents;
        for (std::vector<Cell> &group : tiles(std::move(cells), capacity)) {
            parents.push_back(boxOf(next, group));
            nodes.emplace_back(next++, std::move(group));
        }
        levels.push_back(std::move(nodes));
        cells = std::move(parents);
    }
    return levels;
}

/// One INSERT into a shadow table, prepared once for the whole tree and bound straight from
/// integers: a million rows through execute()'s QVariant parameters and statement cache cost
/// more than SQLite's own inserts.
class ShadowInsert
{
public:
    ShadowInsert(SqliteConnection &db, const QString &sql) : m_db(db)
    {
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(db.handle(), text.constData(), int(text.size()), &m_stmt, nullptr) != SQLITE_OK) {
            sqlite3_finalize(m_stmt);
            m_stmt = nullptr;
            db.fail(QCoreApplication::translate("fg::gis::GpkgRtree", "cannot write the spatial index"));
        }
    }
    ~ShadowInsert() { sqlite3_finalize(m_stmt); }
    ShadowInsert(const ShadowInsert &) = delete;
    ShadowInsert &operator=(const ShadowInsert &) = delete;

    void run(qint64 first, qint64 second)
    {
        sqlite3_bind_int64(m_stmt, 2, second);
        step(first);
    }
    void run(qint64 first, const QByteArray &blob)
    {
        sqlite3_bind_blob(m_stmt, 2, blob.constData(), int(blob.size()), SQLITE_STATIC);
        step(first);
    }

private:
    void step(qint64 first)
    {
        sqlite3_bind_int64(m_stmt, 1, first);
        if (sqlite3_step(m_stmt) != SQLITE_DONE)
            m_db.fail(QCoreApplication::translate("fg::gis::GpkgRtree", "cannot write the spatial index"));
        sqlite3_reset(m_stmt);
    }

    SqliteConnection &m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

/// Inserts (id, node) pairs in the order of their ids: the table's B-tree is then filled by
/// appends, where the tree's own order (rows sorted by place) touched a random page per row and
/// made SQLite's cache write and read pages back. The rows are the same either way.
void insertInIdOrder(ShadowInsert &insert, std::vector<std::pair<qint64, qint64>> &pairs)
{
    std::sort(pairs.begin(), pairs.end());
    for (const auto &[id, node] : pairs)
        insert.run(id, node);
}

/// Writes the root (node 1, with the depth), every node, each row's leaf (_rowid) and each
/// node's parent (_parent) into the R-tree's shadow tables.
void writeTree(SqliteConnection &db, const QString &rtree, const std::vector<Level> &levels,
    const std::vector<Cell> &rootCells, int nodeSize)
{
    ShadowInsert node(db,
        QStringLiteral("INSERT OR REPLACE INTO %1 (nodeno, data) VALUES (?1, ?2)").arg(quoted(rtree + QStringLiteral("_node"))));
    std::vector<std::pair<qint64, qint64>> leaves; // (row's fid, its leaf)
    std::vector<std::pair<qint64, qint64>> parents; // (node, its parent)
    node.run(1, nodeBlob(rootCells, int(levels.size()), nodeSize));
    for (const Cell &cell : rootCells)
        (levels.empty() ? leaves : parents).emplace_back(cell.id, 1);
    for (size_t l = 0; l < levels.size(); ++l) {
        for (const auto &[nodeno, cells] : levels[l]) {
            node.run(nodeno, nodeBlob(cells, 0, nodeSize));
            for (const Cell &cell : cells) // leaves name each row's node, inner nodes each child's parent
                (l == 0 ? leaves : parents).emplace_back(cell.id, nodeno);
        }
    }
    ShadowInsert leaf(
        db, QStringLiteral("INSERT INTO %1 (rowid, nodeno) VALUES (?1, ?2)").arg(quoted(rtree + QStringLiteral("_rowid"))));
    insertInIdOrder(leaf, leaves);
    ShadowInsert parent(db,
        QStringLiteral("INSERT INTO %1 (nodeno, parentnode) VALUES (?1, ?2)").arg(quoted(rtree + QStringLiteral("_parent"))));
    insertInIdOrder(parent, parents);
}

/// Fills the empty R-tree of @p table with the cells @p cellsOf gives.
void packCells(SqliteConnection &db, const QString &table, const std::function<std::vector<Cell>()> &cellsOf)
{
    const QString rtree = rtreeOf(table);
    auto root = db.query(QStringLiteral("SELECT length(data) FROM %1 WHERE nodeno = 1").arg(quoted(rtree + QStringLiteral("_node"))));
    if (!root->next())
        return; // no R-tree: nothing to fill
    // The node size SQLite chose when it made the tree (page size − 64, at most 51 cells of 24 bytes).
    const int nodeSize = int(root->integer(0));
    root.reset();
    if (db.query(QStringLiteral("SELECT 1 FROM %1").arg(quoted(rtree + QStringLiteral("_rowid"))))->next())
        throw core::InputError(db.location(),
            QCoreApplication::translate("fg::gis::GpkgRtree", "the spatial index of %1 is not empty").arg(table));
    std::vector<Cell> rootCells = cellsOf();
    if (rootCells.empty())
        return;
    const std::vector<Level> levels = buildLevels(rootCells, size_t((nodeSize - 4) / 24));
    writeTree(db, rtree, levels, rootCells, nodeSize);
}

} // namespace

QString GpkgRtree::dropInsertTrigger(SqliteConnection &db, const QString &table)
{
    const QString name = rtreeOf(table) + QStringLiteral("_insert");
    auto rows = db.query(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?1"), { name });
    if (!rows->next())
        return {};
    const QString sql = rows->text(0);
    rows.reset();
    db.script(QStringLiteral("DROP TRIGGER %1").arg(quoted(name)));
    return sql;
}

void GpkgRtree::restoreTrigger(SqliteConnection &db, const QString &sql)
{
    if (!sql.isEmpty())
        db.script(sql);
}

void GpkgRtree::pack(SqliteConnection &db, const QString &table)
{
    packCells(db, table, [&db, &table] { return rowBoxes(db, table); });
}

void GpkgRtree::pack(SqliteConnection &db, const QString &table, const std::vector<Box> &boxes)
{
    packCells(db, table, [&boxes] {
        std::vector<Cell> cells;
        cells.reserve(boxes.size());
        for (const Box &box : boxes)
            cells.push_back({ box.fid, down(box.minX), up(box.maxX), down(box.minY), up(box.maxY) });
        return cells;
    });
}

} // namespace fg::gis
