// SPDX-License-Identifier: MIT
#pragma once

#include "gis/store/patrol_records.h"

#include <QCoreApplication>
#include <QPointF>
#include <QSet>

#include <optional>
#include <vector>

namespace fg::gis {

class ProjectStore;

/// A change to one grid officer: what is set replaces the stored value, the rest is kept.
struct OfficerChange
{
    QString name;
    std::optional<QString> township;
    std::optional<QPointF> base; ///< working CRS metres
    std::optional<int> maxCellsPerDay; ///< 0 = no limit by count
    std::optional<double> maxKmPerDay; ///< 0 = no limit by distance
    std::optional<QSet<QDate>> holidays;
    std::optional<QSet<QDate>> workingWeekends; ///< 调休
    std::optional<QStringList> cells; ///< cells given one by one
    std::optional<QStringList> villages; ///< villages whose cells are all given
};

/// Whether a change adds an officer, updates one, or either.
enum class OfficerEdit { Add, Update, AddOrUpdate };

/// The project's grid officers (网格员): the one place `farmguard-cli officer` and Patrol →
/// Grid Officers… change them, through PatrolRecords::setOfficer (which logs each change;
/// nothing is deleted). Any thread the store may be used on.
class OfficerRoster
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::OfficerRoster)

public:
    /// Applies @p change and stores the officer; returns it as stored. An officer without a base
    /// is placed at defaultBase(). Throws core::InputError naming the project and the officer:
    /// Add of an existing name, Update of an unknown one, a township no cell of the grid lies
    /// in, no capacity, unknown cells or villages (the store's refusal).
    static PatrolOfficerRecord save(ProjectStore &store, const OfficerChange &change, OfficerEdit edit);

    /// The townships of the grid's cells, sorted: where an officer can work.
    static QStringList townships(const PatrolGrid &grid);
    /// The cells an officer was given one by one. PatrolRecords::officers() resolves villages into
    /// cells, so saving that list back would turn village cells into single ones; this takes
    /// them out again (they stay assigned through the villages).
    static QStringList ownCells(const PatrolOfficerRecord &record, const PatrolGrid &grid);
    /// Where an officer starts each day when no base is given: of its cells (its township's
    /// when it has none) the centroid nearest their mean; (0, 0) when the township has no cell.
    static QPointF defaultBase(const core::Officer &officer, const QStringList &villages, const PatrolGrid &grid);
};

} // namespace fg::gis
