// SPDX-License-Identifier: MIT
#include "app/project/party_panel.h"

#include "app/project/project_session.h"
#include "core/input_error.h"
#include "core/units.h"
#include "gis/usecases/case_flags.h"
#include "gis/usecases/case_judgement.h"
#include "gis/usecases/party_identities.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
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
    m_rule = new QLabel(tr("Totals count incidents whose cases have no penalty decision yet; overlapping incidents count once."), body);
    m_rule->setWordWrap(true);
    m_possibleBox = new QWidget(body);
    auto *possibleLayout = new QVBoxLayout(m_possibleBox);
    possibleLayout->setContentsMargins(0, 0, 0, 0);
    possibleLayout->addWidget(new QLabel(tr("Possibly the same party (not added up until you decide):"), m_possibleBox));
    m_possible = new QTreeWidget(m_possibleBox);
    m_possible->setObjectName(QStringLiteral("possibleParties"));
    m_possible->setRootIsDecorated(false);
    m_possible->setHeaderLabels({ tr("Party"), tr("Party"), tr("Why") });
    m_possible->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    possibleLayout->addWidget(m_possible);
    auto *buttons = new QHBoxLayout();
    auto *same = new QPushButton(tr("Same party..."), m_possibleBox);
    auto *different = new QPushButton(tr("Different parties..."), m_possibleBox);
    buttons->addWidget(same);
    buttons->addWidget(different);
    buttons->addStretch();
    possibleLayout->addLayout(buttons);
    connect(same, &QPushButton::clicked, this, [this] { askAndDecide(true); });
    connect(different, &QPushButton::clicked, this, [this] { askAndDecide(false); });
    m_possibleBox->hide();
    layout->addWidget(m_warning);
    layout->addWidget(m_tree);
    layout->addWidget(m_rule);
    layout->addWidget(m_possibleBox);
    setWidget(body);
    connect(&m_job, &BackgroundJobBase::finished, this, &PartyPanel::onMeasured);
    connect(&m_job, &BackgroundJobBase::progress, this, [this](double fraction) { emit progress(fraction); });
}

PartyPanel::~PartyPanel()
{
    cancel();
    m_job.waitForFinished();
}

void PartyPanel::setSession(ProjectSession *session)
{
    // The running measurement reads the session's store: it ends before that store may go.
    cancel();
    m_job.waitForFinished();
    m_pending = false;
    ++m_generation;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    // Every change may move a party's total (a decision stops accumulation): measure again.
    if (m_session)
        connect(m_session, &ProjectSession::changed, this, &PartyPanel::refresh);
    m_over.clear();
    m_tree->clear();
    m_possible->clear();
    m_pairs.clear();
    m_possibleBox->hide();
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
    // The destructor and setSession() wait for the task.
    const gis::ProjectStore *store = &m_session->store();
    m_job.start([store, flag](const BackgroundReport &report) {
        return measurePartyTotals(*store, [flag, &report](double fraction) {
            report(fraction);
            return !flag->load();
        });
    });
}

void PartyPanel::onMeasured()
{
    const PartyTotals totals = m_job.result();
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
        // The words of every list (gis::CaseFigures::verdictText): a party's total is 当事人累计.
        const QString verdict = gis::CaseFigures::verdictText(
            over ? core::ThresholdFlag::Reached : core::ThresholdFlag::Below, true, party.verdict.borderline);
        auto *item = new QTreeWidgetItem(m_tree,
            { party.party, QString::number(party.incidentIds.size()),
                core::formatJudgedMu(party.verdict.basicFarmlandMu),
                core::formatJudgedMu(party.verdict.cultivatedMu), verdict });
        const QString explanation = tr("当事人累计: %1 together (union, overlaps once)")
                                        .arg(party.incidentIds.join(QStringLiteral(", ")));
        for (int c = 0; c < item->columnCount(); ++c)
            item->setToolTip(c, explanation);
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
    showPossible(totals);
    emit refreshed(newlyOver);
}

void PartyPanel::showPossible(const PartyTotals &totals)
{
    if (!totals.accumulation.isEmpty())
        m_rule->setText(totals.accumulation + QLatin1Char(' ') + tr("Overlapping incidents count once."));
    m_possible->clear();
    m_pairs = totals.possible;
    const auto text = [](const core::PartyRef &r) {
        return r.idNumber.isEmpty() ? r.name : QStringLiteral("%1（%2）").arg(r.name, r.idNumber);
    };
    for (const core::PossibleSameParty &pair : m_pairs)
        new QTreeWidgetItem(m_possible, { text(pair.a), text(pair.b), pair.reason });
    m_possibleBox->setVisible(!m_pairs.isEmpty());
}

bool PartyPanel::decide(int row, bool same, const QString &note)
{
    if (!m_session || row < 0 || row >= m_pairs.size())
        return false;
    try {
        gis::PartyIdentities::decide(m_session->store(), m_pairs.at(row).a, m_pairs.at(row).b, same, note);
        // The accumulation changed: every case's flag follows its figures again (logged old → new).
        gis::CaseFlags::rejudge(m_session->store(), {}, tr("parties %1 and %2 decided").arg(m_pairs.at(row).a.name, m_pairs.at(row).b.name));
    } catch (const core::InputError &error) {
        m_warning->setText(error.message());
        m_warning->show();
        return false;
    }
    m_session->reload(); // every view judges again (this panel measures again on changed())
    return true;
}

void PartyPanel::askAndDecide(bool same)
{
    const int row = m_possible->currentItem() ? m_possible->indexOfTopLevelItem(m_possible->currentItem()) : -1;
    if (row < 0)
        return;
    bool ok = false;
    const QString note = QInputDialog::getText(this, same ? tr("Same party") : tr("Different parties"),
        tr("Why (recorded in the log, e.g. the licence or ID card seen):"), QLineEdit::Normal, QString(), &ok);
    if (ok)
        decide(row, same, note);
}

} // namespace fg::app
