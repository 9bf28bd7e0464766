// SPDX-License-Identifier: MIT
#include "gis/store/layer_hash.h"

#include "gis/geos_context.h"
#include "gis/io/sha256.h"
#include "gis/io/vector_layer.h"

#include <charconv>
#include <cstring>

namespace fg::gis {

namespace {

/// Reads WKB fields little-endian, refusing to run past the end.
class WkbCursor
{
public:
    explicit WkbCursor(const QByteArray &wkb) : m_data(wkb.constData()), m_size(size_t(wkb.size())) {}

    bool header(quint32 type)
    {
        quint32 found = 0;
        if (m_pos >= m_size || m_data[m_pos] != 1)
            return false; // big-endian (or cut short): GEOS would write it little-endian
        ++m_pos;
        return count(found) && found == type;
    }
    bool count(quint32 &value)
    {
        if (m_size - m_pos < 4)
            return false;
        std::memcpy(&value, m_data + m_pos, 4); // little-endian hosts only (x86-64, arm64)
        m_pos += 4;
        return true;
    }
    /// A ring of at least 4 points whose first equals its last. (GEOS writes a polygon whose
    /// shell is empty with no rings at all, and refuses holes in one: an empty ring is left to
    /// GEOS.)
    bool ring(quint32 points)
    {
        if (points < 4 || (m_size - m_pos) / 16 < points)
            return false;
        double first[2], last[2];
        std::memcpy(first, m_data + m_pos, 16);
        std::memcpy(last, m_data + m_pos + 16 * size_t(points - 1), 16);
        m_pos += 16 * size_t(points);
        return first[0] == last[0] && first[1] == last[1];
    }
    bool atEnd() const { return m_pos == m_size; }

private:
    const char *m_data;
    size_t m_size;
    size_t m_pos = 0;
};

} // namespace

LayerHash::LayerHash() : m_hash(std::make_unique<Sha256>()) {}

LayerHash::~LayerHash() = default;

void LayerHash::addPart(const char *data, size_t size)
{
    // "LENGTH:" written in place: a county's layers are a million parts, each an allocation else.
    char length[24];
    const auto end = std::to_chars(length, length + sizeof length - 1, size).ptr;
    *end = ':';
    m_hash->addData(length, size_t(end + 1 - length));
    m_hash->addData(data, size);
}

void LayerHash::addFid(qint64 fid)
{
    char digits[24]; // what QByteArray::number(fid) gives
    const auto end = std::to_chars(digits, digits + sizeof digits, fid).ptr;
    addPart(digits, size_t(end - digits));
}

void LayerHash::addField(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    addPart(utf8.constData(), size_t(utf8.size()));
}

void LayerHash::addFieldParts(const char *parts, size_t size)
{
    m_hash->addData(parts, size);
}

void LayerHash::addGeometry(const QByteArray &wkb)
{
    addPart(wkb.constData(), size_t(wkb.size()));
}

QString LayerHash::hex()
{
    return QString::fromLatin1(m_hash->result().toHex());
}

QString LayerHash::of(const VectorLayer &layer)
{
    LayerHash hash;
    for (int row = 0; row < layer.featureCount(); ++row) {
        hash.addFid(layer.fid(row));
        for (int field = 0; field < int(layer.fields.size()); ++field)
            hash.addField(layer.value(row, field).toString());
        const GEOSGeometry *g = layer.geometry(row);
        hash.addGeometry(g ? toWkb(toMultiPolygon(g).get()) : QByteArray());
    }
    return hash.hex();
}

bool LayerHash::isCanonicalMultiPolygon(const QByteArray &wkb)
{
    constexpr quint32 kMultiPolygon = 6, kPolygon = 3;
    WkbCursor at(wkb);
    quint32 polygons = 0;
    if (!at.header(kMultiPolygon) || !at.count(polygons))
        return false;
    for (quint32 p = 0; p < polygons; ++p) {
        quint32 rings = 0;
        if (!at.header(kPolygon) || !at.count(rings))
            return false;
        for (quint32 r = 0; r < rings; ++r) {
            quint32 points = 0;
            if (!at.count(points) || !at.ring(points))
                return false;
        }
    }
    return at.atEnd();
}

} // namespace fg::gis
