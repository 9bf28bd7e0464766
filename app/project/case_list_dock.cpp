// SPDX-License-Identifier: MIT
#include "app/project/case_list_dock.h"

#include "app/project/case_filter_proxy.h"
#include "app/project/case_table_model.h"
#include "app/project/project_session.h"
#include "core/cases/case_status.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>
#include <QVBoxLayout>

namespace fg::app {

CaseListDock::CaseListDock(QWidget *parent)
    : QDockWidget(tr("Cases"), parent)
    , m_proxy(new CaseFilterProxy(this))
{
    setObjectName(QStringLiteral("CaseListDock"));
    auto *body = new QWidget(this);
    auto *filters = new QHBoxLayout;
    m_status = new QComboBox(body);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Any status"), QString());
    m_status->addItem(tr("No case"), QStringLiteral("none"));
    for (core::CaseStatus status : core::allCaseStatuses())
        m_status->addItem(core::caseStatusName(status), core::caseStatusCode(status));
    m_verdict = new QComboBox(body);
    m_verdict->setObjectName(QStringLiteral("verdictFilter"));
    m_verdict->addItem(tr("Any verdict"), QString());
    m_verdict->addItem(tr("accountability"), QStringLiteral("reached"));
    m_verdict->addItem(tr("below threshold"), QStringLiteral("below"));
    m_verdict->addItem(tr("not measured"), QStringLiteral("not_measured"));
    m_township = new QComboBox(body);
    m_township->setObjectName(QStringLiteral("townshipFilter"));
    m_overdue = new QCheckBox(tr("Overdue only"), body);
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    filters->addWidget(m_status);
    filters->addWidget(m_verdict);
    filters->addWidget(m_township);
    filters->addWidget(m_overdue);
    filters->addStretch();
    m_view = new QTableView(body);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(filters);
    layout->addWidget(m_view);
    setWidget(body);

    auto code = [](QComboBox *box) { return box->currentData().toString(); };
    connect(m_status, &QComboBox::currentIndexChanged, this, [this, code] { m_proxy->setStatus(code(m_status)); });
    connect(m_verdict, &QComboBox::currentIndexChanged, this, [this, code] { m_proxy->setVerdict(code(m_verdict)); });
    connect(m_township, &QComboBox::currentIndexChanged, this, [this, code] { m_proxy->setTownship(code(m_township)); });
    connect(m_overdue, &QCheckBox::toggled, m_proxy, &CaseFilterProxy::setOverdueOnly);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CaseListDock::onCurrentChanged);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        emit incidentActivated(index.data(CaseTableModel::IncidentIdRole).toString());
    });
}

void CaseListDock::setSession(ProjectSession *session)
{
    m_proxy->setSourceModel(nullptr);
    delete m_model;
    m_model = session ? new CaseTableModel(session, this) : nullptr;
    m_proxy->setSourceModel(m_model);
    m_view->sortByColumn(CaseTableModel::Incident, Qt::AscendingOrder);
    if (m_model)
        connect(m_model, &QAbstractItemModel::modelReset, this, &CaseListDock::fillTownships);
    fillTownships();
}

void CaseListDock::fillTownships()
{
    const QString current = m_township->currentData().toString();
    QStringList names;
    for (int row = 0; m_model && row < m_model->rowCount(); ++row) {
        const QString name = m_model->index(row, 0).data(CaseTableModel::TownshipRole).toString();
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    names.sort();
    const QSignalBlocker block(m_township);
    m_township->clear();
    m_township->addItem(tr("Any township"), QString());
    for (const QString &name : names)
        m_township->addItem(name, name);
    m_township->setCurrentIndex(qMax(0, m_township->findData(current)));
}

void CaseListDock::selectIncident(const QString &incidentId)
{
    if (!m_model)
        return;
    const int row = m_model->rowOf(incidentId);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_status->setCurrentIndex(0);
        m_verdict->setCurrentIndex(0);
        m_township->setCurrentIndex(0);
        m_overdue->setChecked(false);
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void CaseListDock::onCurrentChanged()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (current.isValid())
        emit incidentSelected(current.data(CaseTableModel::IncidentIdRole).toString());
}

} // namespace fg::app
