// SPDX-License-Identifier: MIT
// FeatureReader's raw read with the attributes taken from the .dbf's records (LayerStream).
#include "gis/io/feature_reader_p.h"

#include "core/input_error.h"
#include "gis/io/dbf_file.h"
#include "gis/io/dbf_records.h"

#include <optional>

namespace fg::gis {

namespace {

/// How the fast path decodes a field OGR typed as @p defn from dBASE type @p f, if it does.
std::optional<DbfValueKind> kindFor(OGRFieldDefnH defn, const DbfFile::Field &f)
{
    if (OGR_Fld_GetSubType(defn) != OFSTNone)
        return std::nullopt;
    const OGRFieldType type = OGR_Fld_GetType(defn);
    if (f.type == 'D')
        return type == OFTDate ? std::optional(DbfValueKind::Date) : std::nullopt;
    if (OGR_Fld_GetWidth(defn) != f.length) // OGR read the header otherwise: leave it all to OGR
        return std::nullopt;
    if (f.type == 'C')
        return type == OFTString ? std::optional(DbfValueKind::Text) : std::nullopt;
    if (f.type != 'N' && f.type != 'F')
        return std::nullopt; // logical, memo, binary …: OGR's
    switch (type) {
    case OFTInteger:
        return DbfValueKind::Int32;
    case OFTInteger64:
        return DbfValueKind::Int64;
    case OFTReal:
        return DbfValueKind::Real;
    default:
        return std::nullopt;
    }
}

} // namespace

std::unique_ptr<DbfRecords> dbfRecordsFor(OGRLayerH layer, const QString &dbfPath, qint64 records)
{
    if (dbfPath.isEmpty())
        return nullptr;
    std::optional<DbfFile> dbf;
    try {
        dbf.emplace(dbfPath);
    } catch (const core::InputError &) {
        return nullptr; // OGR reads what it can and says what it says
    }
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    if (dbf->recordCount() != records || OGR_FD_GetFieldCount(defn) != int(dbf->fields().size()))
        return nullptr;
    std::vector<DbfValueKind> kinds;
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i) {
        const std::optional<DbfValueKind> kind = kindFor(OGR_FD_GetFieldDefn(defn, i), dbf->fields()[size_t(i)]);
        if (!kind)
            return nullptr;
        kinds.push_back(*kind);
    }
    auto result = std::make_unique<DbfRecords>(*dbf, std::move(kinds));
    return result->ok() ? std::move(result) : nullptr;
}

bool FeatureReader::readDbfNext(int maxFeatures, std::vector<RawFeature> &rows)
{
    if (!m_chunkErrors)
        m_chunkErrors = std::make_unique<ScopedCplErrors>();
    rows.clear();
    rows.reserve(size_t(maxFeatures));
    while (int(rows.size()) < maxFeatures) {
        if (m_nextRecord >= m_dbf->count())
            return false;
        RawFeature row;
        row.fid = m_nextRecord++;
        if (m_dbf->flag(row.fid) == '*')
            continue; // deleted (shapelib's DBFIsRecordDeleted): OGR's sequential read skips it silently
        if (!m_dbf->values(row.fid, *m_codec, row.values)) {
            // A value the fast path does not decode for certain: OGR reads the record by its id,
            // as its sequential read would have. A record it cannot read is skipped with its
            // message pending, noted at the next feature as the sequential read notes it.
            const OgrFeaturePtr feature(OGR_L_GetFeature(m_layer, GIntBig(row.fid)));
            if (!feature)
                continue;
            row.values = attributes(static_cast<OGRFeatureH>(feature.get()));
        }
        noteRecordError(row.fid, *m_chunkErrors, m_chunkMessages);
        rawShape(row);
        rows.push_back(std::move(row));
        ++m_chunkDone;
    }
    return true;
}

} // namespace fg::gis
