// SPDX-License-Identifier: MIT
// A ProjectDumpSink that hashes what it is given: two projects with the same digest hold the
// same tables, columns, rows and values (kinds included), on any backend.
#pragma once

#include "gis/store/project_dump.h"

#include <QCryptographicHash>
#include <QDataStream>

namespace fg::gis::test {

class DigestSink : public ProjectDumpSink
{
public:
    void begin(int workingEpsg, int schemaVersion) override
    {
        add(QStringLiteral("begin %1 %2").arg(workingEpsg).arg(schemaVersion).toUtf8());
    }
    void table(const DumpTable &table) override
    {
        QString text = QStringLiteral("table %1 %2").arg(table.name).arg(int(table.role));
        for (const DumpColumn &column : table.columns)
            text += QStringLiteral(" %1:%2:%3").arg(column.name).arg(int(column.kind)).arg(int(column.field));
        add(text.toUtf8());
        tables << table.name;
    }
    void row(const std::vector<QVariant> &values) override
    {
        QByteArray bytes;
        QDataStream stream(&bytes, QIODevice::WriteOnly);
        for (const QVariant &value : values) {
            // The kind travels with the value: 1 and 1.0 and "1" differ.
            stream << value.isNull() << int(value.isNull() ? 0 : value.typeId());
            if (!value.isNull())
                stream << value;
        }
        add(bytes);
        ++rows;
    }
    void end() override { add("end"); }

    QByteArray digest() const { return m_hash.result().toHex(); }
    QStringList tables;
    qint64 rows = 0;

private:
    void add(const QByteArray &bytes)
    {
        const qint64 size = bytes.size();
        m_hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
        m_hash.addData(bytes);
    }
    QCryptographicHash m_hash { QCryptographicHash::Sha256 };
};

} // namespace fg::gis::test
