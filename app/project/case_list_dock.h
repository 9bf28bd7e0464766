// SPDX-License-Identifier: MIT
#pragma once

#include <QDockWidget>

class QCheckBox;
class QComboBox;
class QTableView;

namespace fg::app {

class CaseFilterProxy;
class CaseTableModel;
class ProjectSession;

/// The project's incidents and cases in a filterable table (status, verdict, township, overdue).
/// Selecting a row emits incidentSelected().
class CaseListDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit CaseListDock(QWidget *parent = nullptr);

    /// Shows @p session's incidents (null: none). The dock does not own the session.
    void setSession(ProjectSession *session);
    CaseTableModel *model() const { return m_model; }
    CaseFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *verdictFilter() const { return m_verdict; }
    QComboBox *townshipFilter() const { return m_township; }
    QCheckBox *overdueFilter() const { return m_overdue; }
    /// Selects the row of an incident (clearing filters that hide it).
    void selectIncident(const QString &incidentId);

signals:
    void incidentSelected(const QString &incidentId);
    /// Double-clicked: the map zooms to it.
    void incidentActivated(const QString &incidentId);

private:
    void fillTownships();
    void onCurrentChanged();

    CaseTableModel *m_model = nullptr;
    CaseFilterProxy *m_proxy;
    QTableView *m_view;
    QComboBox *m_status;
    QComboBox *m_verdict;
    QComboBox *m_township;
    QCheckBox *m_overdue;
};

} // namespace fg::app
