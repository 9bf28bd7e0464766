// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace fg::gis {

class ProjectStore;

/// The sample county's assessment records (issue 16 item 3): each township's targets from the
/// sample's targets.csv (gis/sample/sample_targets.h) for the year of @p now, and one 约谈 of
/// 龙溪镇, the township whose threshold case PS2024-005 is left past its stop-order deadline
/// (SampleProject opens it), dated a few days before @p now within the same year.
class SampleAssessment
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::SampleAssessment)

public:
    /// The township of the sample's overdue threshold case and its 约谈.
    static QString interviewedTownship() { return QStringLiteral("龙溪镇"); }
    /// Throws core::InputError naming targets.csv when it is missing or malformed.
    static void add(ProjectStore &store, const QString &sampleDir, const QDateTime &now);
};

} // namespace fg::gis
