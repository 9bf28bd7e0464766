// SPDX-License-Identifier: MIT
#include "app/project/party_panel.h"

#include "app/project/project_session.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

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
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &PartyPanel::onMeasured);
}

PartyPanel::~PartyPanel()
{
    cancel();
    m_watcher.waitForFinished();
}

void PartyPanel::setSession(ProjectSession *session)
{
    // The running measurement reads the session's store: it ends before that store may go.
    cancel();
    m_watcher.waitForFinished();
    m_pending = false;
    ++m_generation;
    m_session = session;
    m_over.clear();
    m_tree->clear();
    m_warning->hide();
}

QString PartyPanel::warningText() const
{
    return m_warning->isVisible() ? m_warning->text() : QString();
}

void PartyPanel::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void PartyPanel::refresh()
{
    if (!m_session)
        return;
    if (m_busy) {
        cancel();
        m_pending = true;
        return;
    }
    start();
}

void PartyPanel::start()
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<std::atomic_bool> flag = m_cancel;
    m_runGeneration = m_generation;
    m_busy = true;
    PartyPanel *self = this; // the destructor and setSession() wait for the task
    const gis::ProjectStore *store = &m_session->store();
    m_watcher.setFuture(QtConcurrent::run([store, flag, self] {
        return measurePartyTotals(*store, [flag, self](double fraction) {
            QMetaObject::invokeMethod(self, [self, fraction] { emit self->progress(fraction); }, Qt::QueuedConnection);
            return !flag->load();
        });
    }));
}

void PartyPanel::onMeasured()
{
    const PartyTotals totals = m_watcher.result();
    const bool stale = m_runGeneration != m_generation;
    m_busy = false;
    if (m_pending && m_session) {
        m_pending = false;
        start();
        return;
    }
    if (stale || totals.cancelled) {
        emit refreshCancelled();
        return;
    }
    showTotals(totals);
}

void PartyPanel::showTotals(const PartyTotals &totals)
{
    m_tree->clear();
    const QSet<QString> before = m_over;
    m_over.clear();
    if (!totals.error.isEmpty())
        new QTreeWidgetItem(m_tree, { totals.error });
    for (const gis::PartyResult &party : totals.parties) {
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
    QStringList names = m_over.values();
    names.sort();
    m_warning->setText(tr("Over a threshold (accountability): %1").arg(names.join(QStringLiteral("、"))));
    m_warning->setVisible(!names.isEmpty());
    QStringList newlyOver;
    for (const QString &name : names) {
        if (!before.contains(name))
            newlyOver << name;
    }
    emit refreshed(newlyOver);
}

} // namespace fg::app
