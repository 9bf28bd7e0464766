// SPDX-License-Identifier: MIT
// A ProjectDumpSink that keeps what a dump sends, for the contract's checks of its rows.
#pragma once

#include "gis/store/project_dump.h"

#include <vector>

namespace fg::test::contract {

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
