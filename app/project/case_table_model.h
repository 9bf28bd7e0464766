// SPDX-License-Identifier: MIT
#pragma once

#include "app/map/listed_verdict.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QSet>

namespace fg::app {

class ProjectSession;

/// The project's incidents with their cases, one row each: number, case status, verdict,
/// township, village, party, violation type, occupied mu and the overdue flag. Filter keys are
/// exposed through the roles below for CaseFilterProxy. Refreshes when the session changes.
class CaseTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// The deadline right after the status: a laptop shows it without scrolling sideways.
    enum Column { Incident, Status, Overdue, Verdict, Township, Village, Party, Type, BasicFarmlandMu, CultivatedMu, ColumnCount };
    enum Role {
        IncidentIdRole = Qt::UserRole + 1, ///< QString
        CaseIdRole, ///< QString, empty when no case is open
        StatusCodeRole, ///< core::caseStatusCode(), or "none" without a case
        VerdictCodeRole, ///< "reached", "below" or "not_measured"
        TownshipRole, ///< QString
        OverdueRole, ///< bool: the case has an overdue obligation at now()
    };

    explicit CaseTableModel(ProjectSession *session, QObject *parent = nullptr);

    /// The time overdue is judged at (default: when the model was last refreshed).
    void setNow(const QDateTime &now);
    /// Row of an incident id, -1 when absent.
    int rowOf(const QString &incidentId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refresh();
    QVariant display(int row, int column) const;

    ProjectSession *m_session;
    QDateTime m_now;
    bool m_fixedNow = false;
    QSet<QString> m_overdueCases;
    QHash<QString, QString> m_countdowns; ///< case id → its first open deadline's countdown
    QHash<QString, ListedVerdict> m_verdicts; ///< incident id → its judged verdict (JudgedVerdict)
};

} // namespace fg::app
