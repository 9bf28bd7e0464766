// SPDX-License-Identifier: MIT
#pragma once

#include "app/background_job.h"
#include "gis/usecases/township_assessment.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace fg::gis {
class ProjectStore;
}

namespace fg::app {

/// The 考核 dialog (issue 16 item 3): every township of the project with its targets, current
/// cultivated land and basic farmland (三调 minus the unlawful occupation found), the gaps (a
/// shortfall in red), the one-vote-veto triggers with their cases, and the year's measures.
/// The bureau enters targets and measures here (through the store: logged); other logins see
/// the table, the buttons disabled with a tooltip saying why. The figures are computed on a
/// worker (gis::TownshipAssessmentBuilder) and the table refilled when they arrive. Sized for
/// 1366×768. UI thread only; @p store must outlive the dialog.
class AssessmentDialog : public QDialog
{
    Q_OBJECT

public:
    /// Table columns.
    enum Column {
        Township,
        CultivatedTarget,
        CultivatedNow,
        CultivatedGap,
        BasicTarget,
        BasicNow,
        BasicGap,
        Veto,
        Measures,
        ColumnCount
    };

    AssessmentDialog(gis::ProjectStore &store, QWidget *parent = nullptr);
    ~AssessmentDialog() override;

    QTableWidget *table() const { return m_table; }
    QPushButton *targetButton() const { return m_setTarget; }
    QPushButton *measureButton() const { return m_addMeasure; }
    /// True while the figures are being computed.
    bool isBusy() const { return m_job.isRunning(); }
    /// How many times the table was filled (each computation that ended).
    int fills() const { return m_fills; }
    /// The figures shown (empty before the first computation ends).
    const gis::TownshipAssessment &assessment() const { return m_assessment; }

    /// Computes the figures of the year chosen again.
    void refresh();
    /// Stores @p target (logged), then refreshes; a refusal is shown in a message box.
    bool storeTarget(const core::TownshipTarget &target);
    /// Stores @p measure (logged), then refreshes.
    bool storeMeasure(const core::TownshipMeasure &measure);

private:
    struct Outcome
    {
        gis::TownshipAssessment assessment;
        QString error;
    };
    void fill();
    /// Runs a store write; shows its refusal (nothing written) or refreshes the figures.
    bool write(const std::function<void()> &change);
    void askTarget();
    void askMeasure();
    QStringList townships() const;

    gis::ProjectStore &m_store;
    QSpinBox *m_year = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_setTarget = nullptr;
    QPushButton *m_addMeasure = nullptr;
    BackgroundJob<Outcome> m_job;
    gis::TownshipAssessment m_assessment;
    int m_fills = 0;
};

} // namespace fg::app
