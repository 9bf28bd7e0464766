// SPDX-License-Identifier: MIT
#include "app/project/case_filter_proxy.h"

#include "app/project/case_table_model.h"

namespace fg::app {

CaseFilterProxy::CaseFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::DisplayRole);
}

void CaseFilterProxy::setStatus(const QString &statusCode)
{
    m_status = statusCode;
    invalidateFilter();
}

void CaseFilterProxy::setVerdict(const QString &verdictCode)
{
    m_verdict = verdictCode;
    invalidateFilter();
}

void CaseFilterProxy::setTownship(const QString &township)
{
    m_township = township;
    invalidateFilter();
}

void CaseFilterProxy::setOverdueOnly(bool overdueOnly)
{
    m_overdueOnly = overdueOnly;
    invalidateFilter();
}

bool CaseFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    auto matches = [&index](const QString &wanted, int role) {
        return wanted.isEmpty() || index.data(role).toString() == wanted;
    };
    if (m_overdueOnly && !index.data(CaseTableModel::OverdueRole).toBool())
        return false;
    return matches(m_status, CaseTableModel::StatusCodeRole) && matches(m_verdict, CaseTableModel::VerdictCodeRole)
        && matches(m_township, CaseTableModel::TownshipRole);
}

} // namespace fg::app
