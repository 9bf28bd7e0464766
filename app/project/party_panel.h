// SPDX-License-Identifier: MIT
#pragma once

#include <QDockWidget>
#include <QSet>

class QLabel;
class QTreeWidget;

namespace fg::app {

class ProjectSession;

/// Per party, the running total of the incidents not yet dealt with (累计计算, DOMAIN.md §3):
/// their union measured again against basic farmland and cultivated land, with the verdict.
/// Parties over a threshold are shown in red and named in a warning line.
class PartyPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit PartyPanel(QWidget *parent = nullptr);

    void setSession(ProjectSession *session);
    /// Measures the totals again (synchronously: one overlay per party). Returns the parties
    /// that are over a threshold now but were not at the previous refresh.
    QStringList refresh();
    /// Parties over a threshold at the last refresh.
    QSet<QString> partiesOver() const { return m_over; }
    QTreeWidget *tree() const { return m_tree; }
    QString warningText() const;

private:
    ProjectSession *m_session = nullptr;
    QTreeWidget *m_tree;
    QLabel *m_warning;
    QSet<QString> m_over;
};

} // namespace fg::app
