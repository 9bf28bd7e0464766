// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

namespace fg::app {

/// Filters CaseTableModel rows by case status, verdict, township and overdue; an empty
/// criterion lets every row through. Sorting by any column.
class CaseFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CaseFilterProxy(QObject *parent = nullptr);

    /// core::caseStatusCode() or "none" (no case); empty = any.
    void setStatus(const QString &statusCode);
    /// "reached", "below" or "not_measured"; empty = any.
    void setVerdict(const QString &verdictCode);
    /// Exact township name; empty = any.
    void setTownship(const QString &township);
    void setOverdueOnly(bool overdueOnly);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_status;
    QString m_verdict;
    QString m_township;
    bool m_overdueOnly = false;
};

} // namespace fg::app
