// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace fg::gis {

/// The header of a dBASE (.dbf) attribute table, read directly from its bytes so that the reader can
/// weigh encoding evidence GDAL does not expose (raw field-name and text bytes, the LDID byte) and
/// check record counts. Reads only; never writes beside the user's data.
class DbfFile
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::DbfFile)

public:
    struct Field
    {
        QByteArray rawName; ///< name bytes as stored (undecoded, NULs stripped)
        char type = 'C'; ///< dBASE type letter: C text, N/F numeric, D date, L logical ...
        int length = 0; ///< width in bytes
        int offset = 0; ///< byte offset inside a record (after the deletion flag)
    };

    /// Reads and checks the header. Throws core::InputError naming the file when it is unreadable,
    /// shorter than its header, not a dBASE file, or shorter than header + records say (truncated).
    explicit DbfFile(const QString &path);

    const QString &path() const { return m_path; }
    qint64 recordCount() const { return m_recordCount; }
    int headerLength() const { return m_headerLength; }
    int recordLength() const { return m_recordLength; }
    /// Language driver id (byte 29): 0x4D = CP936, 0x57 = ANSI/Windows-1252, 0 = unset.
    int languageDriverId() const { return m_ldid; }
    const std::vector<Field> &fields() const { return m_fields; }

    /// Raw bytes of every text ('C') value of the first maxRecords records, each value trimmed of
    /// trailing blanks and NULs, for trial decoding. Bounded by maxBytes.
    std::vector<QByteArray> textSamples(qint64 maxRecords, qint64 maxBytes) const;

private:
    QString m_path;
    qint64 m_recordCount = 0;
    int m_headerLength = 0;
    int m_recordLength = 0;
    int m_ldid = 0;
    std::vector<Field> m_fields;
};

/// The sibling of a file with another extension, matched case-insensitively ("a.shp" -> "a.DBF");
/// empty when absent. A sibling the user may not read is returned too: its reader then says so,
/// instead of calling it missing.
QString siblingFile(const QString &path, const QString &extension);

} // namespace fg::gis
