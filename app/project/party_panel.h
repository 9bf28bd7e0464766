// SPDX-License-Identifier: MIT
#pragma once

#include "app/background_job.h"
#include "app/project/party_totals.h"

#include <QDockWidget>
#include <QSet>

#include <atomic>
#include <memory>

class QLabel;
class QTreeWidget;

namespace fg::app {

class ProjectSession;

/// Per party, the running total of the incidents not yet dealt with (累计计算, DOMAIN.md §3):
/// their union measured again against basic farmland and cultivated land, with the verdict under
/// the project's rules (gis::ProjectAnalysis, as `farmguard-cli analyze --project`).
/// Parties over a threshold are shown in red and named in a warning line. Parties matched by name
/// and ID number; recorded parties that may be one are listed apart, for a person to decide
/// (same / different, logged through gis::PartyIdentities). The measuring runs in the background
/// (BackgroundJob); the panel itself lives on the UI thread.
class PartyPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit PartyPanel(QWidget *parent = nullptr);
    ~PartyPanel() override;

    /// Shows @p session (may be null); a measurement of the previous session is cancelled, waited
    /// for (it reads that session's store) and its result dropped.
    void setSession(ProjectSession *session);
    /// Starts measuring the totals again in the background (one overlay per party); a
    /// measurement still running is cancelled and superseded. refreshed() follows.
    void refresh();
    /// Stops the running measurement; the totals shown stay as they were.
    void cancel();
    /// A measurement runs or its result has not been shown yet.
    bool isBusy() const { return m_busy; }
    /// Parties over a threshold at the last refresh.
    QSet<QString> partiesOver() const { return m_over; }
    QTreeWidget *tree() const { return m_tree; }
    /// The recorded parties that may be one (never added up until a person decides).
    QTreeWidget *possibleTree() const { return m_possible; }
    QString warningText() const;
    /// Records the decision on the pair at @p row of possibleTree() (logged, with @p note) and
    /// measures again; false with the reason in the warning line when the store refused it.
    bool decide(int row, bool same, const QString &note);

signals:
    /// A measurement was shown: @p newlyOver names the parties over a threshold now that were
    /// not at the previous one.
    void refreshed(const QStringList &newlyOver);
    /// A measurement was cancelled or superseded; the totals shown did not change.
    void refreshCancelled();
    /// Progress of the running measurement, 0..1.
    void progress(double fraction);

private:
    void start();
    void onMeasured();
    void showTotals(const PartyTotals &totals);
    void showPossible(const PartyTotals &totals);
    void askAndDecide(bool same);

    ProjectSession *m_session = nullptr;
    BackgroundJob<PartyTotals> m_job;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_generation = 0;      ///< bumped by setSession(); a run of an older one is dropped
    int m_runGeneration = 0;
    bool m_pending = false;    ///< refresh() came while a run was going
    bool m_busy = false;

    QTreeWidget *m_tree;
    QTreeWidget *m_possible;
    QWidget *m_possibleBox;
    QLabel *m_warning;
    QLabel *m_rule;
    QList<core::PossibleSameParty> m_pairs;
    QSet<QString> m_over;
};

} // namespace fg::app
