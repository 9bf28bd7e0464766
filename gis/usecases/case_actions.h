// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/accountability_record.h"
#include "core/cases/case_workflow.h"
#include "core/cases/department.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fg::gis {

class ProjectStore;

/// What is suspected behind a case (DOMAIN.md §5): a crime → 公安局 within 24 hours (the
/// crime_referral deadline), officials' misconduct → 县纪委监委.
enum class Suspicion { Crime, Misconduct };

/// Carrying a case to its end (issue 12, item 1): the steps of its track and every record beside
/// it, each one logged edit through the store, each based on the case's revision as the caller
/// read it (core::ConflictError when another user changed it since: the CLI exits 5, the GUI
/// reloads). The one place behind the case panel and `farmguard-cli project advance |
/// accountability | suspect | declare-major | transfer | reply`. A refusal changes nothing and
/// returns the reasons (translated); bad input throws core::InputError. Any thread the store
/// may be used on.
class CaseActions
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::CaseActions)

public:
    /// The workflow every case moves through (the deadline rules on the official calendar).
    static const core::CaseWorkflow &workflow();

    /// Opens a case at its clue (recorded by the store's operator at @p when) on stored
    /// incidents, with the first incident's party and violation type, and judges its flag from
    /// its figures (CaseFlags). Returns the case as stored. Throws core::InputError for unknown
    /// incidents or an id in use.
    static core::CaseFile open(ProjectStore &store, const QString &caseId, const QStringList &incidentIds,
        const QDateTime &when, const QString &note);
    /// One step along the track. Closing first re-judges the case's flag from its figures
    /// (CaseFlags), so a stale "below" never lets a threshold case close without accountability.
    static core::TransitionResult advance(
        ProjectStore &store, const QString &caseId, const core::CaseStep &step, qint64 revision);
    /// An accountability record (问责): organ, persons, decision and date are required.
    static core::TransitionResult recordAccountability(
        ProjectStore &store, const QString &caseId, const core::AccountabilityRecord &record, qint64 revision);
    /// Records when a crime or officials' misconduct was first suspected (starts its referral
    /// deadline). Refused when already recorded.
    static core::TransitionResult suspect(
        ProjectStore &store, const QString &caseId, Suspicion what, const QDateTime &when, qint64 revision);
    /// Declares the case major (重大案件, reported to the county; its report is printable).
    /// Refused when already declared.
    static core::TransitionResult declareMajor(
        ProjectStore &store, const QString &caseId, const QDateTime &when, qint64 revision);
    /// Transfers the case (移送) to any department with a reason, sent by the store's operator at
    /// @p when; @p transferId receives the new transfer's id (T1, T2, …).
    static core::TransitionResult transfer(ProjectStore &store, const QString &caseId, core::Department to,
        const QString &reason, const QDateTime &when, qint64 revision, QString *transferId = nullptr);
    /// The department's reply to a transfer (once per transfer).
    static core::TransitionResult reply(ProjectStore &store, const QString &caseId, const QString &transferId,
        const QString &text, const QDateTime &when);

    /// A department from what a user types: its code or its displayed name.
    static std::optional<core::Department> departmentFromText(const QString &text);
};

} // namespace fg::gis
