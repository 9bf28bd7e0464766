// SPDX-License-Identifier: MIT
#include "gis/io/dbf_file.h"

#include "core/input_error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace fg::gis {

namespace {

quint32 le32(const QByteArray &b, int at)
{
    const auto *p = reinterpret_cast<const unsigned char *>(b.constData() + at);
    return quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24;
}

quint16 le16(const QByteArray &b, int at)
{
    const auto *p = reinterpret_cast<const unsigned char *>(b.constData() + at);
    return quint16(p[0] | p[1] << 8);
}

} // namespace

QString siblingFile(const QString &path, const QString &extension)
{
    const QFileInfo info(path);
    const QString wanted = info.completeBaseName() + QLatin1Char('.') + extension;
    const QDir dir = info.absoluteDir();
    const QStringList matches = dir.entryList({ wanted }, QDir::Files | QDir::Hidden);
    for (const QString &name : matches)
        if (name.compare(wanted, Qt::CaseInsensitive) == 0)
            return dir.filePath(name);
    return {};
}

DbfFile::DbfFile(const QString &path)
    : m_path(path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw core::InputError(path, tr("cannot read the attribute table: %1").arg(file.errorString()));
    const qint64 size = file.size();
    const QByteArray head = file.read(32);
    if (head.size() < 32)
        throw core::InputError(path,
            tr("attribute table is truncated: %1 bytes, shorter than the 32-byte "
               "dBASE header")
                .arg(size));
    m_recordCount = le32(head, 4);
    m_headerLength = le16(head, 8);
    m_recordLength = le16(head, 10);
    m_ldid = static_cast<unsigned char>(head[29]);
    if (m_headerLength < 33 || m_recordLength < 1 || m_headerLength > size)
        throw core::InputError(path,
            tr("not a valid dBASE attribute table (header length %1, record length "
               "%2, file size %3)")
                .arg(m_headerLength)
                .arg(m_recordLength)
                .arg(size));
    const QByteArray descriptors = file.read(m_headerLength - 32);
    int offset = 1; // byte 0 of each record is the deletion flag
    for (int at = 0; at + 32 <= descriptors.size() && descriptors[at] != '\r'; at += 32) {
        Field f;
        f.rawName = descriptors.mid(at, 11);
        if (const qsizetype nul = f.rawName.indexOf('\0'); nul >= 0)
            f.rawName.truncate(nul);
        f.type = descriptors[at + 11];
        f.length = static_cast<unsigned char>(descriptors[at + 16]);
        f.offset = offset;
        offset += f.length;
        m_fields.push_back(f);
    }
    const qint64 needed = qint64(m_headerLength) + m_recordCount * m_recordLength;
    // Some writers omit the final 0x1A end-of-file byte; a shortfall beyond that is truncation.
    if (size < needed)
        throw core::InputError(path,
            tr("attribute table is truncated: its header promises %1 records "
               "(%2 bytes) but the file has %3 bytes")
                .arg(m_recordCount)
                .arg(needed)
                .arg(size));
}

std::vector<QByteArray> DbfFile::textSamples(qint64 maxRecords, qint64 maxBytes) const
{
    std::vector<QByteArray> samples;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(m_headerLength))
        return samples;
    qint64 gathered = 0;
    const qint64 records = std::min(m_recordCount, maxRecords);
    // Records come in blocks (one read each, not one per record); the samples are the same.
    constexpr qint64 kBlock = 512;
    for (qint64 r = 0; r < records && gathered < maxBytes;) {
        const qint64 wanted = std::min(kBlock, records - r);
        const QByteArray block = file.read(wanted * m_recordLength);
        const qint64 whole = block.size() / m_recordLength;
        for (qint64 i = 0; i < whole && gathered < maxBytes; ++i, ++r) {
            const char *record = block.constData() + i * m_recordLength;
            for (const Field &f : m_fields) {
                if (f.type != 'C' || f.offset + f.length > m_recordLength)
                    continue;
                qsizetype length = f.length;
                const char *value = record + f.offset;
                while (length > 0 && (value[length - 1] == ' ' || value[length - 1] == '\0'))
                    --length;
                if (length > 0) {
                    gathered += length;
                    samples.emplace_back(value, length);
                }
            }
        }
        if (whole < wanted) // a short file: stop at its first partial record, as record by record
            break;
    }
    return samples;
}

} // namespace fg::gis
