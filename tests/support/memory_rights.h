// SPDX-License-Identifier: MIT
#pragma once

#include "gis/store/store_types.h"
#include "memory_tables.h"

#include <QCoreApplication>

namespace fg::test {

/// What a memory store's operator may read and write, as the PostGIS row-level security grants
/// it (gis/store/pg, docs/design/shared-record.md): the bureau (Scope::All) everything; a township its incidents,
/// cases (by cases.township), their steps, transfers and accountability, its officers, village
/// patrollers, tracks and records, and reads the county's reference layers, grid and plans; a
/// department the cases transferred to it, their incidents and its own transfers, writing only
/// the replies to them. Attachments: anyone may add; the grid, plans and settings: the bureau.
/// A refused write throws core::PermissionDenied (core::ProjectReadOnly when opened read-only).
class MemoryRights
{
    Q_DECLARE_TR_FUNCTIONS(fg::test::MemoryRights)

public:
    MemoryRights(gis::StoreRights rights, QString location, QString login);

    const gis::StoreRights &rights() const { return m_rights; }

    bool readsIncident(const MemoryState &state, const IncidentRow &incident) const;
    bool readsCase(const MemoryState &state, const CaseRow &row) const;
    /// A department reads only its own transfers and no accountability records.
    bool readsTransfer(const core::CaseTransfer &transfer) const;
    bool readsAccountability() const { return m_rights.scope != gis::StoreRights::Scope::Department; }
    /// Patrol rows of @p township (officers, village patrollers, tracks, records; the grid and
    /// the plans are county-wide and read by all): the bureau, or that township.
    bool readsTownship(const QString &township) const;
    /// Events: the bureau reads the whole log, others the events of the incidents, cases,
    /// transfers, officers and village patrollers they read.
    bool readsEvent(const MemoryState &state, const core::AuditEvent &event) const;

    /// Throws ProjectReadOnly when the store was opened read-only.
    void requireWritable() const;
    /// Only the bureau: county-wide edits (settings, the grid, the dump).
    void requireBureau(const QString &record) const;
    /// The bureau, or the township @p township; never a department.
    void requireTownship(const QString &township, const QString &record) const;
    void requireCase(const CaseRow &row) const;
    /// The bureau, the case's township, or the department the transfer went to.
    void requireReply(const CaseRow &row, const core::CaseTransfer &transfer) const;

private:
    [[noreturn]] void deny(const QString &record, const QString &what) const;

    gis::StoreRights m_rights;
    QString m_location;
    QString m_login;
};

} // namespace fg::test
