// SPDX-License-Identifier: MIT
// ProjectDumpSinks for the contract: a digest of everything a dump sends, and a recorder.
#pragma once

#include "gis/store/project_dump.h"

#include <QCryptographicHash>

#include <vector>

namespace fg::test::contract {

/// SHA-256 over every table, column, kind and value a dump sends (typed: 1 and 1.0 and "1"
/// differ), so two dumps have one digest only when they are the same to the byte.
class DigestSink final : public gis::ProjectDumpSink
{
public:
    void begin(int workingEpsg, int schemaVersion) override;
    void table(const gis::DumpTable &table) override;
    void row(const std::vector<QVariant> &values) override;
    void end() override;

    /// Lowercase hex; valid after end().
    QString digest() const { return m_digest; }

private:
    void add(const QByteArray &bytes);

    QCryptographicHash m_hash { QCryptographicHash::Sha256 };
    QString m_digest;
};

/// Keeps what a dump sends: the tables and each one's rows.
class RecordingSink final : public gis::ProjectDumpSink
{
public:
    struct Table
    {
        gis::DumpTable table;
        std::vector<std::vector<QVariant>> rows;
    };

    void begin(int workingEpsg, int schemaVersion) override;
    void table(const gis::DumpTable &table) override;
    void row(const std::vector<QVariant> &values) override;
    void end() override { m_ended = true; }

    int workingEpsg = 0;
    int schemaVersion = 0;
    std::vector<Table> tables;
    /// The table named @p name; nullptr when the dump had none.
    const Table *find(const QString &name) const;
    bool ended() const { return m_ended; }

private:
    bool m_ended = false;
};

} // namespace fg::test::contract
