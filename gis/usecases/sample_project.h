// SPDX-License-Identifier: MIT
#pragma once

#include "gis/store/project_location.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace fg::gis {

class ProjectStore;

/// The sample county as a project, for the GUI, reports and demonstrations: the reference
/// layers and incidents of data/sample, and six cases at different stages dated relative to
/// @p now: one closed (with its accountability record), one filed after a crime referral
/// answered by the police, one stopped, one clue just recorded, one dismissed, and two whose
/// stop order is overdue (one of them, PS2024-005, over a threshold). Every other incident is
/// recorded without a case yet. Then the sample's approvals (approvals.shp) through
/// ApprovalImporter, which measures the incidents they meet again and re-judges their cases
/// (PS2024-003: 1.00 亩 of its 5.01 approved, below the threshold now). Then the townships' targets of @p now's year and one 约谈
/// (gis::SampleAssessment).
class SampleProject
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::SampleProject)

public:
    /// Builds the project at @p location (must not exist) from the sample directory @p sampleDir.
    /// Returns the ids of the cases it opened. Throws core::InputError naming the file on any problem.
    /// @p approvals false leaves approvals.shp out: the sample as a project of schema 8 or older
    /// (made before approvals existed) holds it, for the migration tests.
    static QStringList create(
        const ProjectLocation &location, const QString &sampleDir, const QDateTime &now, bool approvals = true);
    /// The same on a project that holds the sample's reference layers and nothing else yet (a
    /// store created elsewhere: the tests' in-memory one): its incidents, cases and patrol records.
    static QStringList fill(ProjectStore &store, const QString &sampleDir, const QDateTime &now, bool approvals = true);
};

} // namespace fg::gis
