// SPDX-License-Identifier: MIT
#include "app/project/incident_dialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

namespace fg::app {

IncidentDialog::IncidentDialog(const QString &suggestedId, bool withCoordinates, Commit commit, QWidget *parent)
    : QDialog(parent)
    , m_commit(std::move(commit))
{
    setWindowTitle(withCoordinates ? tr("New incident from boundary point coordinates") : tr("New incident"));
    setMinimumWidth(520);
    auto *form = new QFormLayout(this);
    m_id = new QLineEdit(suggestedId, this);
    m_source = new QComboBox(this);
    for (gis::IncidentSource source : { gis::IncidentSource::Patrol, gis::IncidentSource::PublicReport,
             gis::IncidentSource::SatelliteMonitoring, gis::IncidentSource::DepartmentTransfer, gis::IncidentSource::Other })
        m_source->addItem(gis::incidentSourceName(source), int(source));
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_party = new QLineEdit(this);
    m_type = new QComboBox(this);
    for (core::ViolationType type : core::allViolationTypes())
        m_type->addItem(core::violationTypeName(type), int(type));
    m_description = new QPlainTextEdit(this);
    m_description->setMaximumHeight(70);
    form->addRow(tr("Incident number"), m_id);
    form->addRow(tr("Source"), m_source);
    form->addRow(tr("Discovery date"), m_date);
    form->addRow(tr("Party"), m_party);
    form->addRow(tr("Violation type"), m_type);
    form->addRow(tr("Description"), m_description);
    if (withCoordinates) {
        m_coordinates = new QPlainTextEdit(this);
        m_coordinates->setObjectName(QStringLiteral("boundaryPoints"));
        m_coordinates->setPlaceholderText(tr("One point a line: \"X Y\" or \"point,X,Y\" (X northing, Y easting; a zone-prefixed Y is accepted)"));
        form->addRow(tr("Boundary points"), m_coordinates);
    }
    m_attachments = new QListWidget(this);
    m_attachments->setMaximumHeight(70);
    auto *add = new QPushButton(tr("Add photos or documents..."), this);
    connect(add, &QPushButton::clicked, this, &IncidentDialog::addAttachments);
    form->addRow(tr("Attachments"), m_attachments);
    form->addRow(QString(), add);
    form->addRow(new QLabel(tr("Township, village, areas and verdict are computed from the project's layers when saved."), this));
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c00000;"));
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &IncidentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

IncidentDraft IncidentDialog::draft() const
{
    IncidentDraft draft;
    draft.id = m_id->text().trimmed();
    draft.source = gis::IncidentSource(m_source->currentData().toInt());
    draft.discoveryDate = m_date->date();
    draft.party = m_party->text().trimmed();
    draft.violationType = core::ViolationType(m_type->currentData().toInt());
    draft.description = m_description->toPlainText().trimmed();
    for (int i = 0; i < m_attachments->count(); ++i)
        draft.attachmentPaths << m_attachments->item(i)->data(Qt::UserRole).toString();
    return draft;
}

QString IncidentDialog::coordinates() const
{
    return m_coordinates ? m_coordinates->toPlainText() : QString();
}

void IncidentDialog::addAttachments()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach photos or documents"), QString(),
        tr("Photos and documents (*.jpg *.jpeg *.png *.tif *.pdf *.doc *.docx *.xls *.xlsx *.txt);;All files (*)"));
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_attachments);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
}

void IncidentDialog::accept()
{
    const QString problem = m_commit ? m_commit(draft(), coordinates()) : QString();
    m_problem->setText(problem);
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace fg::app
