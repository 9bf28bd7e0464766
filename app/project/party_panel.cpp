// SPDX-License-Identifier: MIT
#include "app/project/party_panel.h"

#include "app/project/project_session.h"
#include "core/input_error.h"
#include "gis/analysis/encroachment_analysis.h"
#include "gis/project/project_analysis.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fg::app {

PartyPanel::PartyPanel(QWidget *parent)
    : QDockWidget(tr("Parties"), parent)
{
    setObjectName(QStringLiteral("PartyPanel"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(2, 2, 2, 2);
    m_warning = new QLabel(body);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #c00000; font-weight: bold;"));
    m_warning->hide();
    m_tree = new QTreeWidget(body);
    m_tree->setObjectName(QStringLiteral("partyTotals"));
    m_tree->setRootIsDecorated(false);
    m_tree->setSortingEnabled(true);
    m_tree->setHeaderLabels({ tr("Party"), tr("Open incidents"), tr("Basic farmland (mu)"), tr("Cultivated (mu)"), tr("Verdict") });
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_warning);
    layout->addWidget(m_tree);
    layout->addWidget(new QLabel(tr("Totals count incidents whose cases have no penalty decision yet; overlapping incidents count once."), body));
    setWidget(body);
}

void PartyPanel::setSession(ProjectSession *session)
{
    m_session = session;
    m_over.clear();
    m_tree->clear();
    m_warning->hide();
}

QString PartyPanel::warningText() const
{
    return m_warning->isVisible() ? m_warning->text() : QString();
}

QStringList PartyPanel::refresh()
{
    m_tree->clear();
    if (!m_session)
        return {};
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const QSet<QString> before = m_over;
    m_over.clear();
    try {
        const gis::ProjectAnalysisLayers layers = gis::loadProjectAnalysisLayers(m_session->store());
        gis::EncroachmentRequest request;
        request.incidents = &layers.incidents;
        request.basicFarmland = &layers.basicFarmland;
        request.cultivated = &layers.landUse;
        request.workingEpsg = layers.workingEpsg;
        request.idField = QStringLiteral("incident_id");
        request.partyField = QStringLiteral("accumulating_party");
        request.overlay.cultivatedClasses = request.rules.cultivatedClasses();
        const gis::EncroachmentReport report = gis::analyzeEncroachment(request);
        for (const gis::PartyResult &party : report.parties) {
            const bool over = party.verdict.accountability();
            auto *item = new QTreeWidgetItem(m_tree,
                { party.party, QString::number(party.incidentIds.size()), QString::number(party.verdict.basicFarmlandMu, 'f', 2),
                    QString::number(party.verdict.cultivatedMu, 'f', 2), over ? tr("over a threshold") : tr("below") });
            item->setToolTip(1, party.incidentIds.join(QStringLiteral(", ")));
            if (over) {
                m_over.insert(party.party);
                for (int c = 0; c < item->columnCount(); ++c)
                    item->setForeground(c, Qt::red);
            }
        }
    } catch (const core::InputError &error) {
        new QTreeWidgetItem(m_tree, { error.message() });
    }
    QGuiApplication::restoreOverrideCursor();
    QStringList names = m_over.values();
    names.sort();
    m_warning->setText(tr("Over a threshold (accountability): %1").arg(names.join(QStringLiteral("、"))));
    m_warning->setVisible(!names.isEmpty());
    QStringList newlyOver;
    for (const QString &name : names) {
        if (!before.contains(name))
            newlyOver << name;
    }
    return newlyOver;
}

} // namespace fg::app
