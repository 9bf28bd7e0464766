// SPDX-License-Identifier: MIT
#pragma once

#include "gis/store/patrol_records.h"

#include <QCoreApplication>
#include <QPointF>
#include <QStringList>

namespace fg::app {

/// What the officer command and the officers dialog share when they edit an officer through
/// PatrolRecords::setOfficer. Plain functions; any thread.
class OfficerRecords
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::OfficerRecords)

public:
    /// The cells an officer was given one by one. PatrolRecords::officers() resolves villages into
    /// cells, so saving that list back would turn village cells into single ones; this takes
    /// them out again (they stay assigned through the villages).
    static QStringList ownCells(const gis::PatrolOfficerRecord &record, const gis::PatrolGrid &grid);
    /// Where an officer starts each day when no base is given: of its cells (its township's
    /// when it has none) the centroid nearest their mean; (0, 0) when the township has no cell.
    static QPointF defaultBase(const core::Officer &officer, const QStringList &villages, const gis::PatrolGrid &grid);
    /// The townships of the grid's cells, sorted.
    static QStringList townships(const gis::PatrolGrid &grid);
    /// Throws core::InputError naming @p township when no cell of @p grid lies in it.
    static void requireTownship(const QString &project, const QString &township, const gis::PatrolGrid &grid);
};

} // namespace fg::app
