// SPDX-License-Identifier: MIT
#include "core/patrol/patrol_coverage.h"

#include <QHash>

#include <algorithm>
#include <map>

namespace fg::core {

namespace {

/// Best record per cell within the dates (largest share), keyed by cell id.
QHash<QString, const CellCoverage *> bestPerCell(
    const std::vector<CellCoverage> &records, QDate from, QDate to, const QString &officer = QString())
{
    QHash<QString, const CellCoverage *> best;
    for (const CellCoverage &r : records) {
        if (r.date < from || r.date > to || (!officer.isNull() && r.officer != officer))
            continue;
        const CellCoverage *&slot = best[r.cellId];
        if (!slot || r.share() > slot->share())
            slot = &r;
    }
    return best;
}

void add(CoverageRow &row, double farmlandM2, const CellCoverage *best, double minShare)
{
    ++row.cells;
    row.farmlandM2 += farmlandM2;
    if (!best)
        return;
    row.seenM2 += best->share() * farmlandM2;
    if (best->share() >= minShare)
        ++row.coveredCells;
}

} // namespace

std::vector<CoverageRow> PatrolCoverage::byOfficer(const std::vector<CellCoverage> &records,
    const std::vector<PatrolCell> &, QDate from, QDate to, double minShare)
{
    std::map<QString, CoverageRow> rows;
    for (const CellCoverage &r : records)
        if (r.date >= from && r.date <= to)
            rows[r.officer].group = r.officer;
    for (auto &[officer, row] : rows) {
        const auto best = bestPerCell(records, from, to, officer);
        for (auto it = best.cbegin(); it != best.cend(); ++it)
            add(row, it.value()->farmlandM2, it.value(), minShare);
    }
    std::vector<CoverageRow> result;
    for (auto &[officer, row] : rows)
        result.push_back(row);
    return result;
}

std::vector<CoverageRow> PatrolCoverage::byTownship(const std::vector<CellCoverage> &records,
    const std::vector<PatrolCell> &cells, QDate from, QDate to, double minShare)
{
    const auto best = bestPerCell(records, from, to);
    std::map<QString, CoverageRow> rows;
    for (const PatrolCell &c : cells) {
        CoverageRow &row = rows[c.township];
        row.group = c.township;
        const CellCoverage *b = best.value(c.id);
        // The grid's ellipsoidal farmland, so township totals match the grid whatever was seen.
        add(row, c.cultivatedM2 > 0 || !b ? c.cultivatedM2 : b->farmlandM2, b, minShare);
    }
    std::vector<CoverageRow> result;
    for (auto &[township, row] : rows)
        result.push_back(row);
    return result;
}

std::vector<OverdueCell> PatrolCoverage::overdue(const std::vector<CellCoverage> &records,
    const std::vector<PatrolCell> &cells, const RiskModel &risk, QDate since, QDate asOf, double minShare)
{
    QHash<QString, QDate> last;
    for (const CellCoverage &r : records)
        if (r.date <= asOf && r.share() >= minShare)
            last[r.cellId] = std::max(last.value(r.cellId), r.date);
    std::vector<OverdueCell> result;
    for (const PatrolCell &c : cells) {
        const QDate covered = std::max(last.value(c.id), c.lastPatrol);
        const int interval = risk.intervals().days(risk.riskClass(c, asOf));
        const QDate due = (covered.isValid() ? covered : since.addDays(-1)).addDays(interval);
        if (due < asOf)
            result.push_back({ c.id, c.township, covered, due, int(due.daysTo(asOf)) });
    }
    std::stable_sort(result.begin(), result.end(),
        [](const OverdueCell &a, const OverdueCell &b) { return a.daysOverdue > b.daysOverdue; });
    return result;
}

} // namespace fg::core
